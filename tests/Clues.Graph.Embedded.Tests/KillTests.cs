using System.Diagnostics;
using Clues.Core.Graph;
using Clues.Graph.Embedded.CrashWriter;
using Xunit.Abstractions;

namespace Clues.Graph.Embedded.Tests;

public sealed class KillTests(ITestOutputHelper output) : IDisposable
{
    private readonly TempStoreDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public async Task Every_batch_reported_committed_survives_SIGKILL_and_no_batch_is_half_there()
    {
        int next = 0;
        for (int round = 0; round < 3; round++)
        {
            // Kill at a different point each round: after the 3rd, 5th, 7th report.
            int lastReported = await RunWriterAndKillAsync(next, killAfterReports: 3 + (2 * round));
            int present = await CheckBatchesAsync(lastReported);
            output.WriteLine($"round {round}: writer reported up to batch {lastReported}; store holds batches 0..{present - 1}");
            next = present;
        }
    }

    /// <summary>Starts the crash writer, waits for the given number of committed batches, then SIGKILLs it mid-stream.</summary>
    private async Task<int> RunWriterAndKillAsync(int firstBatch, int killAfterReports)
    {
        string writerDll = Path.Combine(AppContext.BaseDirectory, "Clues.Graph.Embedded.CrashWriter.dll");
        Assert.True(File.Exists(writerDll), $"The crash writer was not built next to the tests: {writerDll}");
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(writerDll);
        start.ArgumentList.Add(_directory.Path);
        start.ArgumentList.Add(firstBatch.ToString(System.Globalization.CultureInfo.InvariantCulture));
        start.ArgumentList.Add("100000");

        using Process child = Process.Start(start)!;
        Task<string> errors = child.StandardError.ReadToEndAsync();
        int lastReported = firstBatch - 1;
        int reports = 0;
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(120));
        try
        {
            while (reports < killAfterReports)
            {
                string? line = await child.StandardOutput.ReadLineAsync(timeout.Token);
                if (line is null)
                {
                    Assert.Fail($"The crash writer exited early (code {(child.HasExited ? child.ExitCode : -1)}): {await errors}");
                }

                if (line != "open")
                {
                    lastReported = int.Parse(line, System.Globalization.CultureInfo.InvariantCulture);
                    reports++;
                }
            }
        }
        finally
        {
            // Process.Kill is SIGKILL on Unix: no finally blocks, no dispose, no flush in the child.
            child.Kill(entireProcessTree: true);
            await child.WaitForExitAsync(CancellationToken.None);
        }

        // Lines printed after the last one we read were also committed; count them too.
        string rest = await child.StandardOutput.ReadToEndAsync(CancellationToken.None);
        foreach (string line in rest.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            lastReported = int.Parse(line, System.Globalization.CultureInfo.InvariantCulture);
        }

        Assert.NotEqual(0, child.ExitCode);
        return lastReported;
    }

    /// <summary>
    /// Reopens the store and checks that batches 0..k-1 are whole and nothing else exists, with
    /// k at least one past the last reported batch (one more may have committed before its report).
    /// Returns k.
    /// </summary>
    private async Task<int> CheckBatchesAsync(int lastReported)
    {
        await using EmbeddedGraphStore store = await EmbeddedGraphStore.OpenAsync(_directory.Options);
        int present = 0;
        for (int batch = 0; batch <= lastReported + 1; batch++)
        {
            int nodes = (await store.GetNodesAsync([.. Enumerable.Range(0, CrashBatch.NodeCount).Select(i => CrashBatch.NodeId(batch, i))])).Count;
            int rels = 0;
            for (int i = 0; i < CrashBatch.RelationshipCount(batch); i++)
            {
                rels += await store.GetRelationshipAsync(CrashBatch.RelationshipId(batch, i)) is null ? 0 : 1;
            }

            if (nodes == 0 && rels == 0)
            {
                break;
            }

            Assert.True(nodes == CrashBatch.NodeCount && rels == CrashBatch.RelationshipCount(batch), $"Batch {batch} is partial: {nodes} nodes, {rels} relationships.");
            present++;
        }

        Assert.True(present >= lastReported + 1, $"Batch {lastReported} was reported committed but only batches below {present} survived.");

        // The rebuilt index agrees with SQLite: totals, and the chain of the last batch is walkable end to end.
        GraphStats stats = await store.GetStatsAsync();
        Assert.Equal((long)present * CrashBatch.NodeCount, stats.Nodes);
        long expectedRels = 0;
        for (int batch = 0; batch < present; batch++)
        {
            expectedRels += CrashBatch.RelationshipCount(batch);
        }

        Assert.Equal(expectedRels, stats.Relationships);
        int last = present - 1;
        Assert.Equal(last > 0 ? 2 : 1, (await store.GetDegreesAsync([CrashBatch.NodeId(last, 0)]))[0].Total);
        GraphPath? back = await store.ShortestPathAsync(CrashBatch.NodeId(last, 0), CrashBatch.NodeId(Math.Max(0, last - 2), 0), new PathQuery());
        Assert.Equal(Math.Min(2, last), back?.Length);
        return present;
    }
}
