using Clues.Core.Graph;
using Clues.Graph.Embedded.Memory;
using Clues.Graph.Embedded.Storage;
using Microsoft.Data.Sqlite;

namespace Clues.Graph.Embedded;

public sealed partial class EmbeddedGraphStore
{
    /// <inheritdoc />
    public Task<Neighborhood> GetNeighborhoodAsync(string centerId, NeighborhoodQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(centerId);
        ArgumentNullException.ThrowIfNull(query);
        if (query.Depth is < 1 or > NeighborhoodQuery.MaxDepth)
        {
            throw new ArgumentOutOfRangeException(nameof(query), query.Depth, $"Depth must be between 1 and {NeighborhoodQuery.MaxDepth}.");
        }

        if (query.NodeLimit < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(query), query.NodeLimit, "NodeLimit must be at least 1 (it counts the centre).");
        }

        CompiledFilter filter = CompiledFilter.Compile(query.Filter, nameof(query));
        cancellationToken.ThrowIfCancellationRequested();
        ThrowIfDisposed();
        _indexLock.EnterReadLock();
        try
        {
            int center = RequireNode(centerId);
            TraversalScratch scratch = RentScratch();
            try
            {
                return Task.FromResult(Neighbourhood(center, query.Depth, query.NodeLimit, filter, scratch));
            }
            finally
            {
                ReturnScratch(scratch);
            }
        }
        finally
        {
            _indexLock.ExitReadLock();
        }
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<DegreeCounts>> GetDegreesAsync(IReadOnlyList<string> nodeIds, TraversalFilter? filter = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(nodeIds);
        CompiledFilter compiled = CompiledFilter.Compile(filter, nameof(filter));
        cancellationToken.ThrowIfCancellationRequested();
        ThrowIfDisposed();
        var result = new List<DegreeCounts>(nodeIds.Count);
        Span<int> byType = stackalloc int[256];
        _indexLock.EnterReadLock();
        try
        {
            foreach (string id in nodeIds)
            {
                int node = RequireNode(id);
                byType.Clear();
                int total = 0;
                int outgoing = 0;
                int incoming = 0;
                int[]? adjacency = _graph.Adjacency[node];
                int count = _graph.AdjacencyCount[node];
                for (int i = 0; i < count; i++)
                {
                    int edge = adjacency![2 * i];
                    int packed = adjacency[(2 * i) + 1];
                    int other = GraphIndex.OtherOf(packed);
                    if (!compiled.Follows(_graph, edge, packed)
                        || (other != node && !compiled.LabelPasses(_graph.NodeLabels[other])))
                    {
                        continue;
                    }

                    total++;
                    outgoing += (packed & GraphIndex.StartBit) != 0 ? 1 : 0;
                    incoming += (packed & GraphIndex.EndBit) != 0 ? 1 : 0;
                    byType[_graph.EdgeType[edge]]++;
                }

                var types = new Dictionary<RelType, int>();
                for (int t = 1; t < 256; t++)
                {
                    if (byType[t] > 0)
                    {
                        types[(RelType)t] = byType[t];
                    }
                }

                result.Add(new DegreeCounts(id, total, outgoing, incoming, types));
            }
        }
        finally
        {
            _indexLock.ExitReadLock();
        }

        return Task.FromResult<IReadOnlyList<DegreeCounts>>(result);
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<RelationshipRecord>> GetRelationshipsAsync(string nodeId, TraversalFilter? filter = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(nodeId);
        CompiledFilter compiled = CompiledFilter.Compile(filter, nameof(filter));
        cancellationToken.ThrowIfCancellationRequested();
        ThrowIfDisposed();
        var edges = new List<int>();
        var result = new List<RelationshipRecord>();
        ReaderConnection reader = _readers.Rent();
        SqliteTransaction? snapshot = null;
        try
        {
            _indexLock.EnterReadLock();
            try
            {
                int node = RequireNode(nodeId);
                int[]? adjacency = _graph.Adjacency[node];
                int count = _graph.AdjacencyCount[node];
                for (int i = 0; i < count; i++)
                {
                    int edge = adjacency![2 * i];
                    int packed = adjacency[(2 * i) + 1];
                    int other = GraphIndex.OtherOf(packed);
                    if (compiled.Follows(_graph, edge, packed)
                        && (other == node || compiled.LabelPasses(_graph.NodeLabels[other])))
                    {
                        edges.Add(edge);
                    }
                }

                // Sort by type, then id, while the index is at hand.
                GraphIndex graph = _graph;
                byte[] types = graph.EdgeType;
                edges.Sort((a, b) => types[a] != types[b] ? types[a].CompareTo(types[b]) : graph.CompareEdgeIds(a, b));

                // Writers commit only under the write lock, so a snapshot pinned while we hold the
                // read lock is exactly the state the edge list came from.
                snapshot = reader.BeginSnapshot();
            }
            finally
            {
                _indexLock.ExitReadLock();
            }

            foreach (int edge in edges)
            {
                cancellationToken.ThrowIfCancellationRequested();
                using SqliteDataReader rows = reader.RelationshipByRid.Set(0, edge + 1L).Reader();
                if (rows.Read())
                {
                    result.Add(RecordCodec.ReadRelationship(rows));
                }
            }

            snapshot.Commit();
        }
        finally
        {
            snapshot?.Dispose();
            _readers.Return(reader);
        }

        return Task.FromResult<IReadOnlyList<RelationshipRecord>>(result);
    }

    private Neighborhood Neighbourhood(int center, int depth, int nodeLimit, in CompiledFilter filter, TraversalScratch scratch)
    {
        int[]?[] adjacency = _graph.Adjacency;
        int[] adjacencyCount = _graph.AdjacencyCount;
        byte[] labels = _graph.NodeLabels;

        // Breadth-first: `order` holds every reached node, layer after layer; layerEnd[d] is where depth d stops.
        StampSet reached = scratch.MarkA;
        reached.Reset();
        int[] distance = scratch.DistanceA;
        IntBuffer order = scratch.Queue1;
        order.Clear();
        order.Add(center);
        reached.Add(center);
        distance[center] = 0;
        Span<int> layerEnd = stackalloc int[NeighborhoodQuery.MaxDepth + 1];
        layerEnd[0] = 1;
        int layerStart = 0;
        for (int d = 0; d < depth; d++)
        {
            int end = order.Count;
            for (int i = layerStart; i < end; i++)
            {
                int node = order[i];
                int[]? list = adjacency[node];
                int count = adjacencyCount[node];
                for (int k = 0; k < count; k++)
                {
                    int packed = list![(2 * k) + 1];
                    int other = GraphIndex.OtherOf(packed);
                    if (!reached.Contains(other) && (!filter.ChecksLabel || filter.LabelPasses(labels[other])) && filter.Follows(_graph, list[2 * k], packed))
                    {
                        reached.Add(other);
                        distance[other] = d + 1;
                        order.Add(other);
                    }
                }
            }

            layerStart = end;
            layerEnd[d + 1] = order.Count;
        }

        int totalReachable = order.Count - 1;

        // Take nearest first; within a depth by ascending id. Only the layers we take from are sorted.
        StampSet taken = scratch.MarkB;
        taken.Reset();
        taken.Add(center);
        int takenCount = 1;
        var comparer = new SlotIdComparer(_graph.NodeIds);
        for (int d = 1; d <= depth && takenCount < nodeLimit; d++)
        {
            int from = layerEnd[d - 1];
            int length = layerEnd[d] - from;
            if (length == 0)
            {
                break;
            }

            Array.Sort(order.Items, from, length, comparer);
            int take = Math.Min(length, nodeLimit - takenCount);
            for (int i = from; i < from + take; i++)
            {
                taken.Add(order[i]);
            }

            takenCount += take;
        }

        // The taken nodes are exactly order[0..takenCount): the layers before the last are taken whole.
        var nodes = new NeighborhoodNode[takenCount];
        IntBuffer edges = scratch.Queue2;
        edges.Clear();
        StampSet seen = scratch.MarkC;
        Direction direction = filter.Direction;
        for (int i = 0; i < takenCount; i++)
        {
            int node = order[i];
            int[]? list = adjacency[node];
            int count = adjacencyCount[node];
            int degree = 0;
            int omitted = 0;
            seen.Reset();
            for (int k = 0; k < count; k++)
            {
                int edge = list![2 * k];
                int packed = list[(2 * k) + 1];
                int other = GraphIndex.OtherOf(packed);
                bool otherTaken = taken.Contains(other);
                bool isStart = (packed & GraphIndex.StartBit) != 0;

                // Only edges that could matter reach the (possibly array-reading) type and window check.
                bool draw = isStart && otherTaken;
                bool countable = (direction != Direction.Outgoing || isStart)
                    && (direction != Direction.Incoming || (packed & GraphIndex.EndBit) != 0)
                    && (!filter.ChecksLabel || other == center || other == node || filter.LabelPasses(labels[other]));
                if ((!draw && !countable) || !filter.PassesTypeAndWindow(_graph, edge))
                {
                    continue;
                }

                // Every passing edge between two taken nodes is drawn, once: from its start node.
                if (draw)
                {
                    edges.Add(edge);
                }

                if (countable)
                {
                    degree++;
                    if (!otherTaken && seen.TryAdd(other))
                    {
                        omitted++;
                    }
                }
            }

            nodes[i] = new NeighborhoodNode(NodeRefOf(node), distance[node], degree, omitted);
        }

        // No sort needed: edges come out in taken-node order and, per node, in adjacency order, which
        // is ascending slot order (the index appends new slots and rebuilds in row-id order), so the
        // same request over the same data gives the same list.
        var edgeRefs = new EdgeRef[edges.Count];
        for (int i = 0; i < edgeRefs.Length; i++)
        {
            edgeRefs[i] = EdgeRefOf(edges[i]);
        }

        return new Neighborhood(_graph.NodeIds[center]!, nodes, edgeRefs, totalReachable, totalReachable + 1 - takenCount);
    }
}
