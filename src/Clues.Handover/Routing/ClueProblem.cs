namespace Clues.Handover.Routing;

/// <summary>One problem a clue alleges, with its assessment flags.</summary>
/// <param name="Problem">The routing problem code (see <see cref="ProblemCodeMapping"/> for domain problem types).</param>
/// <param name="Flags">FIXABLE_NOW and/or UNCLEAR, or none.</param>
public sealed record ClueProblem(ProblemCode Problem, IReadOnlySet<RoutingFlag> Flags);
