namespace Clues.Core.Graph;

/// <summary>
/// Writes applied in one transaction: all or nothing. Within a batch, deletes are applied first,
/// then node upserts, then relationship upserts, so a batch may add a node and its relationships.
/// </summary>
public sealed record GraphBatch
{
    /// <summary>Nodes to insert or replace (by id). Replacing keeps the node's relationships.</summary>
    public IReadOnlyList<NodeRecord> Nodes { get; init; } = [];

    /// <summary>Relationships to insert or replace (by id). Both ends must exist after the batch.</summary>
    public IReadOnlyList<RelationshipRecord> Relationships { get; init; } = [];

    /// <summary>Ids of relationships to delete; unknown ids are ignored.</summary>
    public IReadOnlyList<string> DeleteRelationships { get; init; } = [];

    /// <summary>Ids of nodes to delete together with their relationships; unknown ids are ignored.</summary>
    public IReadOnlyList<string> DeleteNodes { get; init; } = [];

    /// <summary>True when the batch writes nothing.</summary>
    public bool IsEmpty => Nodes.Count == 0 && Relationships.Count == 0 && DeleteRelationships.Count == 0 && DeleteNodes.Count == 0;
}
