using Clues.Core.Graph;

namespace Clues.Graph.Embedded.Writes;

/// <summary>
/// A validated batch, in the order it is applied: relationship deletes (explicit and those of deleted
/// nodes), node deletes, natural keys to release, node upserts, relationship upserts. The same plan
/// drives the SQLite transaction and, after commit, the in-memory index, so the two cannot disagree.
/// </summary>
internal sealed class BatchPlan
{
    public List<int> DeletedEdges { get; } = [];

    public List<int> DeletedNodes { get; } = [];

    /// <summary>Existing nodes whose natural key another node takes over in this batch; cleared first so the UNIQUE index never sees two owners mid-transaction.</summary>
    public List<int> ReleasedKeys { get; } = [];

    public List<NodeOp> Nodes { get; } = [];

    public List<RelOp> Relationships { get; } = [];

    public WriteResult Result()
    {
        int nodesCreated = 0;
        foreach (NodeOp op in Nodes)
        {
            nodesCreated += op.IsNew ? 1 : 0;
        }

        int relsCreated = 0;
        foreach (RelOp op in Relationships)
        {
            relsCreated += op.IsNew ? 1 : 0;
        }

        return new WriteResult(
            nodesCreated,
            Nodes.Count - nodesCreated,
            relsCreated,
            Relationships.Count - relsCreated,
            DeletedNodes.Count,
            DeletedEdges.Count);
    }
}
