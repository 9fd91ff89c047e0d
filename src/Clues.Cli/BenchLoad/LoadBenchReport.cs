namespace Clues.Cli.BenchLoad;

/// <summary>
/// Everything <c>clues bench load --json</c> prints. <see cref="AchievedRate"/> counts answers without errors per measured
/// second; <see cref="WorstMsPer10Seconds"/> is the slowest latency of the requests due in each 10 s from the start,
/// warm-up included, to show when slow answers happened. <see cref="ServerGc"/> is the collector's settings as the
/// served process reported them, since its memory figures mean little without them.
/// </summary>
internal sealed record LoadBenchReport(
    string Data,
    string Machine,
    string LoadAverageAtStart,
    string LoadAverageAtEnd,
    int WarmupSeconds,
    int MeasuredSeconds,
    double TargetRate,
    double ScheduledRate,
    double AchievedRate,
    long Requests,
    long Errors,
    long NotSent,
    double P50Ms,
    double P99Ms,
    double MaxMs,
    IReadOnlyList<LoadKindReport> Kinds,
    HandoverFlow Handover,
    IReadOnlyList<string> ErrorSamples,
    IReadOnlyList<RssSample> Rss,
    IReadOnlyList<int> WorstMsPer10Seconds,
    double RssFirstMinuteMb,
    double RssLastMinuteMb,
    bool ServerAlive,
    int ServerErrorLogLines,
    IReadOnlyList<string> ServerLogTail,
    string ServerGc)
{
    /// <summary>Growth of resident memory from the first to the last measured minute, as a share of the first.</summary>
    public double RssGrowth => RssFirstMinuteMb > 0 ? Math.Round((RssLastMinuteMb - RssFirstMinuteMb) / RssFirstMinuteMb, 3) : 0;

    /// <summary>The targets: the rate achieved, no errors, p99 within bound, memory flat, the server still up.</summary>
    public bool MeetsTargets =>
        Errors == 0 && ServerAlive && ServerErrorLogLines == 0
        && AchievedRate >= LoadBenchOptions.TargetRate * 0.98
        && P99Ms <= LoadBenchOptions.TargetP99Ms
        && RssGrowth <= LoadBenchOptions.TargetRssGrowth;
}
