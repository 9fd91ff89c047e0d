namespace Clues.Handover.Routing;

/// <summary>A whole clue to route: one subject, the finding office and every problem it alleges.</summary>
/// <param name="ClueId">The clue's id.</param>
/// <param name="Subject">Whom it is about.</param>
/// <param name="FoundBy">The office whose round found it.</param>
/// <param name="Problems">Its problems; at least one.</param>
public sealed record ClueRoutingRequest(string ClueId, RoutingSubject Subject, FindingOffice FoundBy, IReadOnlyList<ClueProblem> Problems);
