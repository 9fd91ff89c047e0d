using Clues.Cli.BenchCrash;
using Clues.Cli.Tests.Commands;
using Xunit.Abstractions;

namespace Clues.Cli.Tests.BenchCrash;

/// <summary>The crash harness behind <c>clues bench crash</c>: real children of the CLI, really SIGKILLed.</summary>
public sealed class CrashHarnessTests(ITestOutputHelper output) : IDisposable
{
    private readonly TempDirectory _directory = new();

    public void Dispose()
    {
        _directory.Dispose();
        var keys = CrashFixture.KeysFor(_directory.Path);
        if (Directory.Exists(keys))
        {
            Directory.Delete(keys, recursive: true);
        }
    }

    [Fact]
    public async Task Twenty_one_random_SIGKILLs_of_the_clues_child_across_import_clue_registration_and_handover_lose_nothing_acknowledged()
    {
        var report = await CrashHarness.RunAsync(new CrashHarnessOptions(_directory.Path, 21), new TestOutputWriter(output));

        output.WriteLine($"kills {report.Kills}, acknowledged {report.TotalAcknowledged} ({string.Join(", ", report.Acknowledged.Select(p => $"{p.Key} {p.Value}"))}), losses {report.Losses}, corrupt {report.CorruptStores}");
        Assert.True(report.Passed, string.Join("\n", report.Problems));
        Assert.Equal(21, report.Kills);
        Assert.All(Enum.GetValues<CrashWorkload>(), w => Assert.True(report.Acknowledged[w] > 0, $"no {w} write was acknowledged before the kills, so {w} was not exercised"));
    }

    [Fact]
    public void An_acknowledged_import_batch_that_is_missing_counts_as_a_loss()
    {
        var tally = new CrashTally();

        var next = ImportWorkload.Check(_directory.Path, [ImportWorkload.AckId(3)], tally);

        Assert.Equal(0, next);
        Assert.Equal(1, tally.Losses);
        Assert.Contains("batch 3", tally.Problems[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_acknowledged_clue_that_is_missing_counts_as_a_loss_in_every_store()
    {
        CrashFixture.EnsureKeys(_directory.Path);
        await using (var log = CrashFixture.OpenAudit(_directory.Path, CrashFixture.AuditKeyFor(_directory.Path)))
        {
            await log.AppendAsync(new Core.Audit.AuditEntry("u", DateTimeOffset.UtcNow, "Start", null, null, null));
        }

        var tally = new CrashTally();
        await using (var store = await Graph.Embedded.EmbeddedGraphStore.OpenAsync(new Graph.Embedded.EmbeddedGraphStoreOptions(_directory.Path)))
        {
            await ClueWorkload.CheckAsync(_directory.Path, store, [ClueWorkload.AckPrefix + "crash-clue-1-0"], tally, CancellationToken.None);
        }

        // Not in the graph, not sealed, not audited: three losses for the one clue.
        Assert.Equal(3, tally.Losses);
        Assert.Equal(0, tally.Corruptions);
    }

    [Fact]
    public async Task The_child_verb_is_hidden_from_help_and_refuses_an_unknown_workload_as_a_usage_error()
    {
        // The kill test above runs the verb for real; a child that is not killed writes forever, so none is started here.
        var help = await CliProcess.RunAsync("bench", "crash", "--help");
        var refused = await CliProcess.RunAsync("bench", "crash", "child", "Robot", _directory.Path, "1", "0");

        Assert.Equal(0, help.ExitCode);
        Assert.Contains("clues bench crash [options]", help.StdOut, StringComparison.Ordinal);
        Assert.DoesNotContain("Commands:", help.StdOut, StringComparison.Ordinal);
        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("Robot", refused.StdErr, StringComparison.Ordinal);
    }
}
