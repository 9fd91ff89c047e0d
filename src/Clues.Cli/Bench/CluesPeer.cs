using System.Diagnostics;
using Clues.Core.Graph;

namespace Clues.Cli.Bench;

/// <summary>
/// Our own store, called through the <see cref="IGraphStore"/> port exactly as the API would call it:
/// the 2-hop neighbourhood with its default node limit (so it also builds the capped subgraph with
/// degrees, more work than a bare count), one shortest path with its nodes and relationships, and a
/// ranked name search.
/// </summary>
internal sealed class CluesPeer(IGraphStore store, double? openMs) : IBenchPeer
{
    private static readonly NeighborhoodQuery TwoHopQuery = new(Depth: 2);
    private static readonly PathQuery PathQuery = new(MaxHops: 6);

    public string Name => "clues";

    public async Task<PeerRun> RunAsync(BenchGraph graph, BenchSample sample, TextWriter log, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(sample);
        ArgumentNullException.ThrowIfNull(log);

        await log.WriteLineAsync($"clues: warming up ({sample.WarmupCenters.Count} calls per query kind)").ConfigureAwait(false);
        foreach (var center in sample.WarmupCenters)
        {
            await TwoHopAsync(graph, center, cancellationToken).ConfigureAwait(false);
        }

        foreach (var (from, to) in sample.WarmupPairs)
        {
            await PathLengthAsync(graph, from, to, cancellationToken).ConfigureAwait(false);
        }

        foreach (var text in sample.WarmupNameQueries)
        {
            await SearchAsync(text, cancellationToken).ConfigureAwait(false);
        }

        await log.WriteLineAsync($"clues: timing twoHop ×{sample.Centers.Count}").ConfigureAwait(false);
        var twoHop = await TimeEachAsync(sample.Centers, c => TwoHopAsync(graph, c, cancellationToken)).ConfigureAwait(false);
        await log.WriteLineAsync($"clues: timing shortestPath ×{sample.Pairs.Count}").ConfigureAwait(false);
        var paths = await TimeEachAsync(sample.Pairs, p => PathLengthAsync(graph, p.From, p.To, cancellationToken)).ConfigureAwait(false);
        await log.WriteLineAsync($"clues: timing nameSearch ×{sample.NameQueries.Count}").ConfigureAwait(false);
        var names = await TimeEachAsync(sample.NameQueries, q => SearchAsync(q, cancellationToken)).ConfigureAwait(false);

        return new PeerRun(Name, openMs, twoHop, paths, names)
        {
            Notes = ["loadMs is the time to open the store; its data is already on disk"],
        };
    }

    /// <summary>Times each call separately; the await is inside the timed span because callers pay for it too.</summary>
    private static async Task<QueryRun> TimeEachAsync<T>(IReadOnlyList<T> inputs, Func<T, Task<int?>> call)
    {
        var latencies = new double[inputs.Count];
        var results = new int?[inputs.Count];
        for (var i = 0; i < inputs.Count; i++)
        {
            var start = Stopwatch.GetTimestamp();
            results[i] = await call(inputs[i]).ConfigureAwait(false);
            latencies[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        }

        return new QueryRun(latencies, results);
    }

    private async Task<int?> TwoHopAsync(BenchGraph graph, int center, CancellationToken cancellationToken)
    {
        var neighborhood = await store.GetNeighborhoodAsync(graph.Ids[center], TwoHopQuery, cancellationToken).ConfigureAwait(false);
        return neighborhood.TotalReachable;
    }

    private async Task<int?> PathLengthAsync(BenchGraph graph, int from, int to, CancellationToken cancellationToken)
    {
        var path = await store.ShortestPathAsync(graph.Ids[from], graph.Ids[to], PathQuery, cancellationToken).ConfigureAwait(false);
        return path?.Length;
    }

    private async Task<int?> SearchAsync(string text, CancellationToken cancellationToken)
    {
        var found = await store.SearchNamesAsync(new NameSearchQuery(text, Limit: 20), cancellationToken).ConfigureAwait(false);
        return found.Count;
    }
}
