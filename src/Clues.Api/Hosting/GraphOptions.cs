namespace Clues.Api.Hosting;

/// <summary>Which graph store backs the API (<c>Graph</c> section): the embedded store (default) or Neo4j.</summary>
public sealed record GraphOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Graph";

    /// <summary><c>embedded</c> (SQLite plus the in-memory index, in <c>Clues:DataDirectory</c>) or <c>neo4j</c>.</summary>
    public string Provider { get; set; } = "embedded";

    /// <summary>The Neo4j connection (<c>Graph:Neo4j</c>), used when <see cref="Provider"/> is <c>neo4j</c>.</summary>
    public Neo4jConnectionOptions Neo4j { get; set; } = new();

    /// <summary>True for the Neo4j provider (case-insensitive).</summary>
    public bool IsNeo4j => string.Equals(Provider, "neo4j", StringComparison.OrdinalIgnoreCase);
}
