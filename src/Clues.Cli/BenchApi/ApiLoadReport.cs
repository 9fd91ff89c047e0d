namespace Clues.Cli.BenchApi;

/// <summary>The mixed analyst load under wrk, against its targets.</summary>
internal sealed record ApiLoadReport(
    string Wrk,
    int DurationSeconds,
    int Threads,
    int Connections,
    IReadOnlyList<string> Mix,
    long Requests,
    double RequestsPerSecond,
    long Errors,
    double P50Ms,
    double P99Ms,
    long BytesPerRequest,
    double TargetRequestsPerSecond,
    double TargetP99Ms)
{
    public bool MeetsTarget => Errors == 0 && RequestsPerSecond >= TargetRequestsPerSecond && P99Ms <= TargetP99Ms;
}
