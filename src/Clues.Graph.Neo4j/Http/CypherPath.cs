namespace Clues.Graph.Neo4j.Http;

/// <summary>A path: nodes and, between each two, the relationship that joins them.</summary>
internal sealed record CypherPath(IReadOnlyList<CypherNode> Nodes, IReadOnlyList<CypherRelationship> Relationships);
