using Clues.Cli.Bench;

namespace Clues.Cli.Tests.Bench;

public sealed class KuzuPeerTests
{
    [Fact]
    public async Task The_kuzu_peer_builds_neighbourhoods_and_counts_two_hop_neighbours_and_path_lengths_as_worked_out_by_hand()
    {
        RequireKuzuInstalled();

        var run = await new KuzuPeer().RunAsync(HandMadeGraph.Build(), HandMadeGraph.Sample(), TextWriter.Null, CancellationToken.None);

        HandMadeGraphAssertions.AnswersMatchTheHandWorkedValues(run);
        var lengthOnly = run.Extra["shortestPathLengthOnly"];
        Assert.True(lengthOnly.Succeeded, lengthOnly.Error);
        Assert.Equal(run.ShortestPath!.Results, lengthOnly.Results);
        var countShortest = run.Extra["twoHopCountShortest"];
        Assert.True(countShortest.Succeeded, countShortest.Error);
        Assert.Equal(run.TwoHopCount!.Results, countShortest.Results);
    }

    [Fact]
    public async Task The_kuzu_peer_reports_how_to_install_kuzu_when_its_packages_are_missing()
    {
        using var folder = new TempFolder();
        var script = Path.Combine(KuzuScriptDirectory(), "peer.mjs");
        File.Copy(script, Path.Combine(folder.Path, "peer.mjs"));

        var run = await new KuzuPeer(folder.Path).RunAsync(HandMadeGraph.Build(), HandMadeGraph.Sample(), TextWriter.Null, CancellationToken.None);

        Assert.Equal($"kuzu is not installed: {KuzuPeer.InstallHint}", run.Error);
    }

    /// <summary>
    /// Fails (never skips) without node_modules: a skipped peer test would let a broken peer ship.
    /// </summary>
    internal static void RequireKuzuInstalled()
    {
        var directory = KuzuScriptDirectory();
        Assert.True(
            File.Exists(Path.Combine(directory, "node_modules", "kuzu", "package.json")),
            $"The Kùzu peer is not installed in {directory}: {KuzuPeer.InstallHint} (needs Node 20+ and npm).");
    }

    private static string KuzuScriptDirectory()
    {
        var directory = KuzuPeer.LocateScriptDirectory();
        Assert.True(directory is not null, $"Clues.sln not found above {AppContext.BaseDirectory}; set {KuzuPeer.DirectoryVariable}.");
        return directory;
    }
}
