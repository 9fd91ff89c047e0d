using Clues.Core.Graph;
using Clues.Graph.Embedded.Memory;

namespace Clues.Graph.Embedded.Writes;

/// <summary>
/// Checks a whole batch against the committed graph before anything is written and turns it into a
/// <see cref="BatchPlan"/>. Runs under the store's write gate, so the index it reads is exactly
/// what SQLite holds and nobody else changes it meanwhile.
/// </summary>
internal sealed class BatchPlanner
{
    private readonly GraphIndex _graph;
    private readonly Func<string, int> _keyOwner;

    /// <param name="graph">The committed in-memory index.</param>
    /// <param name="keyOwner">The slot of the node holding a natural key in SQLite, or -1.</param>
    public BatchPlanner(GraphIndex graph, Func<string, int> keyOwner)
    {
        _graph = graph;
        _keyOwner = keyOwner;
    }

    public BatchPlan Plan(GraphBatch batch)
    {
        var plan = new BatchPlan();
        var deletedEdges = new HashSet<int>();
        var deletedNodes = new HashSet<int>();
        CollectDeletes(batch, plan, deletedEdges, deletedNodes);

        // Later records for the same id replace earlier ones, so only the last is written.
        var nodeOps = new Dictionary<string, int>(StringComparer.Ordinal);
        int nextNode = _graph.NodeSlotCount;
        for (int i = 0; i < batch.Nodes.Count; i++)
        {
            NodeRecord node = batch.Nodes[i] ?? throw Refuse($"Nodes[{i}] is null. Remove the entry or give a node record.");
            ValidateNode(node, i);
            string? keyText = node.Key?.ToString();
            if (nodeOps.TryGetValue(node.Id, out int earlier))
            {
                NodeOp prior = plan.Nodes[earlier];
                if (prior.Record.Label != node.Label)
                {
                    throw LabelChange(node.Id, prior.Record.Label, node.Label);
                }

                plan.Nodes[earlier] = prior with { Record = node, KeyText = keyText };
            }
            else if (_graph.TryGetNode(node.Id, out int slot) && !deletedNodes.Contains(slot))
            {
                var stored = (NodeLabel)_graph.NodeLabels[slot];
                if (stored != node.Label)
                {
                    throw LabelChange(node.Id, stored, node.Label);
                }

                nodeOps.Add(node.Id, plan.Nodes.Count);
                plan.Nodes.Add(new NodeOp(node, slot, false, keyText));
            }
            else
            {
                nodeOps.Add(node.Id, plan.Nodes.Count);
                plan.Nodes.Add(new NodeOp(node, nextNode++, true, keyText));
            }
        }

        CheckNaturalKeys(plan, nodeOps, deletedNodes);

        var relOps = new Dictionary<string, int>(StringComparer.Ordinal);
        int nextEdge = _graph.EdgeSlotCount;
        for (int i = 0; i < batch.Relationships.Count; i++)
        {
            RelationshipRecord rel = batch.Relationships[i] ?? throw Refuse($"Relationships[{i}] is null. Remove the entry or give a relationship record.");
            ValidateRelationship(rel, i);
            int start = NodeAfterBatch(rel, rel.StartId, "start", plan, nodeOps, deletedNodes);
            int end = NodeAfterBatch(rel, rel.EndId, "end", plan, nodeOps, deletedNodes);
            int from = DayBounds.From(rel.ValidFrom);
            int to = DayBounds.To(rel.ValidTo);
            if (relOps.TryGetValue(rel.Id, out int earlier))
            {
                RelOp prior = plan.Relationships[earlier];
                plan.Relationships[earlier] = new RelOp(rel, prior.Slot, prior.IsNew, start, end, from, to);
            }
            else if (_graph.TryGetEdge(rel.Id, out int slot) && !deletedEdges.Contains(slot))
            {
                relOps.Add(rel.Id, plan.Relationships.Count);
                plan.Relationships.Add(new RelOp(rel, slot, false, start, end, from, to));
            }
            else
            {
                relOps.Add(rel.Id, plan.Relationships.Count);
                plan.Relationships.Add(new RelOp(rel, nextEdge++, true, start, end, from, to));
            }
        }

        return plan;
    }

    private void CollectDeletes(GraphBatch batch, BatchPlan plan, HashSet<int> deletedEdges, HashSet<int> deletedNodes)
    {
        foreach (string? id in batch.DeleteRelationships)
        {
            if (id is not null && _graph.TryGetEdge(id, out int edge) && deletedEdges.Add(edge))
            {
                plan.DeletedEdges.Add(edge);
            }
        }

        foreach (string? id in batch.DeleteNodes)
        {
            if (id is null || !_graph.TryGetNode(id, out int node) || !deletedNodes.Add(node))
            {
                continue;
            }

            plan.DeletedNodes.Add(node);
            int[]? adjacency = _graph.Adjacency[node];
            int count = _graph.AdjacencyCount[node];
            for (int i = 0; i < count; i++)
            {
                int edge = adjacency![2 * i];
                if (deletedEdges.Add(edge))
                {
                    plan.DeletedEdges.Add(edge);
                }
            }
        }
    }

    private void CheckNaturalKeys(BatchPlan plan, Dictionary<string, int> nodeOps, HashSet<int> deletedNodes)
    {
        var holders = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (NodeOp op in plan.Nodes)
        {
            if (op.KeyText is null)
            {
                continue;
            }

            if (!holders.TryAdd(op.KeyText, op.Record.Id))
            {
                throw Refuse(
                    $"Nodes '{holders[op.KeyText]}' and '{op.Record.Id}' in the batch both carry natural key {op.KeyText}. " +
                    "A natural key identifies one node: merge the two records into one id, or correct one key.");
            }
        }

        var released = new HashSet<int>();
        foreach (NodeOp op in plan.Nodes)
        {
            if (op.KeyText is null)
            {
                continue;
            }

            int owner = _keyOwner(op.KeyText);
            if (owner < 0 || owner == op.Slot || deletedNodes.Contains(owner))
            {
                continue;
            }

            string ownerId = _graph.NodeIds[owner]!;

            // The owner gives the key up in this same batch (its final record carries another key or none).
            if (nodeOps.ContainsKey(ownerId))
            {
                if (released.Add(owner))
                {
                    plan.ReleasedKeys.Add(owner);
                }

                continue;
            }

            throw Refuse(
                $"Node '{op.Record.Id}' carries natural key {op.KeyText}, which already belongs to node '{ownerId}'. " +
                $"Write the data to node '{ownerId}' instead, or change or delete that node's key in the same batch.");
        }
    }

    private int NodeAfterBatch(RelationshipRecord rel, string nodeId, string end, BatchPlan plan, Dictionary<string, int> nodeOps, HashSet<int> deletedNodes)
    {
        if (nodeOps.TryGetValue(nodeId, out int op))
        {
            return plan.Nodes[op].Slot;
        }

        if (_graph.TryGetNode(nodeId, out int slot) && !deletedNodes.Contains(slot))
        {
            return slot;
        }

        throw Refuse(
            $"Relationship '{rel.Id}' ({rel.Type}) needs node '{nodeId}' at its {end}, but no such node exists after this batch. " +
            $"Add node '{nodeId}' to the batch (or write it first), stop deleting it, or drop the relationship.");
    }

    private static void ValidateNode(NodeRecord node, int index)
    {
        if (string.IsNullOrWhiteSpace(node.Id))
        {
            throw Refuse($"Nodes[{index}] has an empty id. Give every node a non-empty id.");
        }

        if (!Enum.IsDefined(node.Label))
        {
            throw Refuse($"Node '{node.Id}' has label {(byte)node.Label}, which is not a NodeLabel. Use one of the defined labels.");
        }

        if (node.Key is { } key)
        {
            if (!Enum.IsDefined(key.Kind))
            {
                throw Refuse($"Node '{node.Id}' has a natural key of kind {(byte)key.Kind}, which is not a NaturalKeyKind. Use a defined kind or no key.");
            }

            if (string.IsNullOrWhiteSpace(key.Value))
            {
                throw Refuse($"Node '{node.Id}' has a {key.Kind} natural key with an empty value. Give the value or leave the key null.");
            }
        }
    }

    private static void ValidateRelationship(RelationshipRecord rel, int index)
    {
        if (string.IsNullOrWhiteSpace(rel.Id))
        {
            throw Refuse($"Relationships[{index}] has an empty id. Give every relationship a non-empty id.");
        }

        if (!Enum.IsDefined(rel.Type))
        {
            throw Refuse($"Relationship '{rel.Id}' has type {(byte)rel.Type}, which is not a RelType. Use one of the defined types.");
        }

        if (string.IsNullOrWhiteSpace(rel.StartId) || string.IsNullOrWhiteSpace(rel.EndId))
        {
            throw Refuse($"Relationship '{rel.Id}' has an empty start or end node id. Give both ends.");
        }

        if (rel.ValidFrom is { } from && rel.ValidTo is { } to && from > to)
        {
            throw Refuse($"Relationship '{rel.Id}' is valid from {from:yyyy-MM-dd} to {to:yyyy-MM-dd}, which ends before it starts. Swap or correct the dates.");
        }
    }

    private static GraphStoreException LabelChange(string id, NodeLabel stored, NodeLabel wanted) => Refuse(
        $"Node '{id}' is a {stored} and cannot become a {wanted}. A node keeps its label: " +
        "delete the node and write it again in a later batch (or in this batch's DeleteNodes), or use a new id.");

    private static GraphStoreException Refuse(string message) => new($"Batch refused, nothing was written: {message}");
}
