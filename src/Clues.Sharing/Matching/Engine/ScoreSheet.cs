using Clues.Sharing.Matching.Model;

namespace Clues.Sharing.Matching.Engine;

/// <summary>
/// Adds up evidence for one pair. Besides the points it tracks two rules that points alone cannot
/// express: a MATCH needs identity evidence (an identifier or a birth date that agrees), and some
/// contradictions (conflicting valid IDs, contradicting birth dates, different names) forbid a MATCH
/// however many points the rest adds.
/// </summary>
internal sealed class ScoreSheet
{
    private readonly List<Evidence> _evidence = new(6);
    private string? _matchBlockedBy;

    public double Points { get; private set; }

    public bool HasIdentityEvidence { get; private set; }

    public void Add(double points, string reason)
    {
        Points += points;
        _evidence.Add(new Evidence(points, reason));
    }

    /// <summary>Marks that an identifier or birth date agrees, which a MATCH requires.</summary>
    public void IdentityAgrees() => HasIdentityEvidence = true;

    /// <summary>Forbids a MATCH; the first blocker is the one reported.</summary>
    public void BlockMatch(string because) => _matchBlockedBy ??= because;

    public MatchPair ToPair(string leftId, string rightId, EntityKind kind, MatchOptions options)
    {
        var decision = Points >= options.MatchPoints ? MatchDecision.Match
            : Points >= options.ReviewPoints ? MatchDecision.Review
            : MatchDecision.NoMatch;
        var points = Points;
        var reasons = new List<string>(_evidence.Count + 1);
        foreach (var item in _evidence.OrderByDescending(e => Math.Abs(e.Points)))
        {
            reasons.Add(item.Reason);
        }

        if (decision == MatchDecision.Match && (_matchBlockedBy is not null || !HasIdentityEvidence))
        {
            decision = MatchDecision.Review;
            points = Math.Min(points, options.MatchPoints - 0.5);
            reasons.Add(_matchBlockedBy is not null
                ? $"not a MATCH: {_matchBlockedBy}"
                : "not a MATCH: no identifier or birth date agrees");
        }

        return new MatchPair(leftId, rightId, kind, Score(points, options), decision, reasons);
    }

    // A logistic curve centred between the REVIEW and MATCH thresholds: MATCH sits above 0.8, REVIEW between about 0.2 and 0.8.
    private static double Score(double points, MatchOptions options)
    {
        var centre = (options.MatchPoints + options.ReviewPoints) / 2;
        var scale = (options.MatchPoints - options.ReviewPoints) / 2 / Math.Log(4);
        var score = 1 / (1 + Math.Exp(-(points - centre) / scale));
        return Math.Round(score, 3);
    }
}
