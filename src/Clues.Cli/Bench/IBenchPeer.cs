namespace Clues.Cli.Bench;

/// <summary>
/// One contestant: loads the exported graph its own way, warms up on the warm-up inputs, then times
/// every sampled call one at a time and returns the answers alongside the latencies so they can be
/// checked against the other peers.
/// </summary>
internal interface IBenchPeer
{
    /// <summary>The peer's name in the report (<c>clues</c>, <c>sqliteCte</c>, <c>kuzu</c>).</summary>
    string Name { get; }

    /// <summary>
    /// Runs the whole benchmark for this peer. A peer that cannot run returns
    /// <see cref="PeerRun.Failed"/> with what failed and how to fix it rather than throwing, so the
    /// other peers' figures are still reported.
    /// </summary>
    Task<PeerRun> RunAsync(BenchGraph graph, BenchSample sample, TextWriter log, CancellationToken cancellationToken);
}
