using System.Text.Json.Nodes;
using Clues.Core.Graph;

namespace Clues.Core.Model;

/// <summary>
/// Collects typed nodes and relationships into a <see cref="GraphBatch"/>, checking each relationship
/// against <see cref="RelationshipSchema"/> as it is added. Relationship ids are derived from type,
/// ends and an optional discriminator, so writing the same fact twice updates it instead of doubling it.
/// </summary>
public sealed class GraphBatchBuilder
{
    private readonly List<NodeRecord> _nodes = [];
    private readonly List<RelationshipRecord> _relationships = [];
    private readonly Dictionary<string, NodeLabel> _labels = new(StringComparer.Ordinal);
    private readonly Func<string, NodeLabel?>? _knownLabel;

    /// <summary>Creates a builder; <paramref name="knownLabel"/> resolves ends added in earlier batches.</summary>
    public GraphBatchBuilder(Func<string, NodeLabel?>? knownLabel = null) => _knownLabel = knownLabel;

    /// <summary>Nodes added so far.</summary>
    public int NodeCount => _nodes.Count;

    /// <summary>Relationships added so far.</summary>
    public int RelationshipCount => _relationships.Count;

    /// <summary>Adds a node.</summary>
    public GraphBatchBuilder Add(IGraphNode node)
    {
        var record = NodeMapper.ToRecord(node);
        _nodes.Add(record);
        _labels[record.Id] = record.Label;
        return this;
    }

    /// <summary>Adds a relationship between two nodes added to this builder (or known to it).</summary>
    public GraphBatchBuilder Link(RelType type, string startId, string endId, DateOnly? validFrom = null, DateOnly? validTo = null, object? properties = null, string? discriminator = null)
    {
        var start = LabelOf(startId, type);
        var end = LabelOf(endId, type);
        if (!RelationshipSchema.Allows(type, start, end))
        {
            throw new ArgumentException($"Cannot link {start} '{startId}' to {end} '{endId}': {RelationshipSchema.Describe(type)}.");
        }

        if (validFrom is { } from && validTo is { } to && to < from)
        {
            throw new ArgumentException($"{type} from '{startId}' to '{endId}' ends ({to:yyyy-MM-dd}) before it starts ({from:yyyy-MM-dd}).");
        }

        var props = properties as JsonObject ?? NodeMapper.Properties(properties);
        _relationships.Add(new RelationshipRecord(IdOf(type, startId, endId, discriminator), type, startId, endId, validFrom, validTo, props));
        return this;
    }

    /// <summary>The id a relationship gets: stable for the same type, ends and discriminator.</summary>
    public static string IdOf(RelType type, string startId, string endId, string? discriminator = null) =>
        discriminator is null ? $"{type}:{startId}>{endId}" : $"{type}:{startId}>{endId}#{discriminator}";

    /// <summary>The batch built so far; the builder is left empty for the next batch.</summary>
    public GraphBatch Build()
    {
        var batch = new GraphBatch { Nodes = _nodes.ToArray(), Relationships = _relationships.ToArray() };
        _nodes.Clear();
        _relationships.Clear();
        return batch;
    }

    /// <summary>Remembers the label of a node written in an earlier batch, so later batches can link to it.</summary>
    public void Remember(string id, NodeLabel label) => _labels[id] = label;

    private NodeLabel LabelOf(string id, RelType type) =>
        _labels.TryGetValue(id, out var label) ? label
        : _knownLabel?.Invoke(id) ?? throw new ArgumentException($"{type} names node '{id}', which this batch does not hold; add the node first.");
}
