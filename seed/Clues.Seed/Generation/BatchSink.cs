using System.Text.Json.Nodes;
using Clues.Core.Graph;
using Clues.Core.Model;

namespace Clues.Seed.Generation;

/// <summary>
/// Collects nodes and relationships through <see cref="GraphBatchBuilder"/> (so every relationship is
/// checked against the schema) and cuts them into batches of about <c>BatchSize</c> records. A fresh
/// builder per batch keeps the builder's label table from growing with the whole graph; ends written
/// in earlier batches are resolved from their id prefix (<see cref="IdScheme.LabelOf"/>).
/// </summary>
internal sealed class BatchSink
{
    private readonly int _batchSize;
    private GraphBatchBuilder _builder = NewBuilder();

    public BatchSink(int batchSize) => _batchSize = Math.Max(1, batchSize);

    public long NodesEmitted { get; private set; }

    public long RelationshipsEmitted { get; private set; }

    public bool IsFull => _builder.NodeCount + _builder.RelationshipCount >= _batchSize;

    public bool IsEmpty => _builder.NodeCount + _builder.RelationshipCount == 0;

    public void Add(IGraphNode node) => _builder.Add(node);

    public void Link(RelType type, string startId, string endId, DateOnly? validFrom = null, DateOnly? validTo = null, JsonObject? properties = null) =>
        _builder.Link(type, startId, endId, validFrom, validTo, properties ?? []);

    /// <summary>A relationship with one string property, built without reflection (the hot path for social ties and kinship).</summary>
    public void Link(RelType type, string startId, string endId, string property, string value, DateOnly? validFrom = null, DateOnly? validTo = null) =>
        _builder.Link(type, startId, endId, validFrom, validTo, new JsonObject { [property] = value });

    public GraphBatch Flush()
    {
        var batch = _builder.Build();
        _builder = NewBuilder();
        NodesEmitted += batch.Nodes.Count;
        RelationshipsEmitted += batch.Relationships.Count;
        return batch;
    }

    private static GraphBatchBuilder NewBuilder() => new(IdScheme.LabelOf);
}
