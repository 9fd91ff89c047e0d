using System.Text.Json;
using Clues.Cli.BenchLoad;
using Clues.Cli.Commands;
using Clues.Cli.Tests.Fuzz;
using Xunit.Abstractions;

namespace Clues.Cli.Tests.BenchLoad;

/// <summary>
/// The CI variant of <c>clues bench load</c>: about 20 seconds of the mixed office load at a low rate against the real
/// API process, with zero errors and handover items moved all the way to APPROVED. Latency figures are printed, not
/// asserted (they depend on the machine); the command itself says when a target is missed.
/// </summary>
[Collection(HeavyRunsCollection.Name)]
public sealed class LoadBenchTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Twenty_seconds_of_mixed_reads_registrations_and_handover_steps_have_no_errors()
    {
        var options = new LoadBenchOptions(null, TimeSpan.FromSeconds(15), Rate: 25, Connections: 16, Warmup: TimeSpan.FromSeconds(5));

        var report = await LoadBenchmark.RunAsync(options, output.WriteLine, CancellationToken.None);

        var json = BenchLoadCommand.ToJson(report);
        output.WriteLine(json);
        Assert.True(report.Errors == 0, "Errors:\n" + string.Join("\n", report.ErrorSamples));
        Assert.True(report.ServerAlive);
        Assert.Equal(0, report.ServerErrorLogLines);
        Assert.Equal(LoadWorkload.Kinds, report.Kinds.Select(k => k.Kind));
        Assert.All(report.Kinds.Where(k => k.Kind is not (LoadWorkload.Propose or LoadWorkload.File or LoadWorkload.Approve)), k => Assert.True(k.Requests > 0, $"No {k.Kind} request was measured."));
        Assert.True(report.Handover.Approved > 1, $"Handover items did not reach APPROVED: {report.Handover}");
        Assert.True(report.Handover.CluesRegistered >= report.Handover.CluesDrafted);
        Assert.True(report.Requests > 250, $"Only {report.Requests} requests were measured.");
        Assert.InRange(report.AchievedRate, 15, 35);
        Assert.True(report.Rss.Count >= 2 && report.Rss.All(s => s.Bytes > 0));

        // The collector the served API runs with, as shipped: server GC (ServerGcRelaunch) with a fixed heap count and
        // a capped gen-0 budget (Clues.Cli.csproj), which keeps its memory from climbing under this load.
        Assert.Equal($"server GC, {Environment.ProcessorCount} heaps, background gen 2, DATAS off, gen-0 budget ≤ 32 MB per heap, conserve memory 9", report.ServerGc);
        using var parsed = JsonDocument.Parse(json);
        Assert.True(parsed.RootElement.TryGetProperty("meetsTargets", out _));
        Assert.True(parsed.RootElement.GetProperty("p99Ms").GetDouble() >= parsed.RootElement.GetProperty("p50Ms").GetDouble());
    }
}
