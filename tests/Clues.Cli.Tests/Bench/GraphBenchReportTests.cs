using System.Text.Json;
using Clues.Cli.Bench;

namespace Clues.Cli.Tests.Bench;

public sealed class GraphBenchReportTests
{
    private static readonly GraphBenchOptions Options = new(3, 1, GraphBenchOptions.AllPeers);

    [Fact]
    public void A_peer_that_cannot_run_appears_in_every_query_with_its_error_instead_of_figures()
    {
        var (graph, sample) = ThreeInputs();
        PeerRun[] runs =
        [
            Run("clues", [Hood("ab", 1), Hood("ba", 2), Hood("c", 3)], [1, 2, 3], [1, null, 2]),
            Run("sqliteCte", [Hood("ab", 1), Hood("ba", 2), Hood("c", 3)], [1, 2, 3], [1, null, 2]),
            PeerRun.Failed("kuzu", "kuzu is not installed: run npm ci --prefix src/Clues.Cli/Bench/Kuzu"),
        ];

        var report = GraphBenchmark.BuildReport(graph, 3, 1.0, sample, Options, runs);
        using var json = JsonDocument.Parse(report.ToJson());
        var queries = json.RootElement.GetProperty("queries");

        Assert.Equal(["twoHop", "twoHopCount", "shortestPath", "nameSearch"], queries.EnumerateObject().Select(p => p.Name));
        foreach (var kind in new[] { "twoHop", "twoHopCount", "shortestPath", "nameSearch" })
        {
            var kuzu = queries.GetProperty(kind).GetProperty("kuzu");
            Assert.StartsWith("kuzu is not installed", kuzu.GetProperty("error").GetString(), StringComparison.Ordinal);
            Assert.False(kuzu.TryGetProperty("p50", out _));
            Assert.True(queries.GetProperty(kind).GetProperty("clues").GetProperty("p50").GetDouble() > 0);
        }

        var agreement = json.RootElement.GetProperty("agreement");
        Assert.Equal(9, agreement.GetProperty("pairs").GetInt32()); // 3 neighbourhoods + 3 counts + 3 pairs, clues against sqliteCte
        Assert.Equal(0, agreement.GetProperty("mismatches").GetInt32());
        Assert.Equal(HandMadeGraph.NodeLimit, json.RootElement.GetProperty("nodeLimit").GetInt32());
    }

    [Fact]
    public void Disagreements_are_counted_per_comparison_and_the_first_are_listed_with_ids_and_answers()
    {
        var (graph, sample) = ThreeInputs();
        PeerRun[] runs =
        [
            Run("clues", [Hood("ab", 1), Hood("ba", 2), Hood("c", 3)], [1, 2, 3], [1, null, 2]),
            // Same totals as clues, but the second neighbourhood took its nodes in another order.
            Run("sqliteCte", [Hood("ab", 1), Hood("ab", 2), Hood("c", 3)], [1, 2, 4], [1, null, 2]),
            Run("kuzu", [Hood("ab", 1), Hood("ba", 2), Hood("c", 3, edges: 9)], [1, 2, 4], [1, 5, 2]),
        ];

        var report = GraphBenchmark.BuildReport(graph, 3, 1.0, sample, Options, runs);

        Assert.Equal(18, report.Agreement.Pairs);
        Assert.Equal(5, report.Agreement.Mismatches);
        Assert.Equal(["twoHop", "twoHop", "twoHopCount", "shortestPath"], report.Agreement.Examples.Select(e => e.Query));

        var order = report.Agreement.Examples[0];
        Assert.Equal(("n:b", (string?)null), (order.From, order.To));
        Assert.Equal(new Dictionary<string, int?> { ["clues"] = 2, ["sqliteCte"] = 2, ["kuzu"] = 2 }, order.Answers);
        Assert.NotNull(order.Neighbourhoods);
        Assert.NotEqual(order.Neighbourhoods["clues"].TakenHash, order.Neighbourhoods["sqliteCte"].TakenHash);
        Assert.Equal(9, report.Agreement.Examples[1].Neighbourhoods!["kuzu"].Edges);

        var count = report.Agreement.Examples[2];
        Assert.Equal("n:c", count.From);
        Assert.Equal(new Dictionary<string, int?> { ["clues"] = 3, ["sqliteCte"] = 4, ["kuzu"] = 4 }, count.Answers);
        Assert.Null(count.Neighbourhoods);

        var path = report.Agreement.Examples[3];
        Assert.Equal(("shortestPath", "n:a", "n:g"), (path.Query, path.From, path.To));
        Assert.Null(path.Answers["clues"]);
        Assert.Equal(5, path.Answers["kuzu"]);

        // A missing path must stay visible as null in the JSON, not vanish with the other nulls.
        using var json = JsonDocument.Parse(report.ToJson());
        var examples = json.RootElement.GetProperty("agreement").GetProperty("examples");
        Assert.Equal(JsonValueKind.Null, examples[3].GetProperty("answers").GetProperty("clues").ValueKind);
        Assert.Equal(9, examples[1].GetProperty("neighbourhoods").GetProperty("kuzu").GetProperty("edges").GetInt32());
    }

    [Fact]
    public void A_twoHop_without_neighbourhoods_is_not_compared_on_its_totals_alone()
    {
        var (graph, sample) = ThreeInputs();
        var totalsOnly = Run("sqliteCte", [Hood("ab", 1), Hood("ba", 2), Hood("c", 3)], [1, 2, 3], [1, null, 2]) with
        {
            TwoHop = Query([1, 2, 3]),
        };
        PeerRun[] runs = [Run("clues", [Hood("ab", 1), Hood("ba", 2), Hood("c", 3)], [1, 2, 3], [1, null, 2]), totalsOnly];

        var report = GraphBenchmark.BuildReport(graph, 3, 1.0, sample, Options, runs);

        Assert.Equal(6, report.Agreement.Pairs); // counts and paths only
    }

    private static (BenchGraph Graph, BenchSample Sample) ThreeInputs()
    {
        var graph = HandMadeGraph.Build();
        int a = HandMadeGraph.Index("a"), b = HandMadeGraph.Index("b"), c = HandMadeGraph.Index("c"), g = HandMadeGraph.Index("g");
        var sample = new BenchSample([a, b, c], [(a, b), (a, g), (a, c)], ["三丰", "李四", "王五"], [], [], []) { NodeLimit = HandMadeGraph.NodeLimit };
        return (graph, sample);
    }

    private static NeighbourhoodDigest Hood(string takenLetters, int total, int edges = 2) =>
        NeighbourhoodDigest.Of([.. takenLetters.Select(l => $"n:{l}")], edges, 7, 1, total);

    private static PeerRun Run(string peer, NeighbourhoodDigest[] hoods, int?[] counts, int?[] paths) =>
        new(peer, 1.0, QueryRun.FromNeighbourhoods(Latencies(hoods.Length), hoods), Query(counts), Query(paths), Query([1, 1, 1]));

    private static QueryRun Query(int?[] results) => new(Latencies(results.Length), results);

    private static double[] Latencies(int count) => [.. Enumerable.Range(0, count).Select(i => 0.5 + i)];
}
