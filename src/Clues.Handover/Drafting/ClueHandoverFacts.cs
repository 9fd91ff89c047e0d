using Clues.Core.Model;
using Clues.Handover.Routing;

namespace Clues.Handover.Drafting;

/// <summary>What the graph says about a clue for routing it: the clue, the round that found it and its office, and each subject with its management level and jurisdiction.</summary>
/// <param name="Clue">The clue.</param>
/// <param name="Round">The inspection round it was found in.</param>
/// <param name="FoundBy">The office of that round (level and division code).</param>
/// <param name="Subjects">The people and units it concerns, with what routing needs of each.</param>
public sealed record ClueHandoverFacts(Clue Clue, InspectionRound Round, FindingOffice FoundBy, IReadOnlyList<ClueHandoverSubject> Subjects);
