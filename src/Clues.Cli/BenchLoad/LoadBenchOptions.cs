namespace Clues.Cli.BenchLoad;

/// <summary>What <c>clues bench load</c> runs.</summary>
/// <param name="DataDirectory">The store to serve (copied first); null for a fresh demo store.</param>
/// <param name="Duration">How long the measured load runs, after the warm-up.</param>
/// <param name="Rate">Requests started per second, on a fixed schedule whatever the answers' speed (open loop).</param>
/// <param name="Connections">Most HTTP connections to the server; requests beyond them queue, and the queueing counts in their latency.</param>
/// <param name="Warmup">Load before measuring (JIT, caches, connection set-up), ramping up to the full rate over its first two thirds; its errors still count.</param>
internal sealed record LoadBenchOptions(DirectoryInfo? DataDirectory, TimeSpan Duration, double Rate, int Connections, TimeSpan Warmup)
{
    /// <summary>The targets: at least this many requests/s achieved …</summary>
    public const double TargetRate = 500;

    /// <summary>… with p99 at most this many milliseconds …</summary>
    public const double TargetP99Ms = 100;

    /// <summary>… and resident memory growing by at most this share from the first to the last minute.</summary>
    public const double TargetRssGrowth = 0.20;

    /// <summary>Requests still unanswered beyond this many are not sent but counted as errors, so an overloaded server cannot exhaust the generator.</summary>
    public int MaxInFlight => Math.Max(1000, (int)(Rate * 20));

    /// <summary>The usual warm-up for a run of <paramref name="duration"/>: a quarter of it, at most 30 s.</summary>
    public static TimeSpan DefaultWarmup(TimeSpan duration) => TimeSpan.FromSeconds(Math.Min(30, duration.TotalSeconds / 4));
}
