using System.Text.Json;

namespace Clues.Cli.Tests.Commands;

public sealed class SeedAndStatsCommandTests
{
    [Fact]
    public async Task Demo_seed_then_stats_prints_counts_that_add_up()
    {
        using var dir = new TempDirectory();

        var seed = await CliProcess.RunAsync("seed", "--preset", "demo", "--data", dir.Path);
        Assert.True(seed.ExitCode == 0, seed.StdErr);
        Assert.Contains("Seeded", seed.StdOut, StringComparison.Ordinal);

        var stats = await CliProcess.RunAsync("stats", "--data", dir.Path, "--json");
        Assert.True(stats.ExitCode == 0, stats.StdErr);
        using var json = JsonDocument.Parse(stats.StdOut);
        var root = json.RootElement;
        var nodes = root.GetProperty("nodes").GetInt64();
        var relationships = root.GetProperty("relationships").GetInt64();
        Assert.InRange(nodes, 1_500, 3_000);
        Assert.True(relationships > nodes, $"expected more relationships than nodes, got {relationships} for {nodes}");
        Assert.Equal(nodes, root.GetProperty("byLabel").EnumerateObject().Sum(p => p.Value.GetInt64()));
        Assert.Equal(relationships, root.GetProperty("byType").EnumerateObject().Sum(p => p.Value.GetInt64()));
        Assert.Equal(12, root.GetProperty("byLabel").EnumerateObject().Count());
    }

    [Fact]
    public async Task Seeding_twice_with_the_same_seed_gives_identical_stats()
    {
        using var first = new TempDirectory();
        using var second = new TempDirectory();

        Assert.Equal(0, (await CliProcess.RunAsync("seed", "--preset", "demo", "--seed", "7", "--data", first.Path)).ExitCode);
        Assert.Equal(0, (await CliProcess.RunAsync("seed", "--preset", "demo", "--seed", "7", "--data", second.Path)).ExitCode);

        var a = await CliProcess.RunAsync("stats", "--data", first.Path, "--json");
        var b = await CliProcess.RunAsync("stats", "--data", second.Path, "--json");
        Assert.Equal(a.StdOut, b.StdOut);
    }

    [Fact]
    public async Task Seeding_a_store_that_holds_data_is_refused_and_loses_nothing()
    {
        using var dir = new TempDirectory();
        Assert.Equal(0, (await CliProcess.RunAsync("seed", "--preset", "demo", "--data", dir.Path)).ExitCode);
        var before = await CliProcess.RunAsync("stats", "--data", dir.Path, "--json");

        var again = await CliProcess.RunAsync("seed", "--preset", "demo", "--data", dir.Path);

        Assert.Equal(2, again.ExitCode);
        Assert.Contains("already holds", again.StdErr, StringComparison.Ordinal);
        Assert.Equal(before.StdOut, (await CliProcess.RunAsync("stats", "--data", dir.Path, "--json")).StdOut);
    }

    [Fact]
    public async Task Stats_on_a_missing_store_says_how_to_create_one()
    {
        using var dir = new TempDirectory();

        var stats = await CliProcess.RunAsync("stats", "--data", Path.Combine(dir.Path, "nothing-here"), "--json");

        Assert.Equal(2, stats.ExitCode);
        Assert.Contains("clues seed --preset demo", stats.StdErr, StringComparison.Ordinal);
        Assert.Equal("", stats.StdOut);
    }

    [Fact]
    public async Task An_unknown_preset_is_refused_with_the_allowed_values()
    {
        using var dir = new TempDirectory();

        var seed = await CliProcess.RunAsync("seed", "--preset", "huge", "--data", dir.Path);

        Assert.NotEqual(0, seed.ExitCode);
        Assert.Contains("huge", seed.StdErr, StringComparison.Ordinal);
    }
}
