namespace Clues.Core.Graph;

/// <summary>
/// The graph-store port. Every backend (the embedded store, Neo4j) implements it and passes the
/// contract suite in <c>tests/Clues.Graph.Contract</c>. Implementations are safe for concurrent use:
/// reads may run while a batch is being written and see either all of it or none of it.
/// </summary>
/// <remarks>
/// Traversals treat relationships as links both ways unless the filter says otherwise. An unknown
/// start or end node id raises <see cref="NodeNotFoundException"/>; an out-of-range argument
/// raises <see cref="ArgumentOutOfRangeException"/> naming the argument and its allowed range.
/// "Id order" is always ordinal (<see cref="string.CompareOrdinal(string, string)"/>). Scans are not
/// snapshots: a batch committed during a scan may or may not be seen by it.
/// </remarks>
public interface IGraphStore : IAsyncDisposable
{
    /// <summary>
    /// Applies a batch in one transaction. A committed batch survives a killed process. A batch that
    /// would leave a relationship without an end, change a node's label, or give two nodes the same
    /// natural key is refused whole with <see cref="GraphStoreException"/>, and nothing is written.
    /// </summary>
    Task<WriteResult> WriteAsync(GraphBatch batch, CancellationToken cancellationToken = default);

    /// <summary>The node with this id, or null.</summary>
    Task<NodeRecord?> GetNodeAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>The nodes with these ids, in the order asked (an id asked twice is answered twice); unknown ids are left out.</summary>
    Task<IReadOnlyList<NodeRecord>> GetNodesAsync(IReadOnlyList<string> ids, CancellationToken cancellationToken = default);

    /// <summary>The relationship with this id, or null.</summary>
    Task<RelationshipRecord?> GetRelationshipAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>The node carrying this natural key, or null.</summary>
    Task<NodeRecord?> FindByKeyAsync(NaturalKey key, CancellationToken cancellationToken = default);

    /// <summary>Nodes whose name contains the text (see <see cref="NameSearchQuery"/> for ranking).</summary>
    Task<IReadOnlyList<NodeRef>> SearchNamesAsync(NameSearchQuery query, CancellationToken cancellationToken = default);

    /// <summary>
    /// The relationships of one node that pass the filter (the filter's node labels apply to the
    /// node at the other end), with their properties, ordered by <see cref="RelType"/> value then by
    /// ordinal id. An unknown node id raises <see cref="NodeNotFoundException"/>.
    /// </summary>
    Task<IReadOnlyList<RelationshipRecord>> GetRelationshipsAsync(string nodeId, TraversalFilter? filter = null, CancellationToken cancellationToken = default);

    /// <summary>The k-hop neighbourhood of a node, capped, reporting what was left out.</summary>
    Task<Neighborhood> GetNeighborhoodAsync(string centerId, NeighborhoodQuery query, CancellationToken cancellationToken = default);

    /// <summary>One shortest path (fewest relationships) of at most <see cref="PathQuery.MaxHops"/>, or null. A path from a node to itself has length 0.</summary>
    Task<GraphPath?> ShortestPathAsync(string fromId, string toId, PathQuery query, CancellationToken cancellationToken = default);

    /// <summary>Every shortest path up to the query's limit; from a node to itself, the one path of length 0.</summary>
    Task<PathSet> AllShortestPathsAsync(string fromId, string toId, PathQuery query, CancellationToken cancellationToken = default);

    /// <summary>Every simple path (no node twice) of at most <see cref="PathQuery.MaxHops"/>, shortest first, up to the query's limit; from a node to itself, the one path of length 0.</summary>
    Task<PathSet> AllSimplePathsAsync(string fromId, string toId, PathQuery query, CancellationToken cancellationToken = default);

    /// <summary>The degree of each node under the filter, in the order asked; an unknown id raises <see cref="NodeNotFoundException"/>.</summary>
    Task<IReadOnlyList<DegreeCounts>> GetDegreesAsync(IReadOnlyList<string> nodeIds, TraversalFilter? filter = null, CancellationToken cancellationToken = default);

    /// <summary>Counts of nodes and relationships, in total and by label and type.</summary>
    Task<GraphStats> GetStatsAsync(CancellationToken cancellationToken = default);

    /// <summary>Nodes of a label (every label when null) in ascending id order, after <paramref name="afterId"/> when given.</summary>
    IAsyncEnumerable<NodeRef> ScanNodesAsync(NodeLabel? label = null, string? afterId = null, CancellationToken cancellationToken = default);

    /// <summary>Every relationship, without properties, in no particular order (for export and benchmarks).</summary>
    IAsyncEnumerable<EdgeRef> ScanEdgesAsync(CancellationToken cancellationToken = default);
}
