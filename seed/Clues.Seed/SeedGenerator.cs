using System.Diagnostics;
using System.Threading.Channels;
using Clues.Core.Graph;
using Clues.Seed.Generation;

namespace Clues.Seed;

/// <summary>
/// Fills a graph store with deterministic synthetic data for a Chinese city and its counties: units,
/// cadres and their posts over time, relatives, companies, projects, funds and payments, inspection
/// rounds and groups, clues from every source channel, receiving bodies, social ties, and four
/// hand-checked scenarios (see <c>seed/README.md</c>). The same preset and seed always give the same graph.
/// </summary>
public static class SeedGenerator
{
    /// <summary>
    /// Generates the preset and writes it to <paramref name="store"/> in batches of about
    /// <see cref="SeedOptions.BatchSize"/> records. Generation runs on a worker while the store writes
    /// the previous batch, so both cores are used. Progress is reported per phase after each batch is written.
    /// </summary>
    /// <param name="store">The store to write into; it should be empty (existing nodes with the same ids are replaced).</param>
    /// <param name="options">Preset, seed and batch size.</param>
    /// <param name="progress">Receives (phase, done, total) after each written batch.</param>
    /// <param name="cancellationToken">Stops generation and writing; batches already written stay written.</param>
    /// <returns>Counts, elapsed time and the scenario ids.</returns>
    public static async Task<SeedReport> RunAsync(IGraphStore store, SeedOptions options, IProgress<SeedProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(options);
        var stopwatch = Stopwatch.StartNew();
        var generator = new GraphGenerator(options);

        // Two batches in flight at most: enough to overlap generating and writing, little enough for the large preset's memory.
        var channel = Channel.CreateBounded<SeedChunk>(new BoundedChannelOptions(2) { SingleReader = true, SingleWriter = true });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var producer = Task.Run(
            async () =>
            {
                try
                {
                    foreach (var chunk in generator.Generate())
                    {
                        await channel.Writer.WriteAsync(chunk, stop.Token).ConfigureAwait(false);
                    }

                    channel.Writer.TryComplete();
                }
                catch (Exception error)
                {
                    channel.Writer.TryComplete(error);
                }
            },
            CancellationToken.None);

        long nodes = 0;
        long relationships = 0;
        try
        {
            await foreach (var chunk in channel.Reader.ReadAllAsync(stop.Token).ConfigureAwait(false))
            {
                if (!chunk.Batch.IsEmpty)
                {
                    await store.WriteAsync(chunk.Batch, stop.Token).ConfigureAwait(false);
                    nodes += chunk.Batch.Nodes.Count;
                    relationships += chunk.Batch.Relationships.Count;
                }

                progress?.Report(new SeedProgress(chunk.Phase, chunk.Done, chunk.Total));
            }
        }
        finally
        {
            // If writing failed, stop the producer before waiting for it so it cannot block on a full channel.
            await stop.CancelAsync().ConfigureAwait(false);
            await producer.ConfigureAwait(false);
        }

        return new SeedReport(nodes, relationships, stopwatch.Elapsed, generator.Scenarios);
    }

    /// <summary>The batches of a preset without a store, for tests and tools that inspect or export them.</summary>
    internal static IEnumerable<GraphBatch> Generate(SeedOptions options, Action<SeedScenarios>? scenarios = null)
    {
        var generator = new GraphGenerator(options);
        foreach (var chunk in generator.Generate())
        {
            if (!chunk.Batch.IsEmpty)
            {
                yield return chunk.Batch;
            }
        }

        scenarios?.Invoke(generator.Scenarios);
    }
}
