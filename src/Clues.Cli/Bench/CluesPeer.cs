using System.Diagnostics;
using Clues.Core.Graph;

namespace Clues.Cli.Bench;

/// <summary>
/// Our own store, called through the <see cref="IGraphStore"/> port exactly as the API would call it:
/// the drawable 2-hop neighbourhood at the sample's node limit (the capped subgraph with degrees and
/// omissions), the bare 2-hop count (the same call with a node limit of 1, whose
/// <see cref="Neighborhood.TotalReachable"/> still counts every reachable node), one shortest path
/// with its nodes and relationships, and a ranked name search.
/// </summary>
internal sealed class CluesPeer(IGraphStore store, double? openMs) : IBenchPeer
{
    private static readonly NeighborhoodQuery CountQuery = new(Depth: 2, NodeLimit: 1);
    private static readonly PathQuery PathQuery = new(MaxHops: 6);

    public string Name => "clues";

    public async Task<PeerRun> RunAsync(BenchGraph graph, BenchSample sample, TextWriter log, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(sample);
        ArgumentNullException.ThrowIfNull(log);
        var neighbourhoodQuery = new NeighborhoodQuery(Depth: 2, NodeLimit: sample.NodeLimit);

        await log.WriteLineAsync($"clues: warming up ({sample.WarmupCenters.Count} calls per query kind)").ConfigureAwait(false);
        foreach (var center in sample.WarmupCenters)
        {
            await store.GetNeighborhoodAsync(graph.Ids[center], neighbourhoodQuery, cancellationToken).ConfigureAwait(false);
            await CountAsync(graph, center, cancellationToken).ConfigureAwait(false);
        }

        foreach (var (from, to) in sample.WarmupPairs)
        {
            await PathLengthAsync(graph, from, to, cancellationToken).ConfigureAwait(false);
        }

        foreach (var text in sample.WarmupNameQueries)
        {
            await SearchAsync(text, cancellationToken).ConfigureAwait(false);
        }

        await log.WriteLineAsync($"clues: timing twoHop ×{sample.Centers.Count} (node limit {sample.NodeLimit})").ConfigureAwait(false);
        var twoHop = await TimeNeighbourhoodsAsync(graph, sample.Centers, neighbourhoodQuery, cancellationToken).ConfigureAwait(false);
        await log.WriteLineAsync($"clues: timing twoHopCount ×{sample.Centers.Count}").ConfigureAwait(false);
        var twoHopCount = await TimeEachAsync(sample.Centers, c => CountAsync(graph, c, cancellationToken)).ConfigureAwait(false);
        await log.WriteLineAsync($"clues: timing shortestPath ×{sample.Pairs.Count}").ConfigureAwait(false);
        var paths = await TimeEachAsync(sample.Pairs, p => PathLengthAsync(graph, p.From, p.To, cancellationToken)).ConfigureAwait(false);
        await log.WriteLineAsync($"clues: timing nameSearch ×{sample.NameQueries.Count}").ConfigureAwait(false);
        var names = await TimeEachAsync(sample.NameQueries, q => SearchAsync(q, cancellationToken)).ConfigureAwait(false);

        return new PeerRun(Name, openMs, twoHop, twoHopCount, paths, names)
        {
            Notes =
            [
                "loadMs is the time to open the store; its data is already on disk",
                $"twoHop: GetNeighborhoodAsync(Depth 2, NodeLimit {sample.NodeLimit}), the API's call: taken nodes with depth, degree and omitted neighbours, every relationship between taken nodes (id, type, ends), total reachable",
                "twoHopCount: GetNeighborhoodAsync(Depth 2, NodeLimit 1).TotalReachable (the BFS still runs to depth 2; only the centre is taken)",
                "shortestPath: ShortestPathAsync(MaxHops 6), the path's nodes and relationships",
                "nameSearch: SearchNamesAsync(Limit 20), ranked",
            ],
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

    /// <summary>
    /// Times each neighbourhood call; the digest is taken after the clock stops, because summing and
    /// hashing are the benchmark's bookkeeping, not work an API caller would do.
    /// </summary>
    private async Task<QueryRun> TimeNeighbourhoodsAsync(BenchGraph graph, IReadOnlyList<int> centers, NeighborhoodQuery query, CancellationToken cancellationToken)
    {
        var latencies = new double[centers.Count];
        var digests = new NeighbourhoodDigest[centers.Count];
        for (var i = 0; i < centers.Count; i++)
        {
            var start = Stopwatch.GetTimestamp();
            var neighbourhood = await store.GetNeighborhoodAsync(graph.Ids[centers[i]], query, cancellationToken).ConfigureAwait(false);
            latencies[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            digests[i] = Digest(neighbourhood);
        }

        return QueryRun.FromNeighbourhoods(latencies, digests);
    }

    private static NeighbourhoodDigest Digest(Neighborhood neighbourhood)
    {
        long degrees = 0, omitted = 0;
        var ids = new string[neighbourhood.Nodes.Count];
        for (var i = 0; i < ids.Length; i++)
        {
            var node = neighbourhood.Nodes[i];
            ids[i] = node.Node.Id;
            degrees += node.Degree;
            omitted += node.OmittedNeighbors;
        }

        return NeighbourhoodDigest.Of(ids, neighbourhood.Edges.Count, degrees, omitted, neighbourhood.TotalReachable);
    }

    private async Task<int?> CountAsync(BenchGraph graph, int center, CancellationToken cancellationToken)
    {
        var neighbourhood = await store.GetNeighborhoodAsync(graph.Ids[center], CountQuery, cancellationToken).ConfigureAwait(false);
        return neighbourhood.TotalReachable;
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
