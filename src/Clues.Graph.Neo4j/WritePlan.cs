using Clues.Core.Graph;

namespace Clues.Graph.Neo4j;

/// <summary>
/// A batch checked on its own and reduced to what is written: the last record for each id wins. The
/// checks that need the stored graph (<see cref="Check"/>) run once its state has been read.
/// </summary>
internal sealed class WritePlan
{
    private WritePlan()
    {
    }

    public Dictionary<string, NodeRecord> Nodes { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, RelationshipRecord> Relationships { get; } = new(StringComparer.Ordinal);

    public List<string> DeleteNodes { get; } = [];

    public List<string> DeleteRelationships { get; } = [];

    public static WritePlan From(GraphBatch batch)
    {
        var plan = new WritePlan();
        plan.DeleteRelationships.AddRange(batch.DeleteRelationships.Where(id => id is not null).Distinct(StringComparer.Ordinal));
        plan.DeleteNodes.AddRange(batch.DeleteNodes.Where(id => id is not null).Distinct(StringComparer.Ordinal));
        for (var i = 0; i < batch.Nodes.Count; i++)
        {
            var node = batch.Nodes[i] ?? throw Refuse($"Nodes[{i}] is null. Remove the entry or give a node record.");
            ValidateNode(node, i);
            if (plan.Nodes.TryGetValue(node.Id, out var earlier) && earlier.Label != node.Label)
            {
                throw LabelChange(node.Id, earlier.Label, node.Label);
            }

            plan.Nodes[node.Id] = node;
        }

        var holders = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var node in plan.Nodes.Values)
        {
            if (node.Key is { } key && !holders.TryAdd(key.ToString(), node.Id))
            {
                throw Refuse(
                    $"Nodes '{holders[key.ToString()]}' and '{node.Id}' in the batch both carry natural key {key}. " +
                    "A natural key identifies one node: merge the two records into one id, or correct one key.");
            }
        }

        for (var i = 0; i < batch.Relationships.Count; i++)
        {
            var rel = batch.Relationships[i] ?? throw Refuse($"Relationships[{i}] is null. Remove the entry or give a relationship record.");
            ValidateRelationship(rel, i);
            plan.Relationships[rel.Id] = rel;
        }

        return plan;
    }

    /// <summary>Ids whose stored state the checks need: the nodes written and both ends of each relationship.</summary>
    public IEnumerable<string> NodeIdsToCheck() =>
        Nodes.Keys.Concat(Relationships.Values.SelectMany(r => new[] { r.StartId, r.EndId })).Distinct(StringComparer.Ordinal);

    public IEnumerable<string> Keys() =>
        Nodes.Values.Where(n => n.Key is not null).Select(n => n.Key!.Value.ToString());

    /// <summary>
    /// Refuses the batch when it changes a stored node's label, takes a natural key another node keeps,
    /// or leaves a relationship without an end. The arguments describe the store after the batch's deletes.
    /// </summary>
    public void Check(IReadOnlyDictionary<string, NodeLabel> storedLabels, IReadOnlyDictionary<string, string> keyOwners, IReadOnlySet<string> deletedNodes)
    {
        foreach (var node in Nodes.Values)
        {
            if (storedLabels.TryGetValue(node.Id, out var stored) && stored != node.Label)
            {
                throw LabelChange(node.Id, stored, node.Label);
            }

            if (node.Key is { } key && keyOwners.TryGetValue(key.ToString(), out var owner)
                && owner != node.Id && !deletedNodes.Contains(owner) && !Nodes.ContainsKey(owner))
            {
                throw Refuse(
                    $"Node '{node.Id}' carries natural key {key}, which already belongs to node '{owner}'. " +
                    $"Write the data to node '{owner}' instead, or change or delete that node's key in the same batch.");
            }
        }

        foreach (var rel in Relationships.Values)
        {
            foreach (var (end, which) in new[] { (rel.StartId, "start"), (rel.EndId, "end") })
            {
                if (!Nodes.ContainsKey(end) && !storedLabels.ContainsKey(end))
                {
                    throw Refuse(
                        $"Relationship '{rel.Id}' ({rel.Type}) needs node '{end}' at its {which}, but no such node exists after this batch. " +
                        $"Add node '{end}' to the batch (or write it first), stop deleting it, or drop the relationship.");
                }
            }
        }
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

            if (string.IsNullOrEmpty(key.Value))
            {
                throw Refuse($"Node '{node.Id}' has a {key.Kind} natural key with an empty value. Give the value or leave the key null.");
            }
        }

        ArgumentNullException.ThrowIfNull(node.Properties);
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

        if (string.IsNullOrEmpty(rel.StartId) || string.IsNullOrEmpty(rel.EndId))
        {
            throw Refuse($"Relationship '{rel.Id}' has an empty start or end node id. Give both ends.");
        }

        if (rel.ValidFrom is { } from && rel.ValidTo is { } to && to < from)
        {
            throw Refuse($"Relationship '{rel.Id}' is valid from {from:yyyy-MM-dd} to {to:yyyy-MM-dd}, which ends before it starts. Swap or correct the dates.");
        }

        ArgumentNullException.ThrowIfNull(rel.Properties);
    }

    private static GraphStoreException LabelChange(string id, NodeLabel stored, NodeLabel written) =>
        Refuse($"Node '{id}' is a {stored} and cannot become a {written}. Delete the node first or give the new record another id.");

    private static GraphStoreException Refuse(string message) => new(message);
}
