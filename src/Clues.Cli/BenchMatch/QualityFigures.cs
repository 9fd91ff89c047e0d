namespace Clues.Cli.BenchMatch;

/// <summary>MATCH quality against the truth for one kind of entity.</summary>
/// <param name="TruePairs">Pairs that are truly the same entity.</param>
/// <param name="Matched">Pairs the matcher called MATCH.</param>
/// <param name="TruePositives">MATCH pairs that are true.</param>
/// <param name="Reviewed">Pairs the matcher sent to REVIEW.</param>
/// <param name="ReviewedTrue">REVIEW pairs that are true.</param>
internal sealed record QualityFigures(int TruePairs, int Matched, int TruePositives, int Reviewed, int ReviewedTrue)
{
    public int FalsePositives => Matched - TruePositives;

    /// <summary>1 when nothing was matched: no MATCH was wrong.</summary>
    public double Precision => Matched == 0 ? 1 : (double)TruePositives / Matched;

    public double Recall => TruePairs == 0 ? 1 : (double)TruePositives / TruePairs;

    /// <summary>Recall if every true REVIEW pair were confirmed by a reviewer.</summary>
    public double RecallWithReview => TruePairs == 0 ? 1 : (double)(TruePositives + ReviewedTrue) / TruePairs;
}
