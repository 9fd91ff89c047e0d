using Clues.Core.Graph;

namespace Clues.Seed.Tests;

public sealed class SmallWorldTests
{
    [Fact]
    public void Random_pairs_of_people_are_usually_within_six_hops()
    {
        var graph = GeneratedGraph.Demo;
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var node in graph.Nodes)
        {
            index[node.Id] = index.Count;
        }

        var adjacency = new List<int>[index.Count];
        for (var i = 0; i < adjacency.Length; i++)
        {
            adjacency[i] = [];
        }

        foreach (var rel in graph.Relationships)
        {
            adjacency[index[rel.StartId]].Add(index[rel.EndId]);
            adjacency[index[rel.EndId]].Add(index[rel.StartId]);
        }

        var people = graph.Nodes.Where(n => n.Label == NodeLabel.Person).Select(n => index[n.Id]).ToArray();
        var random = new Random(1);
        var within = 0;
        const int Pairs = 200;
        for (var p = 0; p < Pairs; p++)
        {
            var from = people[random.Next(people.Length)];
            var to = people[random.Next(people.Length)];
            if (Distance(adjacency, from, to, 6) <= 6)
            {
                within++;
            }
        }

        Assert.True(within >= Pairs * 0.9, $"Only {within} of {Pairs} random pairs of people are within 6 hops.");
    }

    private static int Distance(List<int>[] adjacency, int from, int to, int limit)
    {
        if (from == to)
        {
            return 0;
        }

        var depth = new Dictionary<int, int> { [from] = 0 };
        var queue = new Queue<int>();
        queue.Enqueue(from);
        while (queue.Count > 0)
        {
            var node = queue.Dequeue();
            var d = depth[node];
            if (d == limit)
            {
                continue;
            }

            foreach (var next in adjacency[node])
            {
                if (depth.TryAdd(next, d + 1))
                {
                    if (next == to)
                    {
                        return d + 1;
                    }

                    queue.Enqueue(next);
                }
            }
        }

        return int.MaxValue;
    }
}
