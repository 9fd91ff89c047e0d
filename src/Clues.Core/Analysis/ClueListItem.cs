using Clues.Core.Graph;
using Clues.Core.Model;

namespace Clues.Core.Analysis;

/// <summary>A clue on a page with what a list shows beside it. The reporter stays sealed: only <see cref="Clue.HasSealedReporter"/> is carried.</summary>
/// <param name="Clue">The clue.</param>
/// <param name="Subjects">Who or what it concerns, primary first, then by id.</param>
/// <param name="Round">The round it was found in, when recorded.</param>
/// <param name="Group">The group that collected it, when recorded.</param>
public sealed record ClueListItem(Clue Clue, IReadOnlyList<ClueSubject> Subjects, NodeRef? Round, NodeRef? Group);
