namespace Clues.Cli.Fuzz;

/// <summary>Everything <c>clues fuzz package --json</c> prints.</summary>
internal sealed record PackageFuzzReport(
    int Seed,
    double Seconds,
    long Inputs,
    double InputsPerSecond,
    IReadOnlyDictionary<string, long> ByMutation,
    IReadOnlyDictionary<string, long> ByVerdict,
    IReadOnlyDictionary<string, long> ByImport,
    long Failures,
    IReadOnlyList<FuzzFailure> FailureSamples,
    double SlowestMs,
    string FailureDirectory)
{
    /// <summary>Every input ended in the right kind of verdict, in time, with nothing escaping.</summary>
    public bool Passed => Failures == 0;
}
