using Clues.Core.Graph;
using Clues.Graph.Embedded.Memory;

namespace Clues.Graph.Embedded;

public sealed partial class EmbeddedGraphStore
{
    /// <inheritdoc />
    public Task<GraphPath?> ShortestPathAsync(string fromId, string toId, PathQuery query, CancellationToken cancellationToken = default)
    {
        CompiledFilter filter = ValidatePathQuery(fromId, toId, query, checkLimit: false);
        cancellationToken.ThrowIfCancellationRequested();
        ThrowIfDisposed();
        _indexLock.EnterReadLock();
        try
        {
            int from = RequireNode(fromId);
            int to = RequireNode(toId);
            if (from == to)
            {
                return Task.FromResult<GraphPath?>(new GraphPath([NodeRefOf(from)], []));
            }

            TraversalScratch scratch = RentScratch();
            try
            {
                return Task.FromResult(Shortest(from, to, query.MaxHops, filter, scratch));
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
    public Task<PathSet> AllShortestPathsAsync(string fromId, string toId, PathQuery query, CancellationToken cancellationToken = default) =>
        PathSetQuery(fromId, toId, query, simple: false, cancellationToken);

    /// <inheritdoc />
    public Task<PathSet> AllSimplePathsAsync(string fromId, string toId, PathQuery query, CancellationToken cancellationToken = default) =>
        PathSetQuery(fromId, toId, query, simple: true, cancellationToken);

    private static CompiledFilter ValidatePathQuery(string fromId, string toId, PathQuery query, bool checkLimit)
    {
        ArgumentNullException.ThrowIfNull(fromId);
        ArgumentNullException.ThrowIfNull(toId);
        ArgumentNullException.ThrowIfNull(query);
        if (query.MaxHops is < 1 or > PathQuery.MaxHopsLimit)
        {
            throw new ArgumentOutOfRangeException(nameof(query), query.MaxHops, $"MaxHops must be between 1 and {PathQuery.MaxHopsLimit}.");
        }

        if (checkLimit && query.Limit < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(query), query.Limit, "Limit must be at least 1.");
        }

        return CompiledFilter.Compile(query.Filter, nameof(query));
    }

    private Task<PathSet> PathSetQuery(string fromId, string toId, PathQuery query, bool simple, CancellationToken cancellationToken)
    {
        CompiledFilter filter = ValidatePathQuery(fromId, toId, query, checkLimit: true);
        cancellationToken.ThrowIfCancellationRequested();
        ThrowIfDisposed();
        _indexLock.EnterReadLock();
        try
        {
            int from = RequireNode(fromId);
            int to = RequireNode(toId);
            if (from == to)
            {
                return Task.FromResult(new PathSet([new GraphPath([NodeRefOf(from)], [])], false));
            }

            TraversalScratch scratch = RentScratch();
            try
            {
                var collector = new PathCollector(_graph, from, to, query.Limit, filter, scratch, cancellationToken);
                if (simple)
                {
                    collector.CollectSimple(query.MaxHops);
                }
                else
                {
                    collector.CollectShortest(query.MaxHops);
                }

                return Task.FromResult(new PathSet(collector.Paths, collector.Truncated));
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

    /// <summary>
    /// Bidirectional breadth-first search, always growing the smaller frontier by one whole level,
    /// so hubs on one side do not blow up the search. Call inside the read lock.
    /// </summary>
    private GraphPath? Shortest(int from, int to, int maxHops, in CompiledFilter filter, TraversalScratch scratch)
    {
        CompiledFilter backward = filter.Reversed();
        StampSet seenForward = scratch.MarkA;
        StampSet seenBackward = scratch.MarkB;
        seenForward.Reset();
        seenBackward.Reset();
        int[] distForward = scratch.DistanceA;
        int[] distBackward = scratch.DistanceB;
        int[] parentForward = scratch.ParentA;
        int[] parentBackward = scratch.ParentB;
        IntBuffer frontForward = scratch.Queue1;
        IntBuffer nextForward = scratch.Queue2;
        IntBuffer frontBackward = scratch.Queue3;
        IntBuffer nextBackward = scratch.Queue4;
        frontForward.Clear();
        frontBackward.Clear();
        seenForward.Add(from);
        distForward[from] = 0;
        frontForward.Add(from);
        seenBackward.Add(to);
        distBackward[to] = 0;
        frontBackward.Add(to);
        int depthForward = 0;
        int depthBackward = 0;
        while (frontForward.Count > 0 && frontBackward.Count > 0 && depthForward + depthBackward < maxHops)
        {
            int meet;
            if (frontForward.Count <= frontBackward.Count)
            {
                meet = ExpandLevel(frontForward, nextForward, seenForward, distForward, parentForward, seenBackward, distBackward, filter, to, depthForward);
                depthForward++;
                (frontForward, nextForward) = (nextForward, frontForward);
            }
            else
            {
                meet = ExpandLevel(frontBackward, nextBackward, seenBackward, distBackward, parentBackward, seenForward, distForward, backward, from, depthBackward);
                depthBackward++;
                (frontBackward, nextBackward) = (nextBackward, frontBackward);
            }

            if (meet >= 0)
            {
                return JoinHalves(meet, from, to, parentForward, parentBackward);
            }
        }

        return null;
    }

    /// <summary>
    /// Grows one side by a level. Returns the node where the best meeting with the other side
    /// happened in this level, or -1. The whole level is scanned before answering because a meeting
    /// found early in the level need not be the shortest one.
    /// </summary>
    private int ExpandLevel(
        IntBuffer front,
        IntBuffer next,
        StampSet seen,
        int[] distance,
        int[] parent,
        StampSet otherSeen,
        int[] otherDistance,
        in CompiledFilter filter,
        int labelExempt,
        int level)
    {
        int[]?[] adjacency = _graph.Adjacency;
        int[] adjacencyCount = _graph.AdjacencyCount;
        byte[] labels = _graph.NodeLabels;
        next.Clear();
        int best = int.MaxValue;
        int meet = -1;
        for (int i = 0; i < front.Count; i++)
        {
            int node = front[i];
            int[]? list = adjacency[node];
            int count = adjacencyCount[node];
            for (int k = 0; k < count; k++)
            {
                int packed = list![(2 * k) + 1];
                int other = GraphIndex.OtherOf(packed);
                if (seen.Contains(other)
                    || (other != labelExempt && !filter.LabelPasses(labels[other]))
                    || !filter.Follows(_graph, list[2 * k], packed))
                {
                    continue;
                }

                seen.Add(other);
                distance[other] = level + 1;
                parent[other] = list[2 * k];
                next.Add(other);
                if (otherSeen.Contains(other) && level + 1 + otherDistance[other] < best)
                {
                    best = level + 1 + otherDistance[other];
                    meet = other;
                }
            }
        }

        return meet;
    }

    private GraphPath JoinHalves(int meet, int from, int to, int[] parentForward, int[] parentBackward)
    {
        var nodes = new List<NodeRef>();
        var edges = new List<EdgeRef>();
        var firstHalf = new List<int>();
        for (int node = meet; node != from;)
        {
            int edge = parentForward[node];
            firstHalf.Add(edge);
            node = OtherEnd(edge, node);
        }

        int current = from;
        nodes.Add(NodeRefOf(from));
        for (int i = firstHalf.Count - 1; i >= 0; i--)
        {
            current = OtherEnd(firstHalf[i], current);
            edges.Add(EdgeRefOf(firstHalf[i]));
            nodes.Add(NodeRefOf(current));
        }

        while (current != to)
        {
            int edge = parentBackward[current];
            current = OtherEnd(edge, current);
            edges.Add(EdgeRefOf(edge));
            nodes.Add(NodeRefOf(current));
        }

        return new GraphPath(nodes, edges);
    }

    private int OtherEnd(int edge, int node) =>
        _graph.EdgeStart[edge] == node ? _graph.EdgeEnd[edge] : _graph.EdgeStart[edge];
}
