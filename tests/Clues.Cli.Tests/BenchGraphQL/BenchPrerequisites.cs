using Clues.Cli.BenchGraphQL;

namespace Clues.Cli.Tests.BenchGraphQL;

/// <summary>
/// Fails (never skips) when the bench's tools are missing, saying how to install them: a skipped test would let a
/// broken bench ship.
/// </summary>
internal static class BenchPrerequisites
{
    public static void RequireNodePeer()
    {
        var directory = NodeBenchServer.LocateScriptDirectory();
        Assert.True(directory is not null, "Clues.sln not found above the test binaries; set " + NodeBenchServer.DirectoryVariable);
        foreach (var package in new[] { "graphql", "graphql-http" })
        {
            Assert.True(
                File.Exists(Path.Combine(directory!, "node_modules", package, "package.json")),
                $"{package} is not installed in {directory}: {NodeBenchServer.InstallHint} (needs Node 20+ and npm).");
        }
    }

    public static async Task RequireWrkAsync()
    {
        try
        {
            await WrkRunner.LocateAsync(CancellationToken.None);
        }
        catch (BenchSideException e)
        {
            Assert.Fail(e.Message);
        }
    }
}
