namespace Clues.Core.Model.Taxonomy;

/// <summary>The problem taxonomy as data: the group of each type (labels come from <see cref="LabelAttribute"/>).</summary>
public static class ProblemTaxonomy
{
    private static readonly Dictionary<ProblemType, ProblemGroup> Table = new()
    {
        [ProblemType.PoliticalDiscipline] = ProblemGroup.SixDisciplines,
        [ProblemType.OrganisationalDiscipline] = ProblemGroup.SixDisciplines,
        [ProblemType.IntegrityDiscipline] = ProblemGroup.SixDisciplines,
        [ProblemType.MassDiscipline] = ProblemGroup.SixDisciplines,
        [ProblemType.WorkDiscipline] = ProblemGroup.SixDisciplines,
        [ProblemType.LifeDiscipline] = ProblemGroup.SixDisciplines,
        [ProblemType.FormalismBureaucratism] = ProblemGroup.EightPointRules,
        [ProblemType.GiftsAndCash] = ProblemGroup.EightPointRules,
        [ProblemType.ImproperDining] = ProblemGroup.EightPointRules,
        [ProblemType.LavishWeddingsFunerals] = ProblemGroup.EightPointRules,
        [ProblemType.Allowances] = ProblemGroup.EightPointRules,
        [ProblemType.PublicFundedTravel] = ProblemGroup.EightPointRules,
        [ProblemType.OtherExtravagance] = ProblemGroup.EightPointRules,
        [ProblemType.DemocraticCentralism] = ProblemGroup.CadreSelection,
        [ProblemType.OverQuota] = ProblemGroup.CadreSelection,
        [ProblemType.OverRank] = ProblemGroup.CadreSelection,
        [ProblemType.UnauthorisedBodiesOrTitles] = ProblemGroup.CadreSelection,
        [ProblemType.PromotionUnderSuspicion] = ProblemGroup.CadreSelection,
        [ProblemType.FileFraud] = ProblemGroup.CadreSelection,
        [ProblemType.RushPromotion] = ProblemGroup.CadreSelection,
        [ProblemType.BuyingPosts] = ProblemGroup.CadreSelection,
        [ProblemType.VoteBuying] = ProblemGroup.CadreSelection,
        [ProblemType.Nepotism] = ProblemGroup.CadreSelection,
        [ProblemType.WeakGrassrootsOrganisation] = ProblemGroup.Organisation,
        [ProblemType.IdeologyWorkResponsibility] = ProblemGroup.Responsibility,
        [ProblemType.RuleOfLawBuilding] = ProblemGroup.Responsibility,
        [ProblemType.DutyCrime] = ProblemGroup.SuspectedCrime,
        [ProblemType.OtherCrime] = ProblemGroup.SuspectedCrime,
        [ProblemType.OrganisedCrime] = ProblemGroup.SuspectedCrime,
        [ProblemType.PersonalDemand] = ProblemGroup.NotInspectionBusiness,
        [ProblemType.LitigationComplaint] = ProblemGroup.NotInspectionBusiness,
    };

    /// <summary>Every problem type, in declaration order.</summary>
    public static IReadOnlyList<ProblemType> All { get; } = Enum.GetValues<ProblemType>();

    /// <summary>The group a problem type belongs to.</summary>
    public static ProblemGroup GroupOf(ProblemType type) => Table[type];

    /// <summary>The Chinese label users read.</summary>
    public static string LabelOf(ProblemType type) => Labels.Of(type);
}
