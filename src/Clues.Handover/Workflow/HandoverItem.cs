using Clues.Handover.Routing;

namespace Clues.Handover.Workflow;

/// <summary>
/// One handover item: one clue going to one recipient (one <see cref="RecipientDecision"/>), with its state and
/// what the recipient reported. A stub (<see cref="StubOnly"/>) carries no clue content: <see cref="Summary"/> is null.
/// </summary>
/// <param name="Id">Item id.</param>
/// <param name="ClueId">The clue.</param>
/// <param name="RoundId">The round that found it.</param>
/// <param name="RoundEnd">Last day of that round.</param>
/// <param name="FoundBy">The office whose round found it (the office that owns the item).</param>
/// <param name="Recipient">The receiving body.</param>
/// <param name="Timing">Immediate, or after the round ends (province stubs).</param>
/// <param name="StubOnly">Whether only a stub is kept.</param>
/// <param name="Problems">Each problem with the rule and basis that routed it.</param>
/// <param name="TableVersion">Version of the rule table that decided.</param>
/// <param name="FeedbackMonths">Months the recipient has to report back.</param>
/// <param name="Summary">Clue content for the package; null for stubs.</param>
/// <param name="State">Current state.</param>
/// <param name="CreatedAt">When drafted.</param>
/// <param name="HandedOverAt">When the package was issued.</param>
/// <param name="Deadline">Feedback deadline (hand-over date plus <see cref="FeedbackMonths"/>), set on hand-over.</param>
/// <param name="ReceivedAt">When the recipient acknowledged.</param>
/// <param name="Disposal">The recipient's disposal method.</param>
/// <param name="Conclusion">The recipient's reported outcome.</param>
/// <param name="ClosedAt">When the office closed it (销号).</param>
/// <param name="ChaseCount">How often it was chased (督办).</param>
public sealed record HandoverItem(
    string Id,
    string ClueId,
    string RoundId,
    DateOnly RoundEnd,
    FindingOffice FoundBy,
    Recipient Recipient,
    RoutingTiming Timing,
    bool StubOnly,
    IReadOnlyList<ProblemDecision> Problems,
    string TableVersion,
    int FeedbackMonths,
    string? Summary,
    HandoverState State,
    DateTimeOffset CreatedAt,
    DateTimeOffset? HandedOverAt,
    DateOnly? Deadline,
    DateTimeOffset? ReceivedAt,
    DisposalMethod? Disposal,
    HandoverConclusion? Conclusion,
    DateTimeOffset? ClosedAt,
    int ChaseCount)
{
    /// <summary>The distinct rules that routed it.</summary>
    public IReadOnlyList<string> RuleIds => Problems.Select(p => p.RuleId).Distinct(StringComparer.Ordinal).ToList();

    /// <summary>Whether it is with the recipient, past its deadline, without a reported outcome.</summary>
    /// <param name="today">Today's date at the office.</param>
    /// <returns>True when it should be chased.</returns>
    public bool IsOverdueOn(DateOnly today) =>
        State is HandoverState.HandedOver or HandoverState.Received or HandoverState.Disposed
        && Deadline is { } deadline && today > deadline;
}
