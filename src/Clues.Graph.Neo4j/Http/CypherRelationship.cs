namespace Clues.Graph.Neo4j.Http;

/// <summary>A relationship as the Query API returns it.</summary>
internal sealed record CypherRelationship(
    string ElementId,
    string StartElementId,
    string EndElementId,
    string Type,
    IReadOnlyDictionary<string, object?> Properties);
