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
            Run("clues", [1, 2, 3], [1, null, 2]),
            Run("sqliteCte", [1, 2, 3], [1, null, 2]),
            PeerRun.Failed("kuzu", "kuzu is not installed: run npm ci --prefix src/Clues.Cli/Bench/Kuzu"),
        ];

        var report = GraphBenchmark.BuildReport(graph, 3, 1.0, sample, Options, runs);
        using var json = JsonDocument.Parse(report.ToJson());
        var queries = json.RootElement.GetProperty("queries");

        foreach (var kind in new[] { "twoHop", "shortestPath", "nameSearch" })
        {
            var kuzu = queries.GetProperty(kind).GetProperty("kuzu");
            Assert.StartsWith("kuzu is not installed", kuzu.GetProperty("error").GetString(), StringComparison.Ordinal);
            Assert.False(kuzu.TryGetProperty("p50", out _));
            Assert.True(queries.GetProperty(kind).GetProperty("clues").GetProperty("p50").GetDouble() > 0);
        }

        var agreement = json.RootElement.GetProperty("agreement");
        Assert.Equal(6, agreement.GetProperty("pairs").GetInt32()); // 3 centres + 3 pairs, clues against sqliteCte
        Assert.Equal(0, agreement.GetProperty("mismatches").GetInt32());
    }

    [Fact]
    public void Disagreements_are_counted_per_comparison_and_the_first_are_listed_with_ids_and_answers()
    {
        var (graph, sample) = ThreeInputs();
        PeerRun[] runs =
        [
            Run("clues", [1, 2, 3], [1, null, 2]),
            Run("sqliteCte", [1, 2, 4], [1, null, 2]),
            Run("kuzu", [1, 2, 4], [1, 5, 2]),
        ];

        var report = GraphBenchmark.BuildReport(graph, 3, 1.0, sample, Options, runs);

        Assert.Equal(12, report.Agreement.Pairs);
        Assert.Equal(3, report.Agreement.Mismatches);
        Assert.Equal(2, report.Agreement.Examples.Count);
        var twoHop = report.Agreement.Examples[0];
        Assert.Equal(("twoHop", "n:c", (string?)null), (twoHop.Query, twoHop.From, twoHop.To));
        Assert.Equal(new Dictionary<string, int?> { ["clues"] = 3, ["sqliteCte"] = 4, ["kuzu"] = 4 }, twoHop.Answers);
        var path = report.Agreement.Examples[1];
        Assert.Equal(("shortestPath", "n:a", "n:g"), (path.Query, path.From, path.To));
        Assert.Null(path.Answers["clues"]);
        Assert.Equal(5, path.Answers["kuzu"]);

        // A missing path must stay visible as null in the JSON, not vanish with the other nulls.
        using var json = JsonDocument.Parse(report.ToJson());
        var answers = json.RootElement.GetProperty("agreement").GetProperty("examples")[1].GetProperty("answers");
        Assert.Equal(JsonValueKind.Null, answers.GetProperty("clues").ValueKind);
    }

    private static (BenchGraph Graph, BenchSample Sample) ThreeInputs()
    {
        var graph = HandMadeGraph.Build();
        int a = HandMadeGraph.Index("a"), b = HandMadeGraph.Index("b"), c = HandMadeGraph.Index("c"), g = HandMadeGraph.Index("g");
        return (graph, new BenchSample([a, b, c], [(a, b), (a, g), (a, c)], ["三丰", "李四", "王五"], [], [], []));
    }

    private static PeerRun Run(string peer, int?[] twoHop, int?[] paths) =>
        new(peer, 1.0, Query(twoHop), Query(paths), Query([1, 1, 1]));

    private static QueryRun Query(int?[] results) => new([.. results.Select((_, i) => 0.5 + i)], results);
}
