namespace Clues.Graph.Neo4j.Http;

/// <summary>A node as the Query API returns it.</summary>
internal sealed record CypherNode(string ElementId, IReadOnlyList<string> Labels, IReadOnlyDictionary<string, object?> Properties);
