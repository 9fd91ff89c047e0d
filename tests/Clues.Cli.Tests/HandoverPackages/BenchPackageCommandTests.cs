using System.Text.Json.Nodes;
using Clues.Cli.Tests.Commands;

namespace Clues.Cli.Tests.HandoverPackages;

public sealed class BenchPackageCommandTests
{
    [Fact]
    public async Task Bench_package_with_json_reports_the_clues_packages_and_figures_and_keeps_progress_on_stderr()
    {
        var run = await CliProcess.RunAsync("bench", "package", "--clues", "20", "--preset", "demo", "--json");

        Assert.True(run.ExitCode == 0, run.StdErr);
        var report = JsonNode.Parse(run.StdOut)!.AsObject();
        Assert.Equal(20, report["clues"]!.GetValue<int>());
        Assert.True(report["items"]!.GetValue<int>() >= 20);
        Assert.True(report["packages"]!.GetValue<int>() >= 1);
        Assert.True(report["allVerified"]!.GetValue<bool>());
        Assert.True(report["seconds"]!.GetValue<double>() > 0);
        Assert.True(report["zipBytes"]!.GetValue<long>() > 0);
        Assert.True(report["contextNodes"]!.GetValue<int>() > 0);
        Assert.Equal(["read", "context", "approvals", "documents", "write", "handover"], report["phaseSeconds"]!.AsObject().Select(p => p.Key));
        Assert.Contains("draft", run.StdErr, StringComparison.Ordinal);
        Assert.False(report.ContainsKey("directory"), "The temporary store must be deleted unless --keep is given.");
    }

    [Fact]
    public async Task Bench_package_asking_for_more_clues_than_the_preset_holds_says_so()
    {
        var run = await CliProcess.RunAsync("bench", "package", "--clues", "5000", "--preset", "demo");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("--preset city", run.StdErr, StringComparison.Ordinal);
    }
}
