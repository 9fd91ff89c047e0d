using Clues.Handover.Routing;

namespace Clues.Handover.Workflow;

/// <summary>A clue to turn into handover drafts, one per recipient the rule table decides.</summary>
/// <param name="ClueId">The clue.</param>
/// <param name="RoundId">The round that found it.</param>
/// <param name="RoundEnd">Last day of that round (province stubs wait for it).</param>
/// <param name="Subject">Whom it is about.</param>
/// <param name="FoundBy">The office whose round found it; the drafting group member must work for it.</param>
/// <param name="Problems">The problems it alleges, with flags.</param>
/// <param name="Summary">Clue content for the package; dropped for stub-only items.</param>
public sealed record HandoverDraftRequest(
    string ClueId,
    string RoundId,
    DateOnly RoundEnd,
    RoutingSubject Subject,
    FindingOffice FoundBy,
    IReadOnlyList<ClueProblem> Problems,
    string? Summary);
