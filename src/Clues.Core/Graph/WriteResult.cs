namespace Clues.Core.Graph;

/// <summary>What a committed batch changed.</summary>
public sealed record WriteResult(int NodesCreated, int NodesUpdated, int RelationshipsCreated, int RelationshipsUpdated, int NodesDeleted, int RelationshipsDeleted);
