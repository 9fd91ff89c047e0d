namespace Clues.Api.Hosting;

/// <summary>Where Neo4j is (<c>Graph:Neo4j</c>).</summary>
public sealed record Neo4jConnectionOptions
{
    /// <summary>Neo4j's HTTP address, e.g. http://localhost:7474 (the adapter speaks the Query API, not Bolt).</summary>
    public string? Uri { get; set; }

    /// <summary>The user.</summary>
    public string User { get; set; } = "neo4j";

    /// <summary>The password; give it by environment (<c>Graph__Neo4j__Password</c>), not in files.</summary>
    public string? Password { get; set; }

    /// <summary>The database.</summary>
    public string Database { get; set; } = "neo4j";
}
