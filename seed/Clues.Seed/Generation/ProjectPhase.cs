using System.Globalization;
using System.Text.Json.Nodes;
using Clues.Core.Graph;
using Clues.Core.Model;
using Clues.Seed.Text;

namespace Clues.Seed.Generation;

/// <summary>
/// Construction, procurement and service projects owned by units (OwnsProject), mostly by the
/// departments and state firms that build things, each contracted to one or two companies
/// (Contracted with amount and contract number), preferably local ones.
/// </summary>
internal sealed class ProjectPhase(SeedWorld world) : SeedPhase(world, 6, "项目 projects")
{
    private static readonly HashSet<string> BuildingDepartments = new(StringComparer.Ordinal) { "zj", "jt", "sl", "ny", "xczx", "cg", "jy", "wj", "st", "gx", "sjzy" };

    public override IEnumerable<SeedChunk> Run()
    {
        var owners = new List<int>();
        var weights = new List<double>();
        foreach (var unit in World.Units)
        {
            var weight = unit.Role switch
            {
                UnitRole.Department => BuildingDepartments.Contains(unit.Tag) ? 6.0 : 1.0,
                UnitRole.StateFirm => 5.0,
                UnitRole.Institution => 2.0,
                UnitRole.Township => 2.0,
                UnitRole.Village => 0.3,
                _ => 0.0,
            };
            if (weight > 0)
            {
                owners.Add(unit.Index);
                weights.Add(weight);
            }
        }

        var cumulative = SeedRandom.Cumulative(weights);
        var templatesByTag = new Dictionary<string, ProjectTemplate[]>(StringComparer.Ordinal);
        var total = World.Shape.Projects;
        for (var i = 0; i < total; i++)
        {
            var owner = World.Units[owners[Random.Weighted(cumulative)]];
            var tag = owner.Role switch
            {
                UnitRole.StateFirm => "firm",
                UnitRole.Institution => "institution",
                UnitRole.Township => "township",
                UnitRole.Village => "village",
                _ => owner.Tag,
            };
            if (!templatesByTag.TryGetValue(tag, out var templates))
            {
                templates = ProjectCatalog.For(tag);
                templatesByTag[tag] = templates;
            }

            AddProject(i + 1, owner, Random.Pick(templates));
            if (Sink.IsFull)
            {
                yield return Cut(i + 1, total);
            }
        }

        yield return Cut(total, total);
    }

    private void AddProject(int number, UnitInfo owner, ProjectTemplate template)
    {
        var region = World.Regions[owner.Region];
        // Townships and villages name projects after themselves; other owners after a place in their county or city.
        var place = owner.Role switch
        {
            UnitRole.Township => region.Name + owner.ShortName,
            UnitRole.Village => owner.ShortName,
            _ => template.Pattern.StartsWith("{place}", StringComparison.Ordinal) ? region.Name + PlaceNames.Any(Random) : PlaceNames.Any(Random),
        };
        var start = Random.Date(new DateOnly(2015, 1, 1), new DateOnly(2026, 5, 31));
        var end = start.AddDays(Random.Between(90, 900));
        var name = ProjectCatalog.Fill(template, Random, region.Name, owner.Name, place);
        if (Random.Chance(0.3))
        {
            name = string.Concat(start.Year.ToString(CultureInfo.InvariantCulture), "年", name);
        }

        var id = IdScheme.Project(number);
        var budget = Random.Yuan(template.MinBudget, template.MaxBudget);
        Sink.Add(new Project(id, name, template.Kind, budget, start, end));
        Sink.Link(RelType.OwnsProject, owner.Id, id, start);

        var pool = region.Companies.Count > 0 && Random.Chance(0.7) ? region.Companies : World.Regions[Random.Next(World.Regions.Count)].Companies;
        if (pool.Count == 0)
        {
            pool = World.Regions[0].Companies;
        }

        int[] contractors;
        if (pool.Count == 0)
        {
            contractors = [];
        }
        else if (template.Kind == Core.Model.Taxonomy.ProjectKind.Construction && pool.Count > 1 && Random.Chance(0.25))
        {
            var first = Random.Pick(pool);
            var second = Random.Pick(pool);
            contractors = second == first ? [first] : [first, second];
        }
        else
        {
            contractors = [Random.Pick(pool)];
        }

        var signed = start.AddDays(-Random.Between(7, 45));
        for (var c = 0; c < contractors.Length; c++)
        {
            var share = budget * (decimal)(0.82 + Random.NextDouble() * 0.16) / contractors.Length;
            var amount = decimal.Round(share / 100m, 0, MidpointRounding.ToEven) * 100m;
            var contractNo = string.Create(CultureInfo.InvariantCulture, $"HT-{region.Code}-{signed.Year}-{number:D6}{(contractors.Length > 1 ? "-" + (c + 1) : "")}");
            Sink.Link(RelType.Contracted, World.CompanyIds[contractors[c]], id, signed, end, new JsonObject { ["amount"] = amount, ["contractNo"] = contractNo });
        }

        owner.Projects.Add(World.Projects.Count);
        World.Projects.Add(new ProjectInfo(id, name, owner.Index, start, end, contractors));
    }
}
