using Clues.Core.Graph;

namespace Clues.Cli.Bench;

/// <summary>
/// The store's graph exported once into dense integer form, so every peer loads exactly the same
/// nodes and relationships and the sampled inputs can be named by index in all of them.
/// </summary>
/// <remarks>
/// Node <c>i</c> is the i-th node in ascending store-id order. Edges keep their stored direction and
/// multiplicity (parallel relationships and self-loops included); each peer decides how to index them.
/// </remarks>
internal sealed class BenchGraph
{
    private readonly Dictionary<string, int> _indexById;

    /// <summary>Builds the graph from already-dense arrays; edge ends must be valid node indexes.</summary>
    public BenchGraph(
        IReadOnlyList<string> ids,
        IReadOnlyList<NodeLabel> labels,
        IReadOnlyList<string?> names,
        IReadOnlyList<int> edgeStarts,
        IReadOnlyList<int> edgeEnds)
    {
        ArgumentNullException.ThrowIfNull(ids);
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentNullException.ThrowIfNull(names);
        ArgumentNullException.ThrowIfNull(edgeStarts);
        ArgumentNullException.ThrowIfNull(edgeEnds);
        if (labels.Count != ids.Count || names.Count != ids.Count)
        {
            throw new ArgumentException("Every node needs exactly one id, one label and one name (null allowed).", nameof(labels));
        }

        if (edgeStarts.Count != edgeEnds.Count)
        {
            throw new ArgumentException("Every edge needs a start and an end.", nameof(edgeEnds));
        }

        _indexById = new Dictionary<string, int>(ids.Count, StringComparer.Ordinal);
        for (var i = 0; i < ids.Count; i++)
        {
            if (!_indexById.TryAdd(ids[i], i))
            {
                throw new ArgumentException($"Node id '{ids[i]}' appears twice; node ids must be unique.", nameof(ids));
            }
        }

        for (var i = 0; i < edgeStarts.Count; i++)
        {
            if ((uint)edgeStarts[i] >= (uint)ids.Count || (uint)edgeEnds[i] >= (uint)ids.Count)
            {
                throw new ArgumentOutOfRangeException(nameof(edgeStarts), $"Edge {i} ({edgeStarts[i]} → {edgeEnds[i]}) names a node outside 0..{ids.Count - 1}.");
            }
        }

        Ids = ids;
        Labels = labels;
        Names = names;
        EdgeStarts = edgeStarts;
        EdgeEnds = edgeEnds;
    }

    /// <summary>Store ids by dense index.</summary>
    public IReadOnlyList<string> Ids { get; }

    /// <summary>Labels by dense index.</summary>
    public IReadOnlyList<NodeLabel> Labels { get; }

    /// <summary>Names by dense index (null when the node has none).</summary>
    public IReadOnlyList<string?> Names { get; }

    /// <summary>Start node of each relationship, by dense index.</summary>
    public IReadOnlyList<int> EdgeStarts { get; }

    /// <summary>End node of each relationship, by dense index.</summary>
    public IReadOnlyList<int> EdgeEnds { get; }

    /// <summary>Number of nodes.</summary>
    public int NodeCount => Ids.Count;

    /// <summary>Number of relationships, parallel ones and self-loops included.</summary>
    public int EdgeCount => EdgeStarts.Count;

    /// <summary>The dense index of a store id.</summary>
    public int IndexOf(string id) =>
        _indexById.TryGetValue(id, out var index)
            ? index
            : throw new KeyNotFoundException($"Node '{id}' is not in the exported graph.");

    /// <summary>Dense indexes of every node with this label, ascending.</summary>
    public int[] IndexesWithLabel(NodeLabel label)
    {
        var result = new List<int>();
        for (var i = 0; i < Labels.Count; i++)
        {
            if (Labels[i] == label)
            {
                result.Add(i);
            }
        }

        return [.. result];
    }

    /// <summary>
    /// Exports a store: every node (ascending id, as <see cref="IGraphStore.ScanNodesAsync"/> yields
    /// them) and every relationship. Only what the benchmark needs is kept.
    /// </summary>
    public static async Task<BenchGraph> ExportAsync(IGraphStore store, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        var ids = new List<string>();
        var labels = new List<NodeLabel>();
        var names = new List<string?>();
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        await foreach (var node in store.ScanNodesAsync(null, null, cancellationToken).ConfigureAwait(false))
        {
            index.Add(node.Id, ids.Count);
            ids.Add(node.Id);
            labels.Add(node.Label);
            names.Add(node.Name);
        }

        var starts = new List<int>();
        var ends = new List<int>();
        await foreach (var edge in store.ScanEdgesAsync(cancellationToken).ConfigureAwait(false))
        {
            if (!index.TryGetValue(edge.StartId, out var start) || !index.TryGetValue(edge.EndId, out var end))
            {
                // A relationship without both ends would break every peer's load in a different way;
                // the store promises this never happens, so say so plainly if it does.
                throw new GraphStoreException(
                    $"Relationship '{edge.Id}' joins '{edge.StartId}' and '{edge.EndId}', but ScanNodesAsync did not list both. The store is inconsistent; check it before benchmarking.");
            }

            starts.Add(start);
            ends.Add(end);
        }

        return new BenchGraph(ids, labels, names, starts, ends);
    }
}
