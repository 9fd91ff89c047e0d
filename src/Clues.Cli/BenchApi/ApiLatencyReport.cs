namespace Clues.Cli.BenchApi;

/// <summary>
/// Sequential latency of one analyst query over real HTTP, against its target. The mean response size is kept
/// because it explains much of the latency: serialising a drawable subgraph costs more than finding it.
/// </summary>
internal sealed record ApiLatencyReport(string Key, string Description, int Samples, double P50Ms, double P99Ms, double MeanMs, long MeanResponseBytes, double TargetP50Ms, int Errors)
{
    /// <summary>The first call of this kind (before JIT warm-up and caches), in milliseconds.</summary>
    public double ColdMs { get; init; }

    public bool MeetsTarget => Errors == 0 && P50Ms <= TargetP50Ms;
}
