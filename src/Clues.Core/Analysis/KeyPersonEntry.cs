using Clues.Core.Graph;
using Clues.Core.Model.Taxonomy;

namespace Clues.Core.Analysis;

/// <summary>One ranked person with every factor the ordering used; there is no hidden score.</summary>
/// <param name="Rank">Place in the ranking, from 1.</param>
/// <param name="Person">The person.</param>
/// <param name="ClueIds">The clues counted, ordered by day received then id.</param>
/// <param name="SourceChannels">Distinct channels the clues came in by (independent sources), in enum order.</param>
/// <param name="LatestClueOn">Day the most recent counted clue was received.</param>
/// <param name="CluesAfterCutoff">Clues received on or after the persistence cutoff (不收敛不收手).</param>
/// <param name="Seriousness">The most serious problem among the clues.</param>
/// <param name="PoliticalProblems">Political problem types among the clues.</param>
/// <param name="EconomicProblems">Economic problem types among the clues.</param>
/// <param name="Post">The person's post that counts for the ranking, if any.</param>
/// <param name="ManagementLevel">Who manages the person (干部管理权限).</param>
/// <param name="Factors">Each factor as a sentence, in the order the ranking compares them.</param>
public sealed record KeyPersonEntry(
    int Rank,
    NodeRef Person,
    IReadOnlyList<string> ClueIds,
    IReadOnlyList<ClueSource> SourceChannels,
    DateOnly? LatestClueOn,
    int CluesAfterCutoff,
    ClueSeriousness Seriousness,
    IReadOnlyList<ProblemType> PoliticalProblems,
    IReadOnlyList<ProblemType> EconomicProblems,
    KeyPersonPost? Post,
    ManagementLevel ManagementLevel,
    IReadOnlyList<string> Factors)
{
    /// <summary>Number of clues counted.</summary>
    public int ClueCount => ClueIds.Count;

    /// <summary>Number of independent source channels.</summary>
    public int SourceChannelCount => SourceChannels.Count;

    /// <summary>True when the clues show both political and economic problems (交织).</summary>
    public bool PoliticalAndEconomic => PoliticalProblems.Count > 0 && EconomicProblems.Count > 0;
}
