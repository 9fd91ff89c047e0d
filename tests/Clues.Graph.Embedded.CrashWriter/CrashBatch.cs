using System.Text.Json.Nodes;
using Clues.Core.Graph;

namespace Clues.Graph.Embedded.CrashWriter;

/// <summary>
/// The batches the crash writer writes, shared with the kill test so both agree on what a whole
/// batch is: a chain of nodes, each linked to the next, and a link back to the previous batch.
/// </summary>
public static class CrashBatch
{
    /// <summary>Nodes per batch.</summary>
    public const int NodeCount = 300;

    /// <summary>Relationships per batch: the chain, plus one link to the previous batch except in batch 0.</summary>
    public static int RelationshipCount(int batch) => NodeCount - 1 + (batch > 0 ? 1 : 0);

    /// <summary>The id of node <paramref name="index"/> of a batch.</summary>
    public static string NodeId(int batch, int index) => $"b{batch:D5}-n{index:D3}";

    /// <summary>The id of relationship <paramref name="index"/> of a batch (index NodeCount - 1 is the link back).</summary>
    public static string RelationshipId(int batch, int index) => $"b{batch:D5}-r{index:D3}";

    /// <summary>Builds batch <paramref name="batch"/>.</summary>
    public static GraphBatch Build(int batch)
    {
        var nodes = new List<NodeRecord>(NodeCount);
        var rels = new List<RelationshipRecord>(NodeCount);
        for (int i = 0; i < NodeCount; i++)
        {
            nodes.Add(new NodeRecord(NodeId(batch, i), NodeLabel.Person, $"批{batch}人{i}", null, new JsonObject { ["batch"] = batch, ["index"] = i }));
            if (i > 0)
            {
                rels.Add(new RelationshipRecord(RelationshipId(batch, i - 1), RelType.AssociateOf, NodeId(batch, i - 1), NodeId(batch, i), null, null, new JsonObject { ["batch"] = batch }));
            }
        }

        if (batch > 0)
        {
            rels.Add(new RelationshipRecord(RelationshipId(batch, NodeCount - 1), RelType.RelativeOf, NodeId(batch, 0), NodeId(batch - 1, 0), null, null, []));
        }

        return new GraphBatch { Nodes = nodes, Relationships = rels };
    }
}
