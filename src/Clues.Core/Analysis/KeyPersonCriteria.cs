using Clues.Core.Model.Taxonomy;

namespace Clues.Core.Analysis;

/// <summary>
/// The key-person criteria as data, so the ranking shows and tests exactly what it used:
/// seriousness by problem group, and which problem types count as political or economic when
/// looking for the two intertwined (政治问题和经济问题交织).
/// </summary>
internal static class KeyPersonCriteria
{
    /// <summary>The eight-point rules were adopted on 2012-12-04; clues after it show the person did not stop (不收敛不收手).</summary>
    public static readonly DateOnly DefaultPersistenceCutoff = new(2012, 12, 4);

    /// <summary>Political problems: against political or organisational discipline, buying votes, and acting as a "protective umbrella" for organised crime.</summary>
    public static readonly IReadOnlySet<ProblemType> Political = new HashSet<ProblemType>
    {
        ProblemType.PoliticalDiscipline,
        ProblemType.OrganisationalDiscipline,
        ProblemType.VoteBuying,
        ProblemType.OrganisedCrime,
    };

    /// <summary>Economic problems: integrity, duty crime (bribery, embezzlement), gifts and cash, buying posts.</summary>
    public static readonly IReadOnlySet<ProblemType> Economic = new HashSet<ProblemType>
    {
        ProblemType.IntegrityDiscipline,
        ProblemType.DutyCrime,
        ProblemType.GiftsAndCash,
        ProblemType.BuyingPosts,
    };

    public static ClueSeriousness SeriousnessOf(ProblemType type) => ProblemTaxonomy.GroupOf(type) switch
    {
        ProblemGroup.SuspectedCrime => ClueSeriousness.Crime,
        ProblemGroup.SixDisciplines or ProblemGroup.CadreSelection => ClueSeriousness.Discipline,
        ProblemGroup.EightPointRules => ClueSeriousness.WorkStyle,
        ProblemGroup.Organisation or ProblemGroup.Responsibility => ClueSeriousness.PartyBuilding,
        _ => ClueSeriousness.NotInspectionBusiness,
    };
}
