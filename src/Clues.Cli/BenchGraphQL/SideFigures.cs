namespace Clues.Cli.BenchGraphQL;

/// <summary>
/// One server's figures for one query: requests per second and p99 latency (ms) from the timed wrk run, or
/// the reason there are none.
/// </summary>
internal sealed record SideFigures(
    double? Rps,
    double? P99,
    double? P50,
    long? Requests,
    long? Errors,
    long? ResponseBytes,
    string? Error)
{
    public static SideFigures From(WrkResult result, long? responseBytes) => new(
        Math.Round(result.RequestsPerSecond, 1),
        Math.Round(result.P99Ms, 3),
        Math.Round(result.P50Us / 1000.0, 3),
        result.Requests,
        result.Errors,
        responseBytes,
        result.Errors > 0 ? ErrorText(result) : null);

    public static SideFigures Failed(string error) => new(null, null, null, null, null, null, error);

    private static string ErrorText(WrkResult r) =>
        $"wrk saw failed requests (connect {r.ConnectErrors}, read {r.ReadErrors}, write {r.WriteErrors}, non-2xx {r.StatusErrors}, timeouts {r.Timeouts}); the figures are not comparable — lower --connections or raise --timeout";
}
