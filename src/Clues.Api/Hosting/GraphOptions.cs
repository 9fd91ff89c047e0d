namespace Clues.Api.Hosting;

/// <summary>Which graph store backs the API (<c>Graph</c> section): the embedded store (default) or Neo4j.</summary>
public sealed record GraphOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Graph";

    /// <summary><c>embedded</c> (SQLite plus the in-memory index, in <c>Clues:DataDirectory</c>) or <c>neo4j</c>.</summary>
    public string Provider { get; set; } = "embedded";

    /// <summary>Neo4j's HTTP address, e.g. http://localhost:7474 (<c>Graph:Neo4j:Uri</c>).</summary>
    public string? Neo4jUri { get; set; }

    /// <summary>Neo4j user.</summary>
    public string Neo4jUser { get; set; } = "neo4j";

    /// <summary>Neo4j password; give it by environment (<c>Graph__Neo4jPassword</c>), not in files.</summary>
    public string? Neo4jPassword { get; set; }

    /// <summary>Neo4j database name.</summary>
    public string Neo4jDatabase { get; set; } = "neo4j";

    /// <summary>True for the Neo4j provider (case-insensitive).</summary>
    public bool IsNeo4j => string.Equals(Provider, "neo4j", StringComparison.OrdinalIgnoreCase);
}
