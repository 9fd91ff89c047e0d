using System.Text.Json;
using Clues.Cli.BenchGraphQL;
using Clues.Cli.Commands;

namespace Clues.Cli.Tests.BenchGraphQL;

/// <summary>A short real run: both servers, wrk, all three queries. Checks the report's shape, never its timings.</summary>
public sealed class GraphQLBenchEndToEndTests
{
    [Fact]
    public async Task A_one_second_run_reports_both_sides_for_every_query()
    {
        await BenchPrerequisites.RequireWrkAsync();
        BenchPrerequisites.RequireNodePeer();
        var settings = new WrkSettings(Threads: 1, Connections: 4, Duration: TimeSpan.FromSeconds(1), Warmup: TimeSpan.Zero, Timeout: TimeSpan.FromSeconds(10));
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        var log = new StringWriter();

        var report = await GraphQLBenchmark.RunAsync(new GraphQLBenchOptions(settings, BenchQueries.All), log, timeout.Token);

        using var json = JsonDocument.Parse(report.ToJson());
        var queries = json.RootElement.GetProperty("queries");
        Assert.Equal(["threeFields", "introspection", "nested"], queries.EnumerateObject().Select(q => q.Name));
        foreach (var query in queries.EnumerateObject())
        {
            foreach (var side in new[] { "clues", "graphqlJs" })
            {
                var figures = query.Value.GetProperty(side);
                Assert.False(figures.TryGetProperty("error", out var error), $"{query.Name}/{side}: {error}\n{log}");
                Assert.True(figures.GetProperty("rps").GetDouble() > 0, $"{query.Name}/{side} has no requests per second");
                Assert.True(figures.GetProperty("p99").GetDouble() > 0, $"{query.Name}/{side} has no p99");
            }

            Assert.True(query.Value.GetProperty("ratio").GetDouble() > 0);
        }

        var settingsJson = json.RootElement.GetProperty("settings");
        Assert.Equal(4, settingsJson.GetProperty("connections").GetInt32());
        Assert.Contains("11,100", settingsJson.GetProperty("nestedShape").GetString(), StringComparison.Ordinal);
        Assert.True(report.Succeeded);
    }

    [Fact]
    public void Settings_that_wrk_would_reject_are_refused_before_anything_starts()
    {
        Assert.NotNull(BenchGraphQLCommand.Validate(new WrkSettings(4, 2, TimeSpan.FromSeconds(1), TimeSpan.Zero, TimeSpan.FromSeconds(1))));
        Assert.NotNull(BenchGraphQLCommand.Validate(new WrkSettings(1, 1, TimeSpan.Zero, TimeSpan.Zero, TimeSpan.FromSeconds(1))));
        Assert.Null(BenchGraphQLCommand.Validate(new WrkSettings(2, 32, TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(3), TimeSpan.FromSeconds(10))));
    }

    [Fact]
    public async Task A_missing_node_peer_is_reported_with_the_install_command()
    {
        var empty = Directory.CreateTempSubdirectory("clues-bench-graphql-test-");
        try
        {
            File.WriteAllText(Path.Combine(empty.FullName, "server.mjs"), "// placeholder");

            var error = await Assert.ThrowsAsync<BenchSideException>(() => NodeBenchServer.StartAsync(empty.FullName, CancellationToken.None));

            Assert.Contains(NodeBenchServer.InstallHint, error.Message, StringComparison.Ordinal);
        }
        finally
        {
            empty.Delete(recursive: true);
        }
    }
}
