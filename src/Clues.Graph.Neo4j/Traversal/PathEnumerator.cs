using Clues.Core.Graph;

namespace Clues.Graph.Neo4j.Traversal;

/// <summary>
/// Path sets over a fetched part of the graph: all shortest paths, or all simple paths shortest first.
/// At each step the candidates are taken in (next node id, edge id) ordinal order, so the paths kept
/// under a limit are the same as the embedded store's.
/// </summary>
internal sealed class PathEnumerator
{
    private readonly Dictionary<string, List<Adjacent>> _adjacency;
    private readonly LocalGraph _graph;
    private readonly string _from;
    private readonly string _to;
    private readonly int _limit;
    private readonly FilterSpec _filter;
    private readonly CancellationToken _cancellationToken;
    private readonly List<Adjacent> _edgeStack = [];

    public PathEnumerator(LocalGraph graph, string from, string to, int limit, FilterSpec filter, CancellationToken cancellationToken)
    {
        _graph = graph;
        _adjacency = graph.Symmetric();
        _from = from;
        _to = to;
        _limit = limit;
        _filter = filter;
        _cancellationToken = cancellationToken;
    }

    public List<GraphPath> Paths { get; } = [];

    public bool Truncated { get; private set; }

    /// <summary>Forward search finds the length L; a backward search kept to nodes at forward distance L minus its own marks the nodes on shortest paths; a walk over them never dead-ends.</summary>
    public void CollectShortest(int maxHops)
    {
        var (forward, length) = Distances(_from, _filter, _to, maxHops, stopAt: _to, restrict: null, total: 0);
        if (length < 0)
        {
            return;
        }

        var (onPath, _) = Distances(_to, _filter.Reversed(), _from, length, stopAt: null, restrict: forward, total: length);
        Walk(_from, length, onPath, onStack: null);
    }

    /// <summary>Walks of each length from the shortest possible up to the limit, pruned by the distance to the end.</summary>
    public void CollectSimple(int maxHops)
    {
        var (toEnd, _) = Distances(_to, _filter.Reversed(), _from, maxHops, stopAt: null, restrict: null, total: 0);
        if (!toEnd.TryGetValue(_from, out var shortest))
        {
            return;
        }

        var onStack = new HashSet<string>(StringComparer.Ordinal) { _from };
        for (var length = shortest; length <= maxHops && !Truncated; length++)
        {
            Walk(_from, length, toEnd, onStack);
        }
    }

    private IReadOnlyList<Adjacent> Neighbours(string node) => _adjacency.TryGetValue(node, out var list) ? list : [];

    private (Dictionary<string, int> Distance, int ReachedAt) Distances(
        string origin, FilterSpec filter, string labelExempt, int maxDepth, string? stopAt, Dictionary<string, int>? restrict, int total)
    {
        var distance = new Dictionary<string, int>(StringComparer.Ordinal) { [origin] = 0 };
        var front = new List<string> { origin };
        for (var level = 0; level < maxDepth && front.Count > 0; level++)
        {
            var next = new List<string>();
            var reached = false;
            foreach (var node in front)
            {
                foreach (var adjacent in Neighbours(node))
                {
                    var other = adjacent.Other;
                    if (!filter.Follows(adjacent.Edge, node)
                        || distance.ContainsKey(other)
                        || (other != labelExempt && !filter.LabelPasses(_graph.Node(other).Label)))
                    {
                        continue;
                    }

                    if (restrict is not null && (!restrict.TryGetValue(other, out var there) || there != total - level - 1))
                    {
                        continue;
                    }

                    distance[other] = level + 1;
                    next.Add(other);
                    reached |= other == stopAt;
                }
            }

            if (reached)
            {
                return (distance, level + 1);
            }

            front = next;
        }

        return (distance, -1);
    }

    private void Walk(string node, int length, Dictionary<string, int> allowed, HashSet<string>? onStack)
    {
        _cancellationToken.ThrowIfCancellationRequested();
        var depth = _edgeStack.Count;
        var remaining = length - depth - 1;
        var candidates = new List<Adjacent>();
        foreach (var adjacent in Neighbours(node))
        {
            var other = adjacent.Other;
            if (!allowed.TryGetValue(other, out var toEnd) || !_filter.Follows(adjacent.Edge, node))
            {
                continue;
            }

            if (other == _to ? remaining == 0 : remaining > 0 && toEnd <= remaining && onStack?.Contains(other) != true)
            {
                candidates.Add(adjacent);
            }
        }

        candidates.Sort((a, b) =>
        {
            var byNode = string.CompareOrdinal(a.Other, b.Other);
            return byNode != 0 ? byNode : string.CompareOrdinal(a.Edge.Id, b.Edge.Id);
        });
        foreach (var candidate in candidates)
        {
            _edgeStack.Add(candidate);
            try
            {
                if (candidate.Other == _to)
                {
                    if (Paths.Count >= _limit)
                    {
                        Truncated = true;
                        return;
                    }

                    Paths.Add(Build());
                    continue;
                }

                onStack?.Add(candidate.Other);
                Walk(candidate.Other, length, allowed, onStack);
                onStack?.Remove(candidate.Other);
                if (Truncated)
                {
                    return;
                }
            }
            finally
            {
                _edgeStack.RemoveAt(_edgeStack.Count - 1);
            }
        }
    }

    private GraphPath Build()
    {
        var nodes = new List<NodeRef>(_edgeStack.Count + 1) { _graph.Node(_from) };
        nodes.AddRange(_edgeStack.Select(a => _graph.Node(a.Other)));
        return new GraphPath(nodes, [.. _edgeStack.Select(a => a.Edge)]);
    }
}
