using Clues.Core.Model.Taxonomy;

namespace Clues.Handover.Routing;

/// <summary>
/// The one table from the domain's <see cref="ProblemType"/> to routing <see cref="ProblemCode"/>s. Every
/// eight-point-rules type except formalism maps to hedonism and extravagance; every cadre-selection type to
/// CADRE_SELECTION. <see cref="ProblemType.OrganisedCrime"/> (涉黑涉恶及“保护伞”) is ambiguous: when the subject is a
/// public official (any managed cadre, including unit-managed staff) the allegation is being the umbrella, which the
/// discipline commission handles; for a non-cadre it is the organised crime itself, for the political-legal organs.
/// </summary>
public static class ProblemCodeMapping
{
    private static readonly Dictionary<ProblemType, ProblemCode> Table = new()
    {
        [ProblemType.PoliticalDiscipline] = ProblemCode.DisciplinePolitical,
        [ProblemType.OrganisationalDiscipline] = ProblemCode.DisciplineOrganizational,
        [ProblemType.IntegrityDiscipline] = ProblemCode.DisciplineIntegrity,
        [ProblemType.MassDiscipline] = ProblemCode.DisciplineMass,
        [ProblemType.WorkDiscipline] = ProblemCode.DisciplineWork,
        [ProblemType.LifeDiscipline] = ProblemCode.DisciplineLife,
        [ProblemType.FormalismBureaucratism] = ProblemCode.StyleFormalismBureaucratism,
        [ProblemType.GiftsAndCash] = ProblemCode.StyleHedonismExtravagance,
        [ProblemType.ImproperDining] = ProblemCode.StyleHedonismExtravagance,
        [ProblemType.LavishWeddingsFunerals] = ProblemCode.StyleHedonismExtravagance,
        [ProblemType.Allowances] = ProblemCode.StyleHedonismExtravagance,
        [ProblemType.PublicFundedTravel] = ProblemCode.StyleHedonismExtravagance,
        [ProblemType.OtherExtravagance] = ProblemCode.StyleHedonismExtravagance,
        [ProblemType.DemocraticCentralism] = ProblemCode.DemocraticCentralism,
        [ProblemType.OverQuota] = ProblemCode.CadreSelection,
        [ProblemType.OverRank] = ProblemCode.CadreSelection,
        [ProblemType.UnauthorisedBodiesOrTitles] = ProblemCode.CadreSelection,
        [ProblemType.PromotionUnderSuspicion] = ProblemCode.CadreSelection,
        [ProblemType.FileFraud] = ProblemCode.CadreSelection,
        [ProblemType.RushPromotion] = ProblemCode.CadreSelection,
        [ProblemType.BuyingPosts] = ProblemCode.CadreSelection,
        [ProblemType.VoteBuying] = ProblemCode.CadreSelection,
        [ProblemType.Nepotism] = ProblemCode.CadreSelection,
        [ProblemType.WeakGrassrootsOrganisation] = ProblemCode.GrassrootsWeakness,
        [ProblemType.IdeologyWorkResponsibility] = ProblemCode.IdeologyWork,
        [ProblemType.RuleOfLawBuilding] = ProblemCode.RuleOfLawBuilding,
        [ProblemType.DutyCrime] = ProblemCode.DutyCrime,
        [ProblemType.OtherCrime] = ProblemCode.OrdinaryCrime,
        [ProblemType.OrganisedCrime] = ProblemCode.OrganizedCrimeUmbrella,
        [ProblemType.PersonalDemand] = ProblemCode.PersonalDemand,
        [ProblemType.LitigationComplaint] = ProblemCode.LitigationComplaint,
    };

    /// <summary>The routing code of a domain problem type for a subject of the given management level.</summary>
    /// <param name="type">The domain problem type.</param>
    /// <param name="subject">The subject's management level; decides the organised-crime case.</param>
    /// <returns>The routing code.</returns>
    public static ProblemCode ToRoutingCode(ProblemType type, ManagementLevel subject) =>
        type == ProblemType.OrganisedCrime && subject == ManagementLevel.None
            ? ProblemCode.OrganizedCrime
            : Table.TryGetValue(type, out var code)
                ? code
                : throw new ArgumentOutOfRangeException(nameof(type), type, "This problem type has no routing code; add it to ProblemCodeMapping.");

    /// <summary>The wire spelling of a routing code, e.g. <c>DISCIPLINE_POLITICAL</c>.</summary>
    /// <param name="code">The code.</param>
    /// <returns>Its SCREAMING_SNAKE_CASE name.</returns>
    public static string WireName(ProblemCode code) => WireNames.Of(code);
}
