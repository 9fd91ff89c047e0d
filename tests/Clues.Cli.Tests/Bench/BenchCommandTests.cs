using System.Diagnostics;
using System.Text.Json;
using Clues.Cli.Commands;

namespace Clues.Cli.Tests.Bench;

public sealed class BenchCommandTests
{
    [Fact]
    public async Task Bench_graph_with_json_prints_exactly_one_json_object_and_keeps_progress_on_stderr()
    {
        KuzuPeerTests.RequireKuzuInstalled();
        using var folder = new TempFolder();

        var (exitCode, stdout, stderr) = await RunCluesAsync(
            "bench", "graph", "--data", folder.Path, "--synthetic-persons", "200", "--samples", "40", "--seed", "9", "--json");

        Assert.True(exitCode == 0, $"exit {exitCode}\n{stderr}");
        var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Single(lines);
        using var json = JsonDocument.Parse(lines[0]);
        var queries = json.RootElement.GetProperty("queries");
        Assert.Equal(["twoHop", "twoHopCount", "shortestPath", "nameSearch"], queries.EnumerateObject().Select(p => p.Name));
        Assert.Equal(["clues", "sqliteCte", "kuzu"], queries.GetProperty("twoHop").EnumerateObject().Select(p => p.Name));
        Assert.Equal(0, json.RootElement.GetProperty("agreement").GetProperty("mismatches").GetInt32());
        Assert.Contains("timing twoHop", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bench_graph_on_a_folder_without_a_store_says_how_to_create_one()
    {
        using var folder = new TempFolder();

        var (exitCode, stdout, stderr) = await RunCluesAsync("bench", "graph", "--data", folder.Path, "--json");

        Assert.Equal(2, exitCode);
        Assert.Empty(stdout);
        Assert.Contains("clues seed", stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("kuzu,clues", new[] { "clues", "kuzu" })]
    [InlineData(" SQLITECTE ", new[] { "sqliteCte" })]
    [InlineData("clues,clues", new[] { "clues" })]
    public void Peers_are_accepted_in_any_case_and_order_and_reported_in_the_canonical_order(string text, string[] expected)
    {
        Assert.True(BenchCommand.TryParsePeers(text, out var peers, out var error), error);
        Assert.Equal(expected, peers);
    }

    [Theory]
    [InlineData("clues,neo4j", "neo4j")]
    [InlineData(",", "names no peer")]
    public void Unknown_or_missing_peers_are_refused_with_the_allowed_names(string text, string expectedInError)
    {
        Assert.False(BenchCommand.TryParsePeers(text, out _, out var error));
        Assert.Contains(expectedInError, error, StringComparison.Ordinal);
        Assert.Contains("clues,sqliteCte,kuzu", error, StringComparison.Ordinal);
    }

    /// <summary>Runs the built <c>clues</c> as its own process so stdout holds only what the command printed.</summary>
    private static async Task<(int ExitCode, string StdOut, string StdErr)> RunCluesAsync(params string[] args)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "clues.dll");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(dll);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        var stdout = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var stderr = process.StandardError.ReadToEndAsync(timeout.Token);
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await stdout, await stderr);
    }
}
