using Clues.Core.Graph;
using Clues.Core.Model;
using Clues.Core.Model.Taxonomy;
using Clues.Seed.Text;

namespace Clues.Seed.Generation;

/// <summary>
/// The unit hierarchy of the city and each county: party committee and government, departments under
/// the government, state firms under the SASAC (国资委), institutions under their department, townships
/// under the county party committee and villages (or urban communities) under their township. Every
/// unit gets SubordinateTo its parent and InJurisdiction its city or county.
/// </summary>
internal sealed class UnitPhase(SeedWorld world) : SeedPhase(world, 2, "单位 units")
{
    public override IEnumerable<SeedChunk> Run()
    {
        var total = World.Regions.Count;
        foreach (var region in World.Regions)
        {
            AddRegionUnits(region);
            if (Sink.IsFull)
            {
                yield return Cut(region.Index + 1, total);
            }
        }

        yield return Cut(total, total);
    }

    private void AddRegionUnits(RegionInfo region)
    {
        var city = region.IsCity;
        var n = region.Name;
        var l = region.LevelChar;
        var party = AddUnit(region, $"中共{n}委员会", $"{l}委", UnitRole.PartyCommittee, UnitKind.PartyOrganisation, "root", $"{l}委书记", city ? -1 : World.Regions[0].PartyCommittee);
        var government = AddUnit(region, $"{n}人民政府", $"{l}政府", UnitRole.Government, UnitKind.Department, "root", l + "长", city ? -1 : World.Regions[0].Government);
        region.PartyCommittee = party;
        region.Government = government;

        var byKey = new Dictionary<string, int>(StringComparer.Ordinal);
        var departments = city ? World.Shape.CityDepartments : World.Shape.CountyDepartments;
        foreach (var template in UnitCatalog.Departments.Take(departments))
        {
            var name = city ? template.CityName : template.CountyName;
            byKey[template.Key] = AddUnit(region, n + name, name, UnitRole.Department, UnitKind.Department, template.Key, city ? template.CityHead : template.CountyHead, government);
        }

        var firmParent = byKey.TryGetValue("gzw", out var gzw) ? gzw : government;
        var firms = city ? UnitCatalog.CityStateFirms.Take(World.Shape.CityFirms) : UnitCatalog.CountyStateFirms.Take(World.Shape.CountyFirms);
        foreach (var firm in firms)
        {
            AddUnit(region, n + firm, firm, UnitRole.StateFirm, UnitKind.StateFirm, "firm", "党委书记、董事长", firmParent);
        }

        var institutions = city ? UnitCatalog.CityInstitutions.Take(World.Shape.CityInstitutions) : UnitCatalog.CountyInstitutions.Take(World.Shape.CountyInstitutions);
        foreach (var institution in institutions)
        {
            var parent = byKey.TryGetValue(institution.ParentKey, out var p) ? p : government;
            AddUnit(region, n + institution.Name, institution.Name, UnitRole.Institution, UnitKind.PublicInstitution, "institution", institution.HeadTitle, parent, institution.StaffTitle);
        }

        if (city)
        {
            return;
        }

        var townNames = new HashSet<string>(StringComparer.Ordinal);
        for (var t = 0; t < World.Shape.TownshipsPerCounty; t++)
        {
            var settlement = region.IsDistrict ? "街道" : Random.Chance(0.8) ? "镇" : "乡";
            var place = PlaceNames.Unique(Random, townNames) + settlement;
            var unitName = region.Name + place + (settlement == "街道" ? "办事处" : "人民政府");
            var township = AddUnit(region, unitName, place, UnitRole.Township, UnitKind.Township, "township", settlement == "街道" ? "街道党工委书记" : settlement + "党委书记", party, settlement: settlement);

            var villageNames = new HashSet<string>(StringComparer.Ordinal);
            var suffix = UnitCatalog.VillageSuffix(region.IsDistrict);
            for (var v = 0; v < World.Shape.VillagesPerTownship; v++)
            {
                var village = PlaceNames.Unique(Random, villageNames) + suffix;
                var name = suffix == "社区" ? $"{place}{village}党委" : $"{place}{village}党支部委员会";
                var index = AddUnit(region, name, place + village, UnitRole.Village, UnitKind.Village, "village", suffix == "社区" ? "社区党委书记" : "村党支部书记", township, settlement: suffix);
                region.Villages.Add(index);
            }
        }
    }

    private int AddUnit(RegionInfo region, string name, string shortName, UnitRole role, UnitKind kind, string tag, string headTitle, int parent, string staffTitle = "科员", string settlement = "")
    {
        var index = World.Units.Count;
        var info = new UnitInfo
        {
            Index = index,
            Id = IdScheme.Unit(index + 1),
            Name = name,
            ShortName = shortName,
            Role = role,
            Kind = kind,
            Tag = tag,
            Region = region.Index,
            HeadTitle = headTitle,
            StaffTitle = staffTitle,
            Settlement = settlement,
        };
        World.Units.Add(info);
        region.Units.Add(index);
        Sink.Add(new Unit(info.Id, name, kind));
        Sink.Link(RelType.InJurisdiction, info.Id, region.JurisdictionId);
        if (parent >= 0)
        {
            Sink.Link(RelType.SubordinateTo, info.Id, World.Units[parent].Id);
        }

        return index;
    }
}
