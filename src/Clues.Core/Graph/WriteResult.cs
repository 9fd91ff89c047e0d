namespace Clues.Core.Graph;

/// <summary>
/// What a committed batch changed. Rewriting a record counts as updated even when nothing in it
/// changed; <see cref="RelationshipsDeleted"/> includes relationships removed with their nodes.
/// </summary>
public sealed record WriteResult(int NodesCreated, int NodesUpdated, int RelationshipsCreated, int RelationshipsUpdated, int NodesDeleted, int RelationshipsDeleted);
