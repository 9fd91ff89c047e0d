using Clues.Core.Model;
using Clues.Handover.Routing;

namespace Clues.Handover.Drafting;

/// <summary>What the graph says about a clue for routing it: the clue, the round that found it and its office, and each subject with its management level and jurisdiction.</summary>
/// <param name="Clue">The clue.</param>
/// <param name="Round">The inspection round it was found in.</param>
/// <param name="FoundBy">The office of that round (level and division code).</param>
/// <param name="Subjects">The people and units it concerns, with what routing needs of each.</param>
public sealed record ClueHandoverFacts(Clue Clue, InspectionRound Round, FindingOffice FoundBy, IReadOnlyList<ClueHandoverSubject> Subjects)
{
    /// <summary>
    /// The subject the clue is routed by: the person under the highest management authority (a province-managed cadre
    /// before a city-managed one, people before units), since the body that manages the most senior cadre is competent
    /// for the whole allegation.
    /// </summary>
    public ClueHandoverSubject PrincipalSubject => Subjects
        .OrderBy(s => s.Label == Core.Graph.NodeLabel.Person ? 0 : 1)
        .ThenBy(s => (int)s.Routing.ManagementLevel)
        .ThenBy(s => s.Id, StringComparer.Ordinal)
        .First();

    /// <summary>The clue's problems as routing codes for the principal subject, each with the officer's flags.</summary>
    /// <param name="flags">FIXABLE_NOW, UNCLEAR or none.</param>
    /// <returns>One entry per distinct routing code.</returns>
    public IReadOnlyList<ClueProblem> RoutingProblems(IReadOnlySet<RoutingFlag> flags) => Clue.Problems
        .Select(p => ProblemCodeMapping.ToRoutingCode(p, PrincipalSubject.Routing.ManagementLevel))
        .Distinct()
        .Select(code => new ClueProblem(code, flags))
        .ToList();
}
