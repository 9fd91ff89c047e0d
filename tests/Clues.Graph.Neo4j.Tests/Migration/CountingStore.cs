using Clues.Core.Graph;

namespace Clues.Graph.Neo4j.Tests.Migration;

/// <summary>A real store that counts the batches written to it and, when told, fails the write after the Nth, as a lost connection would.</summary>
internal sealed class CountingStore(IGraphStore inner, int failAfterWrites = int.MaxValue) : IGraphStore
{
    public int Writes { get; private set; }

    public async Task<WriteResult> WriteAsync(GraphBatch batch, CancellationToken cancellationToken = default)
    {
        if (Writes >= failAfterWrites)
        {
            throw new GraphStoreException("Simulated loss of the connection to the target.");
        }

        var result = await inner.WriteAsync(batch, cancellationToken);
        Writes++;
        return result;
    }

    public Task<NodeRecord?> GetNodeAsync(string id, CancellationToken cancellationToken = default) => inner.GetNodeAsync(id, cancellationToken);

    public Task<IReadOnlyList<NodeRecord>> GetNodesAsync(IReadOnlyList<string> ids, CancellationToken cancellationToken = default) => inner.GetNodesAsync(ids, cancellationToken);

    public Task<RelationshipRecord?> GetRelationshipAsync(string id, CancellationToken cancellationToken = default) => inner.GetRelationshipAsync(id, cancellationToken);

    public Task<NodeRecord?> FindByKeyAsync(NaturalKey key, CancellationToken cancellationToken = default) => inner.FindByKeyAsync(key, cancellationToken);

    public Task<IReadOnlyList<NodeRef>> SearchNamesAsync(NameSearchQuery query, CancellationToken cancellationToken = default) => inner.SearchNamesAsync(query, cancellationToken);

    public Task<IReadOnlyList<RelationshipRecord>> GetRelationshipsAsync(string nodeId, TraversalFilter? filter = null, CancellationToken cancellationToken = default) =>
        inner.GetRelationshipsAsync(nodeId, filter, cancellationToken);

    public Task<Neighborhood> GetNeighborhoodAsync(string centerId, NeighborhoodQuery query, CancellationToken cancellationToken = default) =>
        inner.GetNeighborhoodAsync(centerId, query, cancellationToken);

    public Task<GraphPath?> ShortestPathAsync(string fromId, string toId, PathQuery query, CancellationToken cancellationToken = default) =>
        inner.ShortestPathAsync(fromId, toId, query, cancellationToken);

    public Task<PathSet> AllShortestPathsAsync(string fromId, string toId, PathQuery query, CancellationToken cancellationToken = default) =>
        inner.AllShortestPathsAsync(fromId, toId, query, cancellationToken);

    public Task<PathSet> AllSimplePathsAsync(string fromId, string toId, PathQuery query, CancellationToken cancellationToken = default) =>
        inner.AllSimplePathsAsync(fromId, toId, query, cancellationToken);

    public Task<IReadOnlyList<DegreeCounts>> GetDegreesAsync(IReadOnlyList<string> nodeIds, TraversalFilter? filter = null, CancellationToken cancellationToken = default) =>
        inner.GetDegreesAsync(nodeIds, filter, cancellationToken);

    public Task<GraphStats> GetStatsAsync(CancellationToken cancellationToken = default) => inner.GetStatsAsync(cancellationToken);

    public IAsyncEnumerable<NodeRef> ScanNodesAsync(NodeLabel? label = null, string? afterId = null, CancellationToken cancellationToken = default) =>
        inner.ScanNodesAsync(label, afterId, cancellationToken);

    public IAsyncEnumerable<EdgeRef> ScanEdgesAsync(CancellationToken cancellationToken = default) => inner.ScanEdgesAsync(cancellationToken);

    public ValueTask DisposeAsync() => inner.DisposeAsync();
}
