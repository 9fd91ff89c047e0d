namespace Clues.Handover.Routing;

/// <summary>One rule of the table, as loaded.</summary>
/// <param name="Id">Unique id, e.g. <c>R2-province-managed</c>.</param>
/// <param name="Line">Line of the rule in its file (1-based), for messages.</param>
/// <param name="When">Match conditions.</param>
/// <param name="Route">Kind of receiving body.</param>
/// <param name="Level">How the receiving level and jurisdiction are found.</param>
/// <param name="Timing">When the decision may go out.</param>
/// <param name="StubOnly">Whether the finding side keeps only a stub.</param>
/// <param name="FeedbackMonths">Override of the table's default feedback deadline; null keeps the default.</param>
/// <param name="Basis">Basis text quoted by every decision of this rule.</param>
public sealed record HandoverRule(
    string Id,
    int Line,
    RuleConditions When,
    HandoverRoute Route,
    LevelExpression Level,
    RoutingTiming Timing,
    bool StubOnly,
    int? FeedbackMonths,
    string Basis);
