using Clues.Core.Graph;
using Clues.Core.Model;
using static Clues.Graph.Embedded.Tests.Records;

namespace Clues.Graph.Embedded.Tests;

/// <summary>
/// Compares the index-based traversals with slow, obviously-correct reference answers computed from
/// the written records, on random graphs with parallel edges, self-loops, validity intervals, and
/// after incremental updates, deletes and a reopen.
/// </summary>
public sealed class TraversalCrossCheckTests : IDisposable
{
    private static readonly NodeLabel[] Labels = [NodeLabel.Person, NodeLabel.Unit, NodeLabel.Company];
    private static readonly RelType[] Types = [RelType.RelativeOf, RelType.AssociateOf, RelType.ShareholderOf, RelType.Holds];
    private static readonly TraversalFilter[] Filters =
    [
        TraversalFilter.All,
        new(RelTypes: new HashSet<RelType> { RelType.RelativeOf, RelType.AssociateOf }),
        new(NodeLabels: new HashSet<NodeLabel> { NodeLabel.Person, NodeLabel.Company }),
        new(Direction: Direction.Outgoing),
        new(Direction: Direction.Incoming, Window: TimeWindow.At(new DateOnly(2020, 6, 1))),
        new(new HashSet<RelType> { RelType.ShareholderOf, RelType.Holds, RelType.AssociateOf }, new HashSet<NodeLabel> { NodeLabel.Unit, NodeLabel.Person }, Direction.Both, new TimeWindow(new DateOnly(2019, 1, 1), null)),
    ];

    private readonly TempStoreDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    // Seeds 4 and 5 give relationships the ids GraphBatchBuilder derives from type and ends (some with a
    // discriminator), which the index does not keep; moving such a relationship makes its id its own.
    [Theory]
    [InlineData(1, false)]
    [InlineData(2, false)]
    [InlineData(3, false)]
    [InlineData(4, true)]
    [InlineData(5, true)]
    public async Task Traversals_agree_with_brute_force_reference_answers(int seed, bool derivedIds)
    {
        var random = new Random(seed);
        var nodes = new Dictionary<string, NodeRecord>();
        var rels = new Dictionary<string, RelationshipRecord>();
        EmbeddedGraphStore store = await _directory.OpenAsync();
        try
        {
            for (int i = 0; i < 40; i++)
            {
                nodes[$"n{i:D2}"] = Node($"n{i:D2}", Labels[random.Next(Labels.Length)], $"名{i}");
            }

            for (int i = 0; i < 110; i++)
            {
                RelationshipRecord rel = RandomRel(derivedIds ? null : $"r{i:D3}", random, [.. nodes.Keys]);
                rel = rels.ContainsKey(rel.Id) ? rel with { Id = GraphBatchBuilder.IdOf(rel.Type, rel.StartId, rel.EndId, $"{i}") } : rel;
                rels[rel.Id] = rel;
            }

            await store.WriteAsync(Batch(nodes.Values, rels.Values));
            await CheckAsync(store, nodes, rels, random);

            // Incremental changes: move some edges, delete some, delete two nodes, add new ones.
            var update = new GraphBatch
            {
                Relationships = [.. rels.Keys.Take(15).Select(id => RandomRel(id, random, [.. nodes.Keys.Skip(2)]))],
                DeleteRelationships = [.. rels.Keys.Skip(15).Take(10)],
                DeleteNodes = ["n00", "n01"],
                Nodes = [Node("n40", NodeLabel.Person, "新"), Node("n41", NodeLabel.Company, "新司")],
            };
            await store.WriteAsync(update);
            foreach (RelationshipRecord rel in update.Relationships)
            {
                rels[rel.Id] = rel;
            }

            foreach (string id in update.DeleteRelationships)
            {
                rels.Remove(id);
            }

            nodes.Remove("n00");
            nodes.Remove("n01");
            foreach (string id in rels.Values.Where(r => r.StartId is "n00" or "n01" || r.EndId is "n00" or "n01").Select(r => r.Id).ToList())
            {
                rels.Remove(id);
            }

            nodes["n40"] = update.Nodes[0];
            nodes["n41"] = update.Nodes[1];
            var extra = new List<RelationshipRecord>();
            for (int i = 0; i < 20; i++)
            {
                RelationshipRecord rel = RandomRel(derivedIds ? null : $"x{i:D2}", random, [.. nodes.Keys]);
                if (!rels.ContainsKey(rel.Id) && extra.All(r => r.Id != rel.Id))
                {
                    extra.Add(rel);
                }
            }

            await store.WriteAsync(Batch(rels: extra));
            extra.ForEach(r => rels[r.Id] = r);
            await CheckAsync(store, nodes, rels, random);

            await store.DisposeAsync();
            store = await _directory.OpenAsync();
            await CheckAsync(store, nodes, rels, random);
        }
        finally
        {
            await store.DisposeAsync();
        }
    }

    private static RelationshipRecord RandomRel(string? id, Random random, List<string> nodeIds)
    {
        string start = nodeIds[random.Next(nodeIds.Count)];
        string end = random.Next(25) == 0 ? start : nodeIds[random.Next(nodeIds.Count)];
        DateOnly? from = random.Next(3) == 0 ? new DateOnly(2016 + random.Next(5), 1 + random.Next(12), 1) : null;
        DateOnly? to = random.Next(3) == 0 ? new DateOnly(2021 + random.Next(3), 1 + random.Next(12), 1) : null;
        RelType type = Types[random.Next(Types.Length)];
        return Rel(id ?? GraphBatchBuilder.IdOf(type, start, end), type, start, end, from, to);
    }

    private static async Task CheckAsync(EmbeddedGraphStore store, Dictionary<string, NodeRecord> nodes, Dictionary<string, RelationshipRecord> rels, Random random)
    {
        var reference = new Reference(nodes, rels);
        List<string> ids = [.. nodes.Keys.Order(StringComparer.Ordinal)];
        int connected = 0;
        foreach (TraversalFilter filter in Filters)
        {
            for (int trial = 0; trial < 12; trial++)
            {
                string a = ids[random.Next(ids.Count)];
                string b = ids[random.Next(ids.Count)];
                connected += await CheckPathsAsync(store, reference, filter, a, b) ? 1 : 0;
                await CheckNeighbourhoodAsync(store, reference, filter, a, 1 + random.Next(3), 1 + random.Next(25));
            }

            IReadOnlyList<DegreeCounts> degrees = await store.GetDegreesAsync(ids, filter);
            Assert.Equal(ids.Select(id => reference.Steps(id, filter, exempt: id).Count), degrees.Select(d => d.Total));
        }

        // Guard against a generator that makes the comparisons vacuous.
        Assert.True(connected >= 20, $"Only {connected} of {Filters.Length * 12} pairs were connected.");
    }

    private static async Task<bool> CheckPathsAsync(EmbeddedGraphStore store, Reference reference, TraversalFilter filter, string from, string to)
    {
        const int MaxHops = 5;
        Dictionary<string, int> distance = reference.Distances(from, filter, exempt: to, MaxHops);
        int? expected = distance.TryGetValue(to, out int d) ? d : null;
        GraphPath? shortest = await store.ShortestPathAsync(from, to, new PathQuery(filter, MaxHops));
        Assert.Equal(expected, shortest?.Length);
        if (shortest is not null)
        {
            reference.AssertValid(shortest, filter, from, to);
        }

        PathSet all = await store.AllShortestPathsAsync(from, to, new PathQuery(filter, MaxHops, 100_000));
        List<List<string>> simple = reference.SimplePaths(from, to, filter, MaxHops);
        int shortestCount = expected is null ? 0 : simple.Count(p => p.Count == expected);
        Assert.Equal(shortestCount, all.Paths.Count);
        Assert.False(all.Truncated);
        Assert.Equal(all.Paths.Count, all.Paths.Select(p => string.Join(",", p.Edges.Select(e => e.Id))).Distinct().Count());
        foreach (GraphPath path in all.Paths)
        {
            Assert.Equal(expected, path.Length);
            reference.AssertValid(path, filter, from, to);
        }

        PathSet simpleSet = await store.AllSimplePathsAsync(from, to, new PathQuery(filter, MaxHops, 100_000));
        Assert.Equal(
            simple.Select(p => string.Join(",", p)).Order(StringComparer.Ordinal),
            simpleSet.Paths.Select(p => string.Join(",", p.Edges.Select(e => e.Id))).Order(StringComparer.Ordinal));
        Assert.Equal(simpleSet.Paths.Select(p => p.Length).Order(), simpleSet.Paths.Select(p => p.Length));

        if (simple.Count > 1 && from != to)
        {
            // Cutting the set keeps the shortest paths and says it cut.
            PathSet cut = await store.AllSimplePathsAsync(from, to, new PathQuery(filter, MaxHops, simple.Count - 1));
            Assert.True(cut.Truncated);
            Assert.Equal(simple.Select(p => p.Count).Order().Take(simple.Count - 1), cut.Paths.Select(p => p.Length));
        }

        return shortest is not null && from != to;
    }

    private static async Task CheckNeighbourhoodAsync(EmbeddedGraphStore store, Reference reference, TraversalFilter filter, string center, int depth, int limit)
    {
        Neighborhood n = await store.GetNeighborhoodAsync(center, new NeighborhoodQuery(depth, filter, limit));
        Dictionary<string, int> distance = reference.Distances(center, filter, exempt: center, depth);
        List<string> expectedTaken = [.. distance.OrderBy(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).Take(limit).Select(kv => kv.Key)];
        Assert.Equal(distance.Count - 1, n.TotalReachable);
        Assert.Equal(distance.Count - expectedTaken.Count, n.OmittedNodes);
        Assert.Equal(expectedTaken, n.Nodes.Select(x => x.Node.Id));
        var taken = expectedTaken.ToHashSet();
        Assert.Equal(
            reference.Rels.Values.Where(r => taken.Contains(r.StartId) && taken.Contains(r.EndId) && Reference.TypeAndWindowPass(r, filter)).Select(r => r.Id).Order(StringComparer.Ordinal),
            n.Edges.Select(e => e.Id).Order(StringComparer.Ordinal));
        foreach (NeighborhoodNode node in n.Nodes)
        {
            Assert.Equal(distance[node.Node.Id], node.Depth);
            List<(RelationshipRecord Rel, string Other)> steps = reference.Steps(node.Node.Id, filter, exempt: node.Node.Id, alsoExempt: center);
            Assert.Equal(steps.Count, node.Degree);
            Assert.Equal(steps.Select(s => s.Other).Where(o => !taken.Contains(o)).Distinct().Count(), node.OmittedNeighbors);
        }
    }

    /// <summary>The port's rules written as plainly as possible, over the records themselves.</summary>
    private sealed class Reference(Dictionary<string, NodeRecord> nodes, Dictionary<string, RelationshipRecord> rels)
    {
        public Dictionary<string, RelationshipRecord> Rels => rels;

        public static bool TypeAndWindowPass(RelationshipRecord rel, TraversalFilter filter) =>
            (filter.RelTypes is null || filter.RelTypes.Contains(rel.Type))
            && (filter.Window is not { } window || window.Overlaps(rel.ValidFrom, rel.ValidTo));

        /// <summary>Edges followable from <paramref name="node"/> and where they lead; labels are not checked on the exempt nodes.</summary>
        public List<(RelationshipRecord Rel, string Other)> Steps(string node, TraversalFilter filter, string exempt, string? alsoExempt = null)
        {
            var steps = new List<(RelationshipRecord, string)>();
            foreach (RelationshipRecord rel in rels.Values)
            {
                bool isStart = rel.StartId == node;
                bool isEnd = rel.EndId == node;
                if ((!isStart && !isEnd) || !TypeAndWindowPass(rel, filter)
                    || (filter.Direction == Direction.Outgoing && !isStart)
                    || (filter.Direction == Direction.Incoming && !isEnd))
                {
                    continue;
                }

                string other = isStart ? rel.EndId : rel.StartId;
                if (other != exempt && other != alsoExempt && filter.NodeLabels is not null && !filter.NodeLabels.Contains(nodes[other].Label))
                {
                    continue;
                }

                steps.Add((rel, other));
            }

            return steps;
        }

        public Dictionary<string, int> Distances(string origin, TraversalFilter filter, string exempt, int maxDepth)
        {
            var distance = new Dictionary<string, int> { [origin] = 0 };
            var frontier = new List<string> { origin };
            for (int level = 1; level <= maxDepth && frontier.Count > 0; level++)
            {
                var next = new List<string>();
                foreach (string node in frontier)
                {
                    foreach ((_, string other) in Steps(node, filter, exempt))
                    {
                        if (distance.TryAdd(other, level))
                        {
                            next.Add(other);
                        }
                    }
                }

                frontier = next;
            }

            return distance;
        }

        /// <summary>Every simple path as its list of relationship ids, by exhaustive search.</summary>
        public List<List<string>> SimplePaths(string from, string to, TraversalFilter filter, int maxHops)
        {
            var found = new List<List<string>>();
            if (from == to)
            {
                found.Add([]);
                return found;
            }

            var onPath = new HashSet<string> { from };
            var edges = new List<string>();
            void Walk(string node)
            {
                if (edges.Count == maxHops)
                {
                    return;
                }

                foreach ((RelationshipRecord rel, string other) in Steps(node, filter, exempt: to))
                {
                    if (other == to)
                    {
                        found.Add([.. edges, rel.Id]);
                    }
                    else if (onPath.Add(other))
                    {
                        edges.Add(rel.Id);
                        Walk(other);
                        edges.RemoveAt(edges.Count - 1);
                        onPath.Remove(other);
                    }
                }
            }

            Walk(from);
            return found;
        }

        public void AssertValid(GraphPath path, TraversalFilter filter, string from, string to)
        {
            Assert.Equal(path.Edges.Count + 1, path.Nodes.Count);
            Assert.Equal(from, path.Nodes[0].Id);
            Assert.Equal(to, path.Nodes[^1].Id);
            Assert.Equal(path.Nodes.Count, path.Nodes.Select(n => n.Id).Distinct().Count());
            for (int i = 0; i < path.Edges.Count; i++)
            {
                Assert.Contains(Steps(path.Nodes[i].Id, filter, exempt: to), s => s.Rel.Id == path.Edges[i].Id && s.Other == path.Nodes[i + 1].Id);
            }
        }
    }
}
