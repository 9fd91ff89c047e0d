using System.Runtime.CompilerServices;
using Clues.Core.Graph;

namespace Clues.Api.Hosting;

/// <summary>
/// The <see cref="IGraphStore"/> the application's services see. The real store is opened asynchronously by
/// <see cref="GraphStoreInitializer"/> when the host starts; until then calls wait for it (they never block a
/// thread). Registered as an instance, so the container never disposes it: the initializer owns the real store
/// and closes it when the host stops.
/// </summary>
internal sealed class GraphStoreGate : IGraphStore, IGraphChangeFeed
{
    private readonly TaskCompletionSource<IGraphStore> _opened = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>
    /// The opened store's data version, so caches keyed by it see every write; -1 (caches step aside) while the
    /// store is still opening or when it keeps no version. Reading Result is safe: the task has completed.
    /// </summary>
    public long DataVersion =>
        _opened.Task.IsCompletedSuccessfully && _opened.Task.Result is IGraphDataVersion versioned ? versioned.DataVersion : -1;

    /// <inheritdoc />
    public bool TryGetChangedNodes(long sinceVersion, out long version, out IReadOnlyCollection<string> nodeIds)
    {
        if (_opened.Task.IsCompletedSuccessfully && _opened.Task.Result is IGraphChangeFeed feed)
        {
            return feed.TryGetChangedNodes(sinceVersion, out version, out nodeIds);
        }

        version = -1;
        nodeIds = [];
        return false;
    }

    /// <summary>Hands over the opened store; waiting and later calls go to it.</summary>
    public void Open(IGraphStore store) => _opened.TrySetResult(store);

    /// <summary>Makes waiting and later calls fail with the reason the store could not be opened.</summary>
    public void Fail(Exception reason) => _opened.TrySetException(reason);

    public async Task<WriteResult> WriteAsync(GraphBatch batch, CancellationToken cancellationToken = default) =>
        await (await StoreAsync(cancellationToken)).WriteAsync(batch, cancellationToken);

    public async Task<NodeRecord?> GetNodeAsync(string id, CancellationToken cancellationToken = default) =>
        await (await StoreAsync(cancellationToken)).GetNodeAsync(id, cancellationToken);

    public async Task<IReadOnlyList<NodeRecord>> GetNodesAsync(IReadOnlyList<string> ids, CancellationToken cancellationToken = default) =>
        await (await StoreAsync(cancellationToken)).GetNodesAsync(ids, cancellationToken);

    public async Task<RelationshipRecord?> GetRelationshipAsync(string id, CancellationToken cancellationToken = default) =>
        await (await StoreAsync(cancellationToken)).GetRelationshipAsync(id, cancellationToken);

    public async Task<NodeRecord?> FindByKeyAsync(NaturalKey key, CancellationToken cancellationToken = default) =>
        await (await StoreAsync(cancellationToken)).FindByKeyAsync(key, cancellationToken);

    public async Task<IReadOnlyList<NodeRef>> SearchNamesAsync(NameSearchQuery query, CancellationToken cancellationToken = default) =>
        await (await StoreAsync(cancellationToken)).SearchNamesAsync(query, cancellationToken);

    public async Task<IReadOnlyList<RelationshipRecord>> GetRelationshipsAsync(string nodeId, TraversalFilter? filter = null, CancellationToken cancellationToken = default) =>
        await (await StoreAsync(cancellationToken)).GetRelationshipsAsync(nodeId, filter, cancellationToken);

    public async Task<Neighborhood> GetNeighborhoodAsync(string centerId, NeighborhoodQuery query, CancellationToken cancellationToken = default) =>
        await (await StoreAsync(cancellationToken)).GetNeighborhoodAsync(centerId, query, cancellationToken);

    public async Task<GraphPath?> ShortestPathAsync(string fromId, string toId, PathQuery query, CancellationToken cancellationToken = default) =>
        await (await StoreAsync(cancellationToken)).ShortestPathAsync(fromId, toId, query, cancellationToken);

    public async Task<PathSet> AllShortestPathsAsync(string fromId, string toId, PathQuery query, CancellationToken cancellationToken = default) =>
        await (await StoreAsync(cancellationToken)).AllShortestPathsAsync(fromId, toId, query, cancellationToken);

    public async Task<PathSet> AllSimplePathsAsync(string fromId, string toId, PathQuery query, CancellationToken cancellationToken = default) =>
        await (await StoreAsync(cancellationToken)).AllSimplePathsAsync(fromId, toId, query, cancellationToken);

    public async Task<IReadOnlyList<DegreeCounts>> GetDegreesAsync(IReadOnlyList<string> nodeIds, TraversalFilter? filter = null, CancellationToken cancellationToken = default) =>
        await (await StoreAsync(cancellationToken)).GetDegreesAsync(nodeIds, filter, cancellationToken);

    public async Task<GraphStats> GetStatsAsync(CancellationToken cancellationToken = default) =>
        await (await StoreAsync(cancellationToken)).GetStatsAsync(cancellationToken);

    public async IAsyncEnumerable<NodeRef> ScanNodesAsync(NodeLabel? label = null, string? afterId = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var store = await StoreAsync(cancellationToken);
        await foreach (var node in store.ScanNodesAsync(label, afterId, cancellationToken).WithCancellation(cancellationToken))
        {
            yield return node;
        }
    }

    public async IAsyncEnumerable<EdgeRef> ScanEdgesAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var store = await StoreAsync(cancellationToken);
        await foreach (var edge in store.ScanEdgesAsync(cancellationToken).WithCancellation(cancellationToken))
        {
            yield return edge;
        }
    }

    /// <summary>Does nothing: <see cref="GraphStoreInitializer"/> owns the real store and closes it when the host stops.</summary>
    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private Task<IGraphStore> StoreAsync(CancellationToken cancellationToken) =>
        _opened.Task.IsCompletedSuccessfully ? _opened.Task : _opened.Task.WaitAsync(cancellationToken);
}
