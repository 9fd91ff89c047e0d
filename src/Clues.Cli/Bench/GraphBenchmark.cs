using System.Diagnostics;
using Clues.Core.Graph;

namespace Clues.Cli.Bench;

/// <summary>
/// Runs <c>clues bench graph</c>: exports the store once, draws the inputs once, then runs each peer
/// in turn on the same graph and the same inputs (one at a time, so they never compete for the two
/// cores), checks that they agree and assembles the report.
/// </summary>
internal static class GraphBenchmark
{
    /// <summary>Benchmarks <paramref name="store"/> against the peers named in <paramref name="options"/>.</summary>
    public static async Task<GraphBenchReport> RunAsync(IGraphStore store, GraphBenchOptions options, TextWriter log, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(log);

        await log.WriteLineAsync("exporting the graph (ScanNodesAsync, ScanEdgesAsync)").ConfigureAwait(false);
        var exportStart = Stopwatch.GetTimestamp();
        var graph = await BenchGraph.ExportAsync(store, cancellationToken).ConfigureAwait(false);
        var exportMs = Stopwatch.GetElapsedTime(exportStart).TotalMilliseconds;
        var persons = graph.IndexesWithLabel(NodeLabel.Person);
        await log.WriteLineAsync($"exported {graph.NodeCount} nodes ({persons.Length} persons) and {graph.EdgeCount} relationships in {exportMs:F0} ms").ConfigureAwait(false);

        var sample = BenchSample.Draw(graph, persons, options.Samples, options.Seed);
        var peers = options.Peers.Select(name => CreatePeer(name, store, options)).ToList();
        var runs = await RunPeersAsync(graph, sample, peers, log, cancellationToken).ConfigureAwait(false);
        return BuildReport(graph, persons.Length, exportMs, sample, options, runs);
    }

    /// <summary>Runs each peer in turn; a peer that throws is reported as failed and the rest still run.</summary>
    public static async Task<IReadOnlyList<PeerRun>> RunPeersAsync(
        BenchGraph graph, BenchSample sample, IReadOnlyList<IBenchPeer> peers, TextWriter log, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(peers);
        var runs = new List<PeerRun>(peers.Count);
        foreach (var peer in peers)
        {
            // Start every peer from a collected heap so one peer's garbage is not timed in the next.
            GC.Collect();
            GC.WaitForPendingFinalizers();
            GC.Collect();
            await log.WriteLineAsync($"── {peer.Name} ──").ConfigureAwait(false);
            PeerRun run;
            try
            {
                run = await peer.RunAsync(graph, sample, log, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                run = PeerRun.Failed(peer.Name, $"{peer.Name} failed: {e.GetType().Name}: {e.Message}");
            }

            if (run.Error is not null)
            {
                await log.WriteLineAsync($"{peer.Name}: {run.Error}").ConfigureAwait(false);
            }

            runs.Add(run);
        }

        return runs;
    }

    /// <summary>Turns the peers' raw runs into the report.</summary>
    public static GraphBenchReport BuildReport(
        BenchGraph graph, int persons, double exportMs, BenchSample sample, GraphBenchOptions options, IReadOnlyList<PeerRun> runs)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(sample);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(runs);

        var queries = new Dictionary<string, IReadOnlyDictionary<string, GraphBenchReport.QueryFigures>>();
        foreach (var kind in GraphBenchReport.QueryKinds)
        {
            var byPeer = new Dictionary<string, GraphBenchReport.QueryFigures>();
            foreach (var run in runs)
            {
                var query = kind switch
                {
                    "twoHop" => run.TwoHop,
                    "twoHopCount" => run.TwoHopCount,
                    "shortestPath" => run.ShortestPath,
                    _ => run.NameSearch,
                };
                byPeer[run.Peer] = run.Error is not null || query is null
                    ? GraphBenchReport.QueryFigures.Failed(run.Error ?? $"{run.Peer} did not run {kind}")
                    : GraphBenchReport.QueryFigures.From(query);
            }

            queries[kind] = byPeer;
        }

        var peers = runs.ToDictionary(
            r => r.Peer,
            r => new GraphBenchReport.PeerSummary(
                r.LoadMs is { } ms ? Math.Round(ms, 1) : null,
                r.Error,
                r.Extra.Count == 0 ? null : r.Extra.ToDictionary(e => e.Key, e => GraphBenchReport.QueryFigures.From(e.Value)),
                r.Notes.Count == 0 ? null : r.Notes));

        return new GraphBenchReport(
            queries,
            AgreementCheck.Compare(graph, sample, runs),
            GraphBenchReport.AnswerSummary.Summarise(runs),
            new GraphBenchReport.GraphSummary(graph.NodeCount, graph.EdgeCount, persons, Math.Round(exportMs, 1)),
            sample.Centers.Count,
            sample.WarmupCenters.Count,
            options.Seed,
            sample.NodeLimit,
            peers);
    }

    private static IBenchPeer CreatePeer(string name, IGraphStore store, GraphBenchOptions options) => name switch
    {
        GraphBenchOptions.Clues => new CluesPeer(store, options.OpenMs),
        GraphBenchOptions.SqliteCte => new SqliteCtePeer(),
        GraphBenchOptions.Kuzu => new KuzuPeer(options.KuzuDirectory),
        _ => throw new ArgumentException(
            $"Unknown peer '{name}'. Choose from {string.Join(", ", GraphBenchOptions.AllPeers)}.", nameof(options)),
    };
}
