using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Clues.Core.Graph;

namespace Clues.Api.Tests.Resolvers;

/// <summary>An <see cref="IGraphStore"/> decorator that counts calls per method, to catch N+1 store access in resolvers.</summary>
public sealed class CountingGraphStore(IGraphStore inner) : IGraphStore
{
    private readonly ConcurrentDictionary<string, int> _calls = new(StringComparer.Ordinal);

    public int this[string method] => _calls.GetValueOrDefault(method);

    public int Total => _calls.Values.Sum();

    public void Reset() => _calls.Clear();

    public Task<WriteResult> WriteAsync(GraphBatch batch, CancellationToken cancellationToken = default) => Count(inner.WriteAsync(batch, cancellationToken));

    public Task<NodeRecord?> GetNodeAsync(string id, CancellationToken cancellationToken = default) => Count(inner.GetNodeAsync(id, cancellationToken));

    public Task<IReadOnlyList<NodeRecord>> GetNodesAsync(IReadOnlyList<string> ids, CancellationToken cancellationToken = default) => Count(inner.GetNodesAsync(ids, cancellationToken));

    public Task<RelationshipRecord?> GetRelationshipAsync(string id, CancellationToken cancellationToken = default) => Count(inner.GetRelationshipAsync(id, cancellationToken));

    public Task<NodeRecord?> FindByKeyAsync(NaturalKey key, CancellationToken cancellationToken = default) => Count(inner.FindByKeyAsync(key, cancellationToken));

    public Task<IReadOnlyList<NodeRef>> SearchNamesAsync(NameSearchQuery query, CancellationToken cancellationToken = default) => Count(inner.SearchNamesAsync(query, cancellationToken));

    public Task<IReadOnlyList<RelationshipRecord>> GetRelationshipsAsync(string nodeId, TraversalFilter? filter = null, CancellationToken cancellationToken = default) =>
        Count(inner.GetRelationshipsAsync(nodeId, filter, cancellationToken));

    public Task<Neighborhood> GetNeighborhoodAsync(string centerId, NeighborhoodQuery query, CancellationToken cancellationToken = default) =>
        Count(inner.GetNeighborhoodAsync(centerId, query, cancellationToken));

    public Task<GraphPath?> ShortestPathAsync(string fromId, string toId, PathQuery query, CancellationToken cancellationToken = default) =>
        Count(inner.ShortestPathAsync(fromId, toId, query, cancellationToken));

    public Task<PathSet> AllShortestPathsAsync(string fromId, string toId, PathQuery query, CancellationToken cancellationToken = default) =>
        Count(inner.AllShortestPathsAsync(fromId, toId, query, cancellationToken));

    public Task<PathSet> AllSimplePathsAsync(string fromId, string toId, PathQuery query, CancellationToken cancellationToken = default) =>
        Count(inner.AllSimplePathsAsync(fromId, toId, query, cancellationToken));

    public Task<IReadOnlyList<DegreeCounts>> GetDegreesAsync(IReadOnlyList<string> nodeIds, TraversalFilter? filter = null, CancellationToken cancellationToken = default) =>
        Count(inner.GetDegreesAsync(nodeIds, filter, cancellationToken));

    public Task<GraphStats> GetStatsAsync(CancellationToken cancellationToken = default) => Count(inner.GetStatsAsync(cancellationToken));

    public IAsyncEnumerable<NodeRef> ScanNodesAsync(NodeLabel? label = null, string? afterId = null, CancellationToken cancellationToken = default) =>
        Count(inner.ScanNodesAsync(label, afterId, cancellationToken));

    public IAsyncEnumerable<EdgeRef> ScanEdgesAsync(CancellationToken cancellationToken = default) => Count(inner.ScanEdgesAsync(cancellationToken));

    // The host owns the real store (through its gate); disposing the decorator must not close it.
    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private T Count<T>(T result, [CallerMemberName] string method = "")
    {
        _calls.AddOrUpdate(method, 1, (_, n) => n + 1);
        return result;
    }
}
