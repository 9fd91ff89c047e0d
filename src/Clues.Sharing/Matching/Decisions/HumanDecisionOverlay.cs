using System.Globalization;
using Clues.Sharing.Matching.Model;

namespace Clues.Sharing.Matching.Decisions;

/// <summary>
/// Puts recorded human decisions over a matcher run: a human MATCH stays a MATCH (and is reported even
/// when blocking no longer proposes the pair), a human NO_MATCH stays a NO_MATCH, whatever the scores say now.
/// </summary>
public static class HumanDecisionOverlay
{
    /// <summary>The run's pairs with human decisions applied; human NO_MATCH pairs are kept with decision NO_MATCH so callers can count them.</summary>
    public static IReadOnlyList<MatchPair> Apply(
        IReadOnlyList<MatchPair> pairs,
        IReadOnlyDictionary<(string Left, string Right), HumanDecision> decisions,
        IReadOnlyList<MatchRecord> left,
        IReadOnlyList<MatchRecord> right)
    {
        if (decisions.Count == 0)
        {
            return pairs;
        }

        var result = new List<MatchPair>(pairs.Count);
        var seen = new HashSet<(string, string)>();
        foreach (var pair in pairs)
        {
            seen.Add((pair.LeftId, pair.RightId));
            result.Add(decisions.TryGetValue((pair.LeftId, pair.RightId), out var human) ? Overrule(pair, human) : pair);
        }

        var leftKinds = KindsById(left);
        var rightKinds = KindsById(right);
        foreach (var human in decisions.Values.OrderBy(d => d.LeftId, StringComparer.Ordinal).ThenBy(d => d.RightId, StringComparer.Ordinal))
        {
            if (human.Decision == MatchDecision.Match
                && !seen.Contains((human.LeftId, human.RightId))
                && leftKinds.TryGetValue(human.LeftId, out var kind)
                && rightKinds.ContainsKey(human.RightId))
            {
                result.Add(new MatchPair(human.LeftId, human.RightId, kind, 1.0, MatchDecision.Match, [Phrase(human)], DecidedByHuman: true));
            }
        }

        return result;
    }

    private static MatchPair Overrule(MatchPair pair, HumanDecision human)
    {
        var reasons = new List<string>(pair.Reasons.Count + 1) { Phrase(human) };
        reasons.AddRange(pair.Reasons);
        var score = human.Decision == MatchDecision.Match ? 1.0 : 0.0;
        return pair with { Decision = human.Decision, Score = score, Reasons = reasons, DecidedByHuman = true };
    }

    private static string Phrase(HumanDecision human)
    {
        var verdict = human.Decision == MatchDecision.Match ? "MATCH" : "NO_MATCH";
        var when = human.DecidedAt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return string.IsNullOrWhiteSpace(human.Why)
            ? $"human decision {verdict} by {human.DecidedBy} on {when}"
            : $"human decision {verdict} by {human.DecidedBy} on {when}: {human.Why}";
    }

    private static Dictionary<string, EntityKind> KindsById(IReadOnlyList<MatchRecord> records)
    {
        var kinds = new Dictionary<string, EntityKind>(records.Count, StringComparer.Ordinal);
        foreach (var record in records)
        {
            kinds.TryAdd(record.Id, record.Kind);
        }

        return kinds;
    }
}
