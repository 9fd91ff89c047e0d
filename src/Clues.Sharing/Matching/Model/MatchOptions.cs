namespace Clues.Sharing.Matching.Model;

/// <summary>Tuning of the matcher. The defaults are what the benchmark targets were measured with.</summary>
/// <param name="MatchPoints">Evidence points at or above which a pair is a MATCH.</param>
/// <param name="ReviewPoints">Evidence points at or above which a pair goes to REVIEW.</param>
/// <param name="MaxBlockSize">Blocks larger than this are skipped, so one very common key cannot make matching quadratic.</param>
/// <param name="Parallelism">Worker threads for scoring; 0 means one per processor.</param>
public sealed record MatchOptions(
    double MatchPoints = 7.0,
    double ReviewPoints = 3.0,
    int MaxBlockSize = 1000,
    int Parallelism = 0)
{
    /// <summary>The defaults.</summary>
    public static MatchOptions Default { get; } = new();
}
