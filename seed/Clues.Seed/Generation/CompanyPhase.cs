using Clues.Core.Model.Taxonomy;
using Clues.Seed.Text;

namespace Clues.Seed.Generation;

/// <summary>
/// Companies across the city and counties, each with a valid unique credit code, a legal
/// representative and shareholders. About one in seven is fronted by a cadre's adult relative, the
/// pattern data comparison (数据比对) looks for; a few are held partly by another company.
/// </summary>
internal sealed class CompanyPhase(SeedWorld world) : SeedPhase(world, 5, "企业 companies")
{
    private static readonly decimal[] Capitals = [500_000m, 1_000_000m, 2_000_000m, 3_000_000m, 5_000_000m, 10_000_000m, 20_000_000m, 50_000_000m, 100_000_000m];

    public override IEnumerable<SeedChunk> Run()
    {
        var total = World.Shape.Companies;
        var counties = World.Regions.Count - 1;
        for (var i = 0; i < total; i++)
        {
            var region = World.Regions[Random.Chance(0.3) ? 0 : 1 + Random.Next(counties)];
            var established = Random.Date(new DateOnly(1998, 1, 1), new DateOnly(2025, 12, 31));
            var legal = region.AdultRelatives.Count > 0 && Random.Chance(0.15) ? Random.Pick(region.AdultRelatives) : BusinessPerson(region.Index);
            var name = CompanyNames.Unique(Random, region.Name, World.UsedCompanyNames);
            var company = World.AddCompany(name, region.Index, legal, Random.Pick(Capitals), established);
            var legalId = World.People.IdOf(legal);

            if (Random.Chance(0.55))
            {
                World.AddShareholder(legalId, company, 100m, established);
            }
            else
            {
                var share = (decimal)Random.Between(40, 90);
                World.AddShareholder(legalId, company, share, established);
                string partnerId;
                if (region.Companies.Count > 0 && Random.Chance(0.08))
                {
                    partnerId = World.CompanyIds[Random.Pick(region.Companies)];
                }
                else
                {
                    var partner = region.AdultRelatives.Count > 0 && Random.Chance(0.2) ? Random.Pick(region.AdultRelatives) : BusinessPerson(region.Index);
                    partnerId = World.People.IdOf(partner);
                }

                if (partnerId != legalId)
                {
                    World.AddShareholder(partnerId, company, 100m - share, established);
                }
            }

            region.Companies.Add(company);
            if (Sink.IsFull)
            {
                yield return Cut(i + 1, total);
            }
        }

        yield return Cut(total, total);
    }

    private int BusinessPerson(int region)
    {
        var gender = Random.Chance(0.75) ? Gender.Male : Gender.Female;
        var birth = Random.Date(new DateOnly(1958, 1, 1), new DateOnly(1996, 12, 31));
        var name = World.Names.FullName(Random, gender);
        return World.AddPerson(Random, name, gender, birth, region, ManagementLevel.None, SeedWorld.StatusFor(Random, 0.12, birth.Year), TieContext.Business);
    }
}
