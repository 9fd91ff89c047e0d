namespace Clues.Handover.Routing;

/// <summary>One problem of one clue, the unit the rule table decides.</summary>
/// <param name="Subject">Whom the problem is about.</param>
/// <param name="FoundBy">The office whose round found it.</param>
/// <param name="Problem">The routing problem code.</param>
/// <param name="Flags">Assessment flags on this problem.</param>
public sealed record RoutingCase(RoutingSubject Subject, FindingOffice FoundBy, ProblemCode Problem, IReadOnlySet<RoutingFlag> Flags);
