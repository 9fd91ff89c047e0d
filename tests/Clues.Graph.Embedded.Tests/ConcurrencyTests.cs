using Clues.Core.Graph;
using static Clues.Graph.Embedded.Tests.Records;

namespace Clues.Graph.Embedded.Tests;

public sealed class ConcurrencyTests : IDisposable
{
    private const int Members = 200;
    private const int MinBatches = 20;
    private const int MaxBatches = 400;
    private const int MinOverlappingReads = 50;
    private readonly TempStoreDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    /// <summary>Batch b adds hub h{b}, its members and a hub→member relationship each, and renames the shared node "latest".</summary>
    private static GraphBatch HubBatch(int b)
    {
        var nodes = new List<NodeRecord> { Node($"h{b:D3}", NodeLabel.Unit, $"枢纽{b}"), Node("latest", NodeLabel.Unit, $"批次{b}") };
        var rels = new List<RelationshipRecord> { Rel($"l{b:D3}", RelType.SubordinateTo, $"h{b:D3}", "latest") };
        for (int m = 0; m < Members; m++)
        {
            nodes.Add(Node($"h{b:D3}-m{m:D3}", name: $"成员{b}-{m}"));
            rels.Add(Rel($"h{b:D3}-e{m:D3}", RelType.Holds, $"h{b:D3}-m{m:D3}", $"h{b:D3}"));
        }

        return Batch(nodes, rels);
    }

    [Fact]
    public async Task Concurrent_reads_during_writes_see_whole_batches_only()
    {
        await using EmbeddedGraphStore store = await _directory.OpenAsync();
        using var writing = new CancellationTokenSource();
        var violations = new List<string>();
        int readsDuringWrites = 0;
        int batchesWritten = 0;

        // Writing starts once every reader runs: with the thread pool busy (other test classes run in parallel) the
        // writer could otherwise finish all its batches before a reader was scheduled, and nothing would overlap.
        int readersStarted = 0;
        var allReading = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        Task writer = Task.Run(async () =>
        {
            try
            {
                await allReading.Task.WaitAsync(TimeSpan.FromMinutes(1));

                // Keep writing until the readers have really overlapped the writes.
                for (int b = 0; b < MaxBatches && (b < MinBatches || Volatile.Read(ref readsDuringWrites) < MinOverlappingReads); b++)
                {
                    await store.WriteAsync(HubBatch(b));
                    Interlocked.Increment(ref batchesWritten);
                }
            }
            finally
            {
                await writing.CancelAsync();
            }
        });

        async Task Reader(int seed)
        {
            var random = new Random(seed);
            if (Interlocked.Increment(ref readersStarted) == 3)
            {
                allReading.TrySetResult();
            }

            while (!writing.IsCancellationRequested)
            {
                GraphStats stats = await store.GetStatsAsync();
                long batchesSeen = stats.Relationships / (Members + 1);

                // Each batch adds Members + 1 nodes (plus "latest" once) and Members + 1 relationships.
                if (stats.Relationships % (Members + 1) != 0 || stats.Nodes != (batchesSeen == 0 ? 0 : batchesSeen * (Members + 1) + 1))
                {
                    lock (violations)
                    {
                        violations.Add($"stats {stats.Nodes} nodes / {stats.Relationships} relationships");
                    }
                }

                // The newest hub the index shows must have all its members, as drawn and as read from SQLite.
                NodeRef? latest = (await store.SearchNamesAsync(new NameSearchQuery("批次"))).SingleOrDefault();
                if (latest is not null)
                {
                    string hub = $"h{int.Parse(latest.Name!["批次".Length..], System.Globalization.CultureInfo.InvariantCulture):D3}";
                    Neighborhood n = await store.GetNeighborhoodAsync(hub, new NeighborhoodQuery(1, new TraversalFilter(RelTypes: new HashSet<RelType> { RelType.Holds })));
                    IReadOnlyList<RelationshipRecord> rels = await store.GetRelationshipsAsync(hub);
                    if (n.TotalReachable != Members || rels.Count != Members + 1)
                    {
                        lock (violations)
                        {
                            violations.Add($"{hub}: {n.TotalReachable} members drawn, {rels.Count} relationships read");
                        }
                    }
                }

                int probe = random.Next(MinBatches);
                IReadOnlyList<NodeRecord> members = await store.GetNodesAsync([.. Enumerable.Range(0, Members).Select(m => $"h{probe:D3}-m{m:D3}")]);
                if (members.Count is not (0 or Members))
                {
                    lock (violations)
                    {
                        violations.Add($"h{probe:D3}: {members.Count} of {Members} members read");
                    }
                }

                Interlocked.Increment(ref readsDuringWrites);
            }
        }

        await Task.WhenAll(writer, Task.Run(() => Reader(1)), Task.Run(() => Reader(2)), Task.Run(() => Reader(3)));

        Assert.Empty(violations);
        Assert.True(readsDuringWrites >= MinOverlappingReads, $"Only {readsDuringWrites} reads overlapped the writes; the test proved little.");
        Assert.Equal(batchesWritten * (Members + 1) + 1, (await store.GetStatsAsync()).Nodes);
    }
}
