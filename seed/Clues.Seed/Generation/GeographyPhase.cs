using Clues.Core.Graph;
using Clues.Core.Identifiers;
using Clues.Core.Model;
using Clues.Core.Model.Taxonomy;
using Clues.Seed.Text;

namespace Clues.Seed.Generation;

/// <summary>
/// The province, the city and its counties (PartOf), and the receiving bodies of each level with
/// InJurisdiction: discipline commissions, organisation and propaganda departments, police,
/// procuratorates, rule-of-law offices, inspection offices, petition bureaus, the city's resident
/// discipline teams and the provincial inspection office.
/// </summary>
internal sealed class GeographyPhase(SeedWorld world) : SeedPhase(world, 1, "行政区划与受理机关 geography and bodies")
{
    public override IEnumerable<SeedChunk> Run()
    {
        var provinceId = IdScheme.Jurisdiction(RegionCatalog.ProvinceCode);
        Sink.Add(new Jurisdiction(provinceId, RegionCatalog.ProvinceName, DivisionCode.Parse(RegionCatalog.ProvinceCode), JurisdictionLevel.Province));
        AddBody(RegionCatalog.ProvinceCode, "dc", "湖南省纪委监委", BodyKind.DisciplineCommission, JurisdictionLevel.Province, provinceId);
        AddBody(RegionCatalog.ProvinceCode, "od", "中共湖南省委组织部", BodyKind.OrganisationDepartment, JurisdictionLevel.Province, provinceId);
        AddBody(RegionCatalog.ProvinceCode, "xsb", "中共湖南省委巡视工作领导小组办公室", BodyKind.ProvincialInspectionOffice, JurisdictionLevel.Province, provinceId);

        foreach (var region in World.Regions)
        {
            var level = region.IsCity ? JurisdictionLevel.City : JurisdictionLevel.County;
            Sink.Add(new Jurisdiction(region.JurisdictionId, region.Name, DivisionCode.Parse(region.Code), level));
            Sink.Link(RelType.PartOf, region.JurisdictionId, region.IsCity ? provinceId : World.Regions[0].JurisdictionId);

            var n = region.Name;
            var l = region.LevelChar;
            region.Bodies["dc"] = AddBody(region.Code, "dc", $"{n}纪委监委", BodyKind.DisciplineCommission, level, region.JurisdictionId);
            region.Bodies["od"] = AddBody(region.Code, "od", $"中共{n}委组织部", BodyKind.OrganisationDepartment, level, region.JurisdictionId);
            region.Bodies["police"] = AddBody(region.Code, "police", $"{n}公安局", BodyKind.PoliticalLegal, level, region.JurisdictionId);
            region.Bodies["proc"] = AddBody(region.Code, "proc", $"{n}人民检察院", BodyKind.PoliticalLegal, level, region.JurisdictionId);
            region.Bodies["prop"] = AddBody(region.Code, "prop", $"中共{n}委宣传部", BodyKind.Propaganda, level, region.JurisdictionId);
            region.Bodies["law"] = AddBody(region.Code, "law", $"中共{n}委全面依法治{l}委员会办公室", BodyKind.RuleOfLawOffice, level, region.JurisdictionId);
            region.Bodies["xcb"] = AddBody(region.Code, "xcb", $"中共{n}委巡察工作领导小组办公室", BodyKind.InspectionOffice, level, region.JurisdictionId);
            region.Bodies["xf"] = AddBody(region.Code, "xf", $"{n}信访局", BodyKind.ResponsibleDepartment, level, region.JurisdictionId);
            if (region.IsCity)
            {
                for (var i = 1; i <= 3; i++)
                {
                    region.Bodies["rt" + i] = AddBody(region.Code, "rt" + i, $"{n}纪委监委派驻第{ChineseNumerals.Of(i)}纪检监察组", BodyKind.ResidentTeam, level, region.JurisdictionId);
                }
            }
        }

        yield return Cut(World.Regions.Count + 1, World.Regions.Count + 1);
    }

    private string AddBody(string code, string slug, string name, BodyKind kind, JurisdictionLevel level, string jurisdictionId)
    {
        var id = IdScheme.Body(code, slug);
        Sink.Add(new Body(id, name, kind, level));
        Sink.Link(RelType.InJurisdiction, id, jurisdictionId);
        return id;
    }
}
