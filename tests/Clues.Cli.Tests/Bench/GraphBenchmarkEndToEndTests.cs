using System.Text.Json;
using Clues.Cli.Bench;
using Clues.Graph.Embedded;

namespace Clues.Cli.Tests.Bench;

public sealed class GraphBenchmarkEndToEndTests
{
    [Fact]
    public async Task A_benchmark_of_a_small_synthetic_store_has_all_three_peers_agreeing_on_every_answer()
    {
        KuzuPeerTests.RequireKuzuInstalled();
        using var folder = new TempFolder();
        await using var store = await EmbeddedGraphStore.OpenAsync(
            new EmbeddedGraphStoreOptions(folder.Path) { SynchronousFull = false }, null, CancellationToken.None);
        await SyntheticGraph.WriteAsync(store, persons: 400, seed: 11, TextWriter.Null, CancellationToken.None);
        var log = new StringWriter();

        var report = await GraphBenchmark.RunAsync(
            store, new GraphBenchOptions(Samples: 120, Seed: 5, GraphBenchOptions.AllPeers), TextWriter.Synchronized(log), CancellationToken.None);

        using var json = JsonDocument.Parse(report.ToJson());
        var root = json.RootElement;
        foreach (var kind in new[] { "twoHop", "twoHopCount", "shortestPath", "nameSearch" })
        {
            foreach (var peer in GraphBenchOptions.AllPeers)
            {
                var figures = root.GetProperty("queries").GetProperty(kind).GetProperty(peer);
                Assert.False(figures.TryGetProperty("error", out var error), $"{peer} {kind}: {error}\n{log}");
                Assert.True(figures.GetProperty("p99").GetDouble() >= figures.GetProperty("p50").GetDouble());
                Assert.Equal(120, figures.GetProperty("count").GetInt32());
            }
        }

        var agreement = root.GetProperty("agreement");
        Assert.True(agreement.GetProperty("mismatches").GetInt32() == 0, $"the peers disagree: {agreement}");
        // Two peers against the reference, on 120 neighbourhoods, 120 counts and 120 pairs.
        Assert.Equal(2 * (120 + 120 + 120), agreement.GetProperty("pairs").GetInt32());
        Assert.Equal(400, root.GetProperty("graph").GetProperty("persons").GetInt32());
        // The inputs must exercise the queries: some paths exist and some do not, and neighbourhoods
        // carry relationships (the default limit of 500 is not reached on 400 persons' graph).
        Assert.InRange(report.Answers!.PathsFound!.Value, 1, 119);
        Assert.True(report.Answers.TwoHopEdgesMean > 1, $"neighbourhoods came back nearly empty: {report.Answers}");
        Assert.Equal(500, root.GetProperty("nodeLimit").GetInt32());
    }
}
