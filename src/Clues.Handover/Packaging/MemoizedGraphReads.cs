using System.Collections.Concurrent;
using Clues.Core.Graph;

namespace Clues.Handover.Packaging;

/// <summary>
/// A read-through memo over the graph for the length of one export. The clues of one package share rounds, units,
/// posts and jurisdictions, so the facts reader asks the same questions hundreds of times; each is answered from
/// the store once. Writes are refused: an export only reads, and a memo must never hide a write.
/// </summary>
internal sealed class MemoizedGraphReads(IGraphStore inner) : IGraphStore
{
    private readonly ConcurrentDictionary<string, Task<NodeRecord?>> _nodes = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Task<IReadOnlyList<RelationshipRecord>>> _relationships = new(StringComparer.Ordinal);

    public Task<NodeRecord?> GetNodeAsync(string id, CancellationToken cancellationToken = default) =>
        _nodes.GetOrAdd(id, key => inner.GetNodeAsync(key, cancellationToken));

    public async Task<IReadOnlyList<NodeRecord>> GetNodesAsync(IReadOnlyList<string> ids, CancellationToken cancellationToken = default)
    {
        var missing = ids.Where(id => !_nodes.ContainsKey(id)).Distinct(StringComparer.Ordinal).ToList();
        if (missing.Count > 0)
        {
            var loaded = (await inner.GetNodesAsync(missing, cancellationToken).ConfigureAwait(false)).ToDictionary(n => n.Id, StringComparer.Ordinal);
            foreach (var id in missing)
            {
                _nodes.TryAdd(id, Task.FromResult(loaded.GetValueOrDefault(id)));
            }
        }

        var found = new List<NodeRecord>(ids.Count);
        foreach (var id in ids)
        {
            if (await _nodes[id].ConfigureAwait(false) is { } node)
            {
                found.Add(node);
            }
        }

        return found;
    }

    public Task<IReadOnlyList<RelationshipRecord>> GetRelationshipsAsync(string nodeId, TraversalFilter? filter = null, CancellationToken cancellationToken = default) =>
        _relationships.GetOrAdd(nodeId + "\n" + FilterKey(filter), _ => inner.GetRelationshipsAsync(nodeId, filter, cancellationToken));

    public Task<WriteResult> WriteAsync(GraphBatch batch, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException("An export reads the graph only.");

    public Task<RelationshipRecord?> GetRelationshipAsync(string id, CancellationToken cancellationToken = default) => inner.GetRelationshipAsync(id, cancellationToken);

    public Task<NodeRecord?> FindByKeyAsync(NaturalKey key, CancellationToken cancellationToken = default) => inner.FindByKeyAsync(key, cancellationToken);

    public Task<IReadOnlyList<NodeRef>> SearchNamesAsync(NameSearchQuery query, CancellationToken cancellationToken = default) => inner.SearchNamesAsync(query, cancellationToken);

    public Task<Neighborhood> GetNeighborhoodAsync(string centerId, NeighborhoodQuery query, CancellationToken cancellationToken = default) => inner.GetNeighborhoodAsync(centerId, query, cancellationToken);

    public Task<GraphPath?> ShortestPathAsync(string fromId, string toId, PathQuery query, CancellationToken cancellationToken = default) => inner.ShortestPathAsync(fromId, toId, query, cancellationToken);

    public Task<PathSet> AllShortestPathsAsync(string fromId, string toId, PathQuery query, CancellationToken cancellationToken = default) => inner.AllShortestPathsAsync(fromId, toId, query, cancellationToken);

    public Task<PathSet> AllSimplePathsAsync(string fromId, string toId, PathQuery query, CancellationToken cancellationToken = default) => inner.AllSimplePathsAsync(fromId, toId, query, cancellationToken);

    public Task<IReadOnlyList<DegreeCounts>> GetDegreesAsync(IReadOnlyList<string> nodeIds, TraversalFilter? filter = null, CancellationToken cancellationToken = default) => inner.GetDegreesAsync(nodeIds, filter, cancellationToken);

    public Task<GraphStats> GetStatsAsync(CancellationToken cancellationToken = default) => inner.GetStatsAsync(cancellationToken);

    public IAsyncEnumerable<NodeRef> ScanNodesAsync(NodeLabel? label = null, string? afterId = null, CancellationToken cancellationToken = default) => inner.ScanNodesAsync(label, afterId, cancellationToken);

    public IAsyncEnumerable<EdgeRef> ScanEdgesAsync(CancellationToken cancellationToken = default) => inner.ScanEdgesAsync(cancellationToken);

    // The inner store belongs to the caller.
    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    // Filters are records over sets, which compare by reference; the memo needs them compared by content.
    private static string FilterKey(TraversalFilter? filter) => filter is null
        ? "*"
        : string.Join('|',
            filter.RelTypes is null ? "*" : string.Join(',', filter.RelTypes.Order()),
            filter.NodeLabels is null ? "*" : string.Join(',', filter.NodeLabels.Order()),
            filter.Direction,
            filter.Window?.ToString() ?? "*");
}
