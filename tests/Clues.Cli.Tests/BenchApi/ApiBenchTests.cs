using System.Text.Json;
using Clues.Cli.BenchApi;
using Clues.Cli.BenchGraphQL;
using Clues.Cli.Commands;
using Clues.Cli.Tests.BenchGraphQL;
using Clues.Graph.Embedded;
using Clues.Seed;

namespace Clues.Cli.Tests.BenchApi;

/// <summary>
/// A short <c>clues bench api</c> run on the demo preset: the report has its shape and nothing failed. Figures are
/// not asserted (they depend on the machine); the bench itself says when a target is missed.
/// </summary>
public sealed class ApiBenchTests
{
    [Fact]
    public async Task A_short_run_on_the_demo_store_reports_every_figure_with_zero_errors_and_leaves_the_store_untouched()
    {
        await BenchPrerequisites.RequireWrkAsync();
        using var data = new Commands.TempDirectory();
        await using (var store = await EmbeddedGraphStore.OpenAsync(new EmbeddedGraphStoreOptions(data.Path)))
        {
            await SeedGenerator.RunAsync(store, new SeedOptions(SeedPreset.Demo));
        }

        var before = Directory.GetFiles(data.Path).Select(f => (Path.GetFileName(f), new FileInfo(f).Length, File.GetLastWriteTimeUtc(f))).OrderBy(f => f.Item1).ToList();

        var report = await ApiBenchmark.RunAsync(new ApiBenchOptions(new DirectoryInfo(data.Path), Samples: 10, Duration: TimeSpan.FromSeconds(2), Connections: 4), _ => { }, CancellationToken.None);
        using var json = JsonDocument.Parse(BenchApiCommand.ToJson(report));
        var root = json.RootElement;

        var after = Directory.GetFiles(data.Path).Select(f => (Path.GetFileName(f), new FileInfo(f).Length, File.GetLastWriteTimeUtc(f))).OrderBy(f => f.Item1).ToList();
        Assert.Equal(before, after);
        Assert.True(root.GetProperty("nodes").GetInt64() > 1000);
        Assert.True(root.GetProperty("relationships").GetInt64() > 1000);
        Assert.Equal(["neighborhood2", "shortestPath", "keyPersons"], root.GetProperty("latency").EnumerateArray().Select(l => l.GetProperty("key").GetString()));
        foreach (var latency in root.GetProperty("latency").EnumerateArray())
        {
            Assert.Equal(0, latency.GetProperty("errors").GetInt32());
            Assert.True(latency.GetProperty("p50Ms").GetDouble() > 0);
            Assert.True(latency.GetProperty("p99Ms").GetDouble() >= latency.GetProperty("p50Ms").GetDouble());
            Assert.True(latency.GetProperty("targetP50Ms").GetDouble() > 0);
            Assert.True(latency.GetProperty("meanResponseBytes").GetInt64() > 0);
            Assert.Contains(latency.GetProperty("meetsTarget").ValueKind, new[] { JsonValueKind.True, JsonValueKind.False });
        }

        var load = root.GetProperty("load");
        Assert.Equal(0, load.GetProperty("errors").GetInt64());
        Assert.True(load.GetProperty("requests").GetInt64() > 0);
        Assert.True(load.GetProperty("requestsPerSecond").GetDouble() > 0);
        Assert.True(load.GetProperty("p99Ms").GetDouble() > 0);
        Assert.True(load.GetProperty("bytesPerRequest").GetInt64() > 0);
        Assert.StartsWith("wrk ", load.GetProperty("wrk").GetString(), StringComparison.Ordinal);
        Assert.Contains("neighborhood", load.GetProperty("mix").EnumerateArray().Select(m => m.GetString()));
        Assert.True(root.TryGetProperty("meetsTargets", out _));
    }

    [Fact]
    public void The_mixed_load_script_rotates_every_body_and_sends_the_token()
    {
        var script = WrkScript.Create(["{\"query\":\"{a}\"}", "{\"query\":\"{b}\"}"], new Dictionary<string, string> { ["Authorization"] = "Bearer t0k]]en" });

        Assert.Contains("wrk.headers[ [=[Authorization]=] ] = [=[Bearer t0k]]en]=]", script, StringComparison.Ordinal);
        Assert.Contains("[=[{\"query\":\"{a}\"}]=],", script, StringComparison.Ordinal);
        Assert.Contains("[=[{\"query\":\"{b}\"}]=],", script, StringComparison.Ordinal);
        Assert.Contains("request = function()", script, StringComparison.Ordinal);
        Assert.Contains(WrkScript.Marker, script, StringComparison.Ordinal);
    }
}
