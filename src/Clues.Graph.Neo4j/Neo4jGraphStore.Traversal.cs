using Clues.Core.Graph;
using Clues.Graph.Neo4j.Traversal;

namespace Clues.Graph.Neo4j;

public sealed partial class Neo4jGraphStore
{
    /// <inheritdoc />
    public async Task<Neighborhood> GetNeighborhoodAsync(string centerId, NeighborhoodQuery query, CancellationToken cancellationToken = default)
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

        var filter = FilterSpec.Compile(query.Filter, nameof(query));
        var graph = NewLocalGraph(filter);
        await graph.ExpandAsync([centerId], cancellationToken).ConfigureAwait(false);
        if (!graph.Exists(centerId))
        {
            throw new NodeNotFoundException(centerId);
        }

        // Breadth-first, one statement per level.
        var distance = new Dictionary<string, int>(StringComparer.Ordinal) { [centerId] = 0 };
        var layers = new List<List<string>> { new() { centerId } };
        for (var d = 0; d < query.Depth; d++)
        {
            await graph.ExpandAsync(layers[d], cancellationToken).ConfigureAwait(false);
            var next = new List<string>();
            foreach (var node in layers[d])
            {
                foreach (var adjacent in graph.Expanded(node))
                {
                    var other = adjacent.Other;
                    if (!distance.ContainsKey(other) && filter.LabelPasses(graph.Node(other).Label) && filter.Follows(adjacent.Edge, node))
                    {
                        distance[other] = d + 1;
                        next.Add(other);
                    }
                }
            }

            layers.Add(next);
        }

        var totalReachable = distance.Count - 1;

        // Nearest first; within a depth by ascending ordinal id.
        var taken = new List<string> { centerId };
        for (var d = 1; d <= query.Depth && taken.Count < query.NodeLimit && layers[d].Count > 0; d++)
        {
            layers[d].Sort(StringComparer.Ordinal);
            taken.AddRange(layers[d].Take(query.NodeLimit - taken.Count));
        }

        var takenSet = taken.ToHashSet(StringComparer.Ordinal);
        await graph.ExpandAsync(taken, cancellationToken).ConfigureAwait(false);
        var nodes = new List<NeighborhoodNode>(taken.Count);
        var edges = new List<EdgeRef>();
        foreach (var node in taken)
        {
            var degree = 0;
            var omitted = new HashSet<string>(StringComparer.Ordinal);
            foreach (var adjacent in graph.Expanded(node))
            {
                var other = adjacent.Other;
                var otherTaken = takenSet.Contains(other);
                if (!filter.TypeAndWindowPass(adjacent.Edge))
                {
                    continue;
                }

                // Every passing edge between two taken nodes is drawn once, from its start node.
                if (adjacent.IsStart && otherTaken)
                {
                    edges.Add(adjacent.Edge);
                }

                var countable = filter.DirectionAllows(adjacent.Edge, node)
                    && (!filter.ChecksLabel || other == centerId || other == node || filter.LabelPasses(graph.Node(other).Label));
                if (countable)
                {
                    degree++;
                    if (!otherTaken)
                    {
                        omitted.Add(other);
                    }
                }
            }

            nodes.Add(new NeighborhoodNode(graph.Node(node), distance[node], degree, omitted.Count));
        }

        return new Neighborhood(centerId, nodes, edges, totalReachable, totalReachable + 1 - taken.Count);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<DegreeCounts>> GetDegreesAsync(IReadOnlyList<string> nodeIds, TraversalFilter? filter = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(nodeIds);
        var compiled = FilterSpec.Compile(filter, nameof(filter));
        var graph = NewLocalGraph(compiled);
        await graph.ExpandAsync(nodeIds.Distinct(StringComparer.Ordinal), cancellationToken).ConfigureAwait(false);
        var result = new List<DegreeCounts>(nodeIds.Count);
        foreach (var id in nodeIds)
        {
            if (!graph.Exists(id))
            {
                throw new NodeNotFoundException(id);
            }

            int total = 0, outgoing = 0, incoming = 0;
            var byType = new Dictionary<RelType, int>();
            foreach (var adjacent in graph.Expanded(id))
            {
                if (!compiled.Follows(adjacent.Edge, id) || (adjacent.Other != id && !compiled.LabelPasses(graph.Node(adjacent.Other).Label)))
                {
                    continue;
                }

                total++;
                outgoing += adjacent.IsStart ? 1 : 0;
                incoming += adjacent.IsEnd ? 1 : 0;
                byType[adjacent.Edge.Type] = byType.GetValueOrDefault(adjacent.Edge.Type) + 1;
            }

            result.Add(new DegreeCounts(id, total, outgoing, incoming, byType));
        }

        return result;
    }

    /// <inheritdoc />
    public async Task<GraphPath?> ShortestPathAsync(string fromId, string toId, PathQuery query, CancellationToken cancellationToken = default)
    {
        var (filter, graph) = await StartPathQueryAsync(fromId, toId, query, checkLimit: false, cancellationToken).ConfigureAwait(false);
        if (fromId == toId)
        {
            return new GraphPath([graph.Node(fromId)], []);
        }

        var parent = new Dictionary<string, Adjacent?>(StringComparer.Ordinal) { [fromId] = null };
        var front = new List<string> { fromId };
        for (var level = 0; level < query.MaxHops && front.Count > 0; level++)
        {
            await graph.ExpandAsync(front, cancellationToken).ConfigureAwait(false);
            var next = new List<string>();
            foreach (var node in front)
            {
                foreach (var adjacent in graph.Expanded(node).OrderBy(a => a.Other, StringComparer.Ordinal))
                {
                    var other = adjacent.Other;
                    if (parent.ContainsKey(other)
                        || (other != toId && !filter.LabelPasses(graph.Node(other).Label))
                        || !filter.Follows(adjacent.Edge, node))
                    {
                        continue;
                    }

                    parent[other] = adjacent with { Other = node };
                    if (other == toId)
                    {
                        return Unwind(graph, parent, toId);
                    }

                    next.Add(other);
                }
            }

            front = next;
        }

        return null;
    }

    /// <inheritdoc />
    public Task<PathSet> AllShortestPathsAsync(string fromId, string toId, PathQuery query, CancellationToken cancellationToken = default) =>
        PathSetAsync(fromId, toId, query, simple: false, cancellationToken);

    /// <inheritdoc />
    public Task<PathSet> AllSimplePathsAsync(string fromId, string toId, PathQuery query, CancellationToken cancellationToken = default) =>
        PathSetAsync(fromId, toId, query, simple: true, cancellationToken);

    private async Task<PathSet> PathSetAsync(string fromId, string toId, PathQuery query, bool simple, CancellationToken cancellationToken)
    {
        var (filter, graph) = await StartPathQueryAsync(fromId, toId, query, checkLimit: true, cancellationToken).ConfigureAwait(false);
        if (fromId == toId)
        {
            return new PathSet([new GraphPath([graph.Node(fromId)], [])], false);
        }

        // Fetch every node a path of at most MaxHops can leave from: those within MaxHops - 1 steps (for
        // shortest paths, only up to the level that reaches the end). Each edge of such a path starts at one.
        var seen = new HashSet<string>(StringComparer.Ordinal) { fromId };
        var front = new List<string> { fromId };
        for (var level = 0; level < query.MaxHops && front.Count > 0; level++)
        {
            await graph.ExpandAsync(front, cancellationToken).ConfigureAwait(false);
            var next = new List<string>();
            foreach (var node in front)
            {
                foreach (var adjacent in graph.Expanded(node))
                {
                    var other = adjacent.Other;
                    if ((other == toId || filter.LabelPasses(graph.Node(other).Label)) && filter.Follows(adjacent.Edge, node) && seen.Add(other) && other != toId)
                    {
                        next.Add(other);
                    }
                }
            }

            if (!simple && seen.Contains(toId))
            {
                break;
            }

            front = next;
        }

        var enumerator = new PathEnumerator(graph, fromId, toId, query.Limit, filter, cancellationToken);
        if (simple)
        {
            enumerator.CollectSimple(query.MaxHops);
        }
        else
        {
            enumerator.CollectShortest(query.MaxHops);
        }

        return new PathSet(enumerator.Paths, enumerator.Truncated);
    }

    private async Task<(FilterSpec Filter, LocalGraph Graph)> StartPathQueryAsync(string fromId, string toId, PathQuery query, bool checkLimit, CancellationToken cancellationToken)
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

        var filter = FilterSpec.Compile(query.Filter, nameof(query));
        var graph = NewLocalGraph(filter);
        await graph.ExpandAsync([fromId, toId], cancellationToken).ConfigureAwait(false);
        foreach (var id in new[] { fromId, toId })
        {
            if (!graph.Exists(id))
            {
                throw new NodeNotFoundException(id);
            }
        }

        return (filter, graph);
    }

    // parent[x] holds the edge that reached x, with Other set to the node it came from.
    private static GraphPath Unwind(LocalGraph graph, Dictionary<string, Adjacent?> parent, string toId)
    {
        var nodes = new List<NodeRef>();
        var edges = new List<EdgeRef>();
        for (var node = toId; ;)
        {
            nodes.Add(graph.Node(node));
            if (parent[node] is not { } step)
            {
                break;
            }

            edges.Add(step.Edge);
            node = step.Other;
        }

        nodes.Reverse();
        edges.Reverse();
        return new GraphPath(nodes, edges);
    }

    private LocalGraph NewLocalGraph(FilterSpec filter) => new(ReadAsync, filter);
}
