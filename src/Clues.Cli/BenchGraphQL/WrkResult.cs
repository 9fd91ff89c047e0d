namespace Clues.Cli.BenchGraphQL;

/// <summary>What one wrk run measured, from the Lua <c>done</c> hook; latencies in microseconds as wrk keeps them.</summary>
internal sealed record WrkResult(
    long Requests,
    long DurationUs,
    long Bytes,
    double P50Us,
    double P90Us,
    double P99Us,
    double MeanUs,
    double MaxUs,
    long ConnectErrors,
    long ReadErrors,
    long WriteErrors,
    long StatusErrors,
    long Timeouts)
{
    public double RequestsPerSecond => DurationUs <= 0 ? 0 : Requests / (DurationUs / 1_000_000.0);

    public double P99Ms => P99Us / 1000.0;

    public long Errors => ConnectErrors + ReadErrors + WriteErrors + StatusErrors + Timeouts;

    /// <summary>Average response size including headers, as counted by wrk.</summary>
    public double BytesPerRequest => Requests == 0 ? 0 : (double)Bytes / Requests;
}
