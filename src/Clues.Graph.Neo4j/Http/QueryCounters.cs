namespace Clues.Graph.Neo4j.Http;

/// <summary>What a statement changed, as the server counted it (requested with <c>includeCounters</c>).</summary>
internal sealed record QueryCounters(
    int NodesCreated,
    int NodesDeleted,
    int RelationshipsCreated,
    int RelationshipsDeleted,
    int PropertiesSet,
    int LabelsAdded,
    int IndexesAdded,
    int ConstraintsAdded)
{
    public static QueryCounters None { get; } = new(0, 0, 0, 0, 0, 0, 0, 0);
}
