using Clues.Core.Graph;

namespace Clues.Graph.Embedded.Memory;

/// <summary>
/// Enumerates path sets between two nodes: all shortest paths, or all simple paths shortest first.
/// Candidates at each step are visited in (next node id, edge id) order, so the paths kept under a
/// limit are the same on every run and after every reopen. Use inside the store's read lock.
/// </summary>
internal sealed class PathCollector
{
    private const int CancelCheckInterval = 4096;

    private readonly GraphIndex _graph;
    private readonly int _from;
    private readonly int _to;
    private readonly int _limit;
    private readonly CompiledFilter _filter;
    private readonly TraversalScratch _scratch;
    private readonly CancellationToken _cancellationToken;
    private readonly List<GraphPath> _paths = [];
    private readonly List<int>[] _candidates = new List<int>[PathQuery.MaxHopsLimit + 1];
    private readonly int[] _edgeStack = new int[PathQuery.MaxHopsLimit];
    private readonly int[] _nodeStack = new int[PathQuery.MaxHopsLimit + 1];
    private readonly CandidateComparer _order;
    private int _steps;

    public PathCollector(GraphIndex graph, int from, int to, int limit, in CompiledFilter filter, TraversalScratch scratch, CancellationToken cancellationToken)
    {
        _graph = graph;
        _from = from;
        _to = to;
        _limit = limit;
        _filter = filter;
        _scratch = scratch;
        _cancellationToken = cancellationToken;
        _order = new CandidateComparer(graph);
        for (int i = 0; i < _candidates.Length; i++)
        {
            _candidates[i] = [];
        }
    }

    public List<GraphPath> Paths => _paths;

    /// <summary>True when more paths matched than the limit allowed.</summary>
    public bool Truncated { get; private set; }

    private bool Full => _paths.Count >= _limit;

    /// <summary>
    /// Breadth-first from the start gives the length L; a breadth-first search back from the end,
    /// restricted to nodes at forward distance L minus its own distance, marks exactly the nodes on
    /// some shortest path; a depth-first walk over those marked nodes then never hits a dead end.
    /// </summary>
    public void CollectShortest(int maxHops)
    {
        StampSet seenForward = _scratch.MarkA;
        int[] distForward = _scratch.DistanceA;
        int length = Distances(_from, _filter, _to, maxHops, seenForward, distForward, stopAt: _to, restrictTo: null, null, 0);
        if (length < 0)
        {
            return;
        }

        StampSet onPath = _scratch.MarkB;
        int[] distBackward = _scratch.DistanceB;
        Distances(_to, _filter.Reversed(), _from, length, onPath, distBackward, stopAt: -1, restrictTo: seenForward, distForward, length);
        _nodeStack[0] = _from;
        Walk(_from, 0, length, onPath, distBackward, onStack: null);
    }

    /// <summary>
    /// Depth-first walks of each length from the shortest possible up to <paramref name="maxHops"/>,
    /// pruned by the (unconstrained) distance to the end, which is a lower bound for any simple path.
    /// </summary>
    public void CollectSimple(int maxHops)
    {
        StampSet reachesEnd = _scratch.MarkB;
        int[] distBackward = _scratch.DistanceB;
        Distances(_to, _filter.Reversed(), _from, maxHops, reachesEnd, distBackward, stopAt: -1, restrictTo: null, null, 0);
        if (!reachesEnd.Contains(_from))
        {
            return;
        }

        StampSet onStack = _scratch.MarkC;
        onStack.Reset();
        onStack.Add(_from);
        _nodeStack[0] = _from;
        for (int length = distBackward[_from]; length <= maxHops && !Truncated; length++)
        {
            Walk(_from, 0, length, reachesEnd, distBackward, onStack);
        }
    }

    /// <summary>
    /// Bounded breadth-first search filling <paramref name="seen"/> and <paramref name="distance"/>.
    /// Returns the distance at which <paramref name="stopAt"/> was reached (after finishing that level's
    /// bookkeeping), or -1. With <paramref name="restrictTo"/>, only nodes whose distance there equals
    /// <paramref name="total"/> minus their distance here are entered.
    /// </summary>
    private int Distances(
        int origin,
        in CompiledFilter filter,
        int labelExempt,
        int maxDepth,
        StampSet seen,
        int[] distance,
        int stopAt,
        StampSet? restrictTo,
        int[]? restrictDistance,
        int total)
    {
        seen.Reset();
        seen.Add(origin);
        distance[origin] = 0;
        IntBuffer front = _scratch.Queue1;
        IntBuffer next = _scratch.Queue2;
        front.Clear();
        front.Add(origin);
        for (int level = 0; level < maxDepth && front.Count > 0; level++)
        {
            next.Clear();
            bool reached = false;
            for (int i = 0; i < front.Count; i++)
            {
                int node = front[i];
                int[]? list = _graph.Adjacency[node];
                int count = _graph.AdjacencyCount[node];
                for (int k = 0; k < count; k++)
                {
                    int edge = list![2 * k];
                    int other = GraphIndex.OtherOf(list[(2 * k) + 1]);
                    if (!filter.Follows(_graph, edge, list[(2 * k) + 1])
                        || seen.Contains(other)
                        || (other != labelExempt && !filter.LabelPasses(_graph.NodeLabels[other])))
                    {
                        continue;
                    }

                    if (restrictTo is not null && (!restrictTo.Contains(other) || restrictDistance![other] != total - level - 1))
                    {
                        continue;
                    }

                    seen.Add(other);
                    distance[other] = level + 1;
                    next.Add(other);
                    reached |= other == stopAt;
                }
            }

            if (reached)
            {
                return level + 1;
            }

            (front, next) = (next, front);
        }

        return -1;
    }

    /// <summary>
    /// Extends the path at <paramref name="node"/> (depth edges so far) towards a total of exactly
    /// <paramref name="length"/> edges, entering only nodes in <paramref name="allowed"/> close enough to the end.
    /// </summary>
    private void Walk(int node, int depth, int length, StampSet allowed, int[] distanceToEnd, StampSet? onStack)
    {
        if (++_steps % CancelCheckInterval == 0)
        {
            _cancellationToken.ThrowIfCancellationRequested();
        }

        List<int> candidates = _candidates[depth];
        candidates.Clear();
        int[]? list = _graph.Adjacency[node];
        int count = _graph.AdjacencyCount[node];
        int remaining = length - depth - 1;
        for (int k = 0; k < count; k++)
        {
            int edge = list![2 * k];
            int other = GraphIndex.OtherOf(list[(2 * k) + 1]);
            if (!allowed.Contains(other) || !_filter.Follows(_graph, edge, list[(2 * k) + 1]))
            {
                continue;
            }

            if (other == _to ? remaining == 0 : remaining > 0 && distanceToEnd[other] <= remaining && onStack?.Contains(other) != true)
            {
                candidates.Add(edge);
            }
        }

        _order.From = node;
        candidates.Sort(_order);
        foreach (int edge in candidates)
        {
            int other = _graph.EdgeStart[edge] == node ? _graph.EdgeEnd[edge] : _graph.EdgeStart[edge];
            _edgeStack[depth] = edge;
            _nodeStack[depth + 1] = other;
            if (other == _to)
            {
                if (Full)
                {
                    Truncated = true;
                    return;
                }

                _paths.Add(Build(depth + 1));
                continue;
            }

            onStack?.Add(other);
            Walk(other, depth + 1, length, allowed, distanceToEnd, onStack);
            onStack?.Remove(other);
            if (Truncated)
            {
                return;
            }
        }
    }

    private GraphPath Build(int edges)
    {
        var nodeRefs = new NodeRef[edges + 1];
        var edgeRefs = new EdgeRef[edges];
        for (int i = 0; i <= edges; i++)
        {
            nodeRefs[i] = _graph.NodeRefOf(_nodeStack[i]);
        }

        for (int i = 0; i < edges; i++)
        {
            edgeRefs[i] = _graph.EdgeRefOf(_edgeStack[i]);
        }

        return new GraphPath(nodeRefs, edgeRefs);
    }
}
