namespace Clues.Handover.Routing;

/// <summary>
/// One decision per recipient for a clue: the problems of the clue that go to the same body at the same time,
/// each naming the rule and basis that sent it there. This is what becomes one handover item.
/// </summary>
/// <param name="ClueId">The clue.</param>
/// <param name="Recipient">The receiving body.</param>
/// <param name="Timing">When it may go out.</param>
/// <param name="FeedbackMonths">The shortest feedback deadline among its rules.</param>
/// <param name="StubOnly">True when any of its rules keeps only a stub (confidentiality wins).</param>
/// <param name="TableVersion">Version of the rule table that decided.</param>
/// <param name="Problems">Each problem with its rule and basis, in the clue's order.</param>
public sealed record RecipientDecision(
    string ClueId,
    Recipient Recipient,
    RoutingTiming Timing,
    int FeedbackMonths,
    bool StubOnly,
    string TableVersion,
    IReadOnlyList<ProblemDecision> Problems)
{
    /// <summary>The distinct rules applied, in order.</summary>
    public IReadOnlyList<string> RuleIds => Problems.Select(p => p.RuleId).Distinct(StringComparer.Ordinal).ToList();

    /// <summary>The distinct basis texts, joined one per line.</summary>
    public string Basis => string.Join("\n", Problems.Select(p => p.Basis).Distinct(StringComparer.Ordinal));
}
