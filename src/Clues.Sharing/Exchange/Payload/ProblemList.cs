using Clues.Core.Model.Taxonomy;

namespace Clues.Sharing.Exchange.Payload;

/// <summary>
/// A round's problem list (问题清单): how many clues it found of each problem type, without subjects or content, so the
/// other level sees what the round turned up even where no clue concerns its cadres.
/// </summary>
/// <param name="RoundId">The round's id at the sender.</param>
/// <param name="RoundName">e.g. 中共江北区委第十四届第三轮巡察.</param>
/// <param name="Kind">Regular, elevated, cross ...</param>
/// <param name="Start">First day of the round.</param>
/// <param name="End">Last day of the round.</param>
/// <param name="Clues">Clues the round found (within the package's date window).</param>
/// <param name="Shared">Of those, how many travel in this package.</param>
/// <param name="ByProblem">Clue count per problem type (a clue with two types counts for both).</param>
internal sealed record ProblemList(
    string RoundId,
    string RoundName,
    RoundKind Kind,
    DateOnly Start,
    DateOnly End,
    int Clues,
    int Shared,
    IReadOnlyDictionary<ProblemType, int> ByProblem);
