using Clues.Core.Model.Taxonomy;
using Clues.Seed.Text;

namespace Clues.Seed.Generation;

/// <summary>
/// Where a handed-over seeded clue went. This is a plausible simplification of the routing table in
/// the domain brief, only so the seeded graph has HandedTo links to look at; the handover module's
/// versioned rule table, not this class, is the authority on routing.
/// </summary>
internal static class HandoverTargets
{
    public static string BodyFor(SeedWorld world, ProblemType problem, ManagementLevel subjectLevel, int subjectRegion, int roundRegion, SeedRandom random)
    {
        var city = world.Regions[0];
        var round = world.Regions[roundRegion];
        if (subjectLevel == ManagementLevel.Province)
        {
            return IdScheme.Body(RegionCatalog.ProvinceCode, "xsb");
        }

        if (subjectLevel == ManagementLevel.City && !round.IsCity)
        {
            return city.Bodies["xcb"];
        }

        var managing = subjectLevel switch
        {
            ManagementLevel.City => city,
            ManagementLevel.County => world.Regions[subjectRegion],
            _ => round,
        };

        return ProblemTaxonomy.GroupOf(problem) switch
        {
            ProblemGroup.CadreSelection => managing.Bodies["od"],
            ProblemGroup.Responsibility => problem == ProblemType.RuleOfLawBuilding ? round.Bodies["law"] : round.Bodies["prop"],
            ProblemGroup.NotInspectionBusiness => round.Bodies["xf"],
            ProblemGroup.SuspectedCrime when problem != ProblemType.DutyCrime => random.Chance(0.7) ? round.Bodies["police"] : round.Bodies["proc"],
            _ when managing.IsCity && random.Chance(0.3) => managing.Bodies["rt" + random.Between(1, 3)],
            _ => managing.Bodies["dc"],
        };
    }
}
