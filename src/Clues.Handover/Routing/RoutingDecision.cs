namespace Clues.Handover.Routing;

/// <summary>What the rule table decided for one problem: the recipient, when, by which rule and on what basis.</summary>
/// <param name="Recipient">The receiving body.</param>
/// <param name="Timing">Whether it goes out at once or after the round ends.</param>
/// <param name="RuleId">The rule that decided, e.g. <c>R5-discipline-commission</c>.</param>
/// <param name="Basis">The rule's basis text (依据), quoted in documents.</param>
/// <param name="FeedbackMonths">Months the recipient has to report back, counted from hand-over.</param>
/// <param name="StubOnly">True when the finding side keeps only a stub (no clue content).</param>
/// <param name="TableVersion">Version of the rule table that decided.</param>
public sealed record RoutingDecision(
    Recipient Recipient,
    RoutingTiming Timing,
    string RuleId,
    string Basis,
    int FeedbackMonths,
    bool StubOnly,
    string TableVersion);
