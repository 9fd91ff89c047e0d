namespace Clues.Graph.Neo4j;

/// <summary>
/// Where the Neo4j server is and how to log in: the <c>Graph:Neo4j</c> configuration section
/// (<c>Uri</c>, <c>User</c>, <c>Password</c>, <c>Database</c>).
/// </summary>
/// <param name="Uri">The server's HTTP root, e.g. <c>http://localhost:7474</c> (not a <c>bolt://</c> address).</param>
/// <param name="User">The user name for basic authentication.</param>
/// <param name="Password">The password for basic authentication.</param>
/// <param name="Database">The database to use; <c>neo4j</c> unless the server has others.</param>
public sealed record Neo4jOptions(Uri Uri, string User, string Password, string Database = "neo4j")
{
    /// <summary>Rows sent in one UNWIND statement when writing (1 to 100,000).</summary>
    public int WriteBatchSize { get; init; } = 1000;

    /// <summary>How long one HTTP request may take before it is abandoned.</summary>
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(100);
}
