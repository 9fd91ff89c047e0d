namespace Clues.Cli.Fuzz;

/// <summary>Everything <c>clues fuzz http --json</c> prints.</summary>
internal sealed record HttpFuzzReport(
    int Seed,
    double Seconds,
    long Inputs,
    double InputsPerSecond,
    IReadOnlyDictionary<string, long> ByStatus,
    IReadOnlyDictionary<string, long> ByKind,
    long Failures,
    IReadOnlyList<FuzzFailure> FailureSamples,
    double SlowestMs,
    bool ServerAlive,
    bool HealthProbeOk,
    bool ValidQueryAnswers,
    int ServerErrorLogLines,
    double RssStartMb,
    double RssPeakMb,
    double RssEndMb,
    string FailureDirectory)
{
    /// <summary>No failing input, the server still up and answering, and no unexpected exception in its log.</summary>
    public bool Passed => Failures == 0 && ServerAlive && HealthProbeOk && ValidQueryAnswers && ServerErrorLogLines == 0;
}
