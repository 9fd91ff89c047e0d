using Clues.Core.Model.Taxonomy;
using Clues.Seed.Text;

namespace Clues.Seed.Generation;

/// <summary>
/// The posts of each kind of unit, following how Chinese units are staffed: city leaders are
/// province-managed (省管), county leaders and city department leaders city-managed (市管), county
/// department and township leaders county-managed (县管), section staff unit-managed, and ordinary
/// firm and institution staff not cadres at all.
/// </summary>
internal static class Staffing
{
    public static void PostsFor(UnitInfo unit, RegionInfo region, PresetShape shape, SeedRandom random, List<PostSpec> posts)
    {
        posts.Clear();
        var city = unit.IsCityLevel;
        var l = region.LevelChar;
        switch (unit.Role)
        {
            case UnitRole.PartyCommittee:
                var top = city ? ManagementLevel.Province : ManagementLevel.City;
                posts.Add(new($"{l}委书记", city ? CadreRank.DepartmentChief : CadreRank.DivisionChief, true, top, PostRole.Head, 1964, 1976));
                posts.Add(new($"{l}委副书记", city ? CadreRank.DepartmentChief : CadreRank.DivisionChief, true, top, PostRole.Mayor, 1966, 1978));
                posts.Add(new($"{l}委专职副书记", city ? CadreRank.DepartmentDeputy : CadreRank.DivisionDeputy, true, top, PostRole.Deputy, 1966, 1980));
                posts.Add(new($"{l}委常委、秘书长", city ? CadreRank.DepartmentDeputy : CadreRank.DivisionDeputy, true, top, PostRole.Deputy, 1967, 1982));
                posts.Add(new($"{l}委办公室主任", city ? CadreRank.DivisionChief : CadreRank.SectionChief, false, city ? ManagementLevel.City : ManagementLevel.County, PostRole.Section, 1970, 1985));
                break;

            case UnitRole.Government:
                var head = city ? ManagementLevel.Province : ManagementLevel.City;
                var chief = l == "区" ? "区长" : l == "县" ? "县长" : "市长";
                posts.Add(new(chief, city ? CadreRank.DepartmentChief : CadreRank.DivisionChief, true, head, PostRole.MayorSeat, 1966, 1978));
                posts.Add(new($"{l}委常委、常务副{chief}", city ? CadreRank.DepartmentDeputy : CadreRank.DivisionDeputy, true, head, PostRole.Deputy, 1966, 1980));
                var deputies = random.Between(shape.DeputiesMin + 1, shape.DeputiesMax + 1);
                for (var i = 0; i < deputies; i++)
                {
                    posts.Add(new($"副{chief}", city ? CadreRank.DepartmentDeputy : CadreRank.DivisionDeputy, true, head, PostRole.Deputy, 1966, 1984));
                }

                posts.Add(new($"{l}政府办公室主任", city ? CadreRank.DivisionChief : CadreRank.SectionChief, false, city ? ManagementLevel.City : ManagementLevel.County, PostRole.Section, 1970, 1985));
                break;

            case UnitRole.Department:
                AddDepartment(unit, shape, random, posts, city);
                break;

            case UnitRole.StateFirm:
                posts.Add(new("党委书记、董事长", city ? CadreRank.DivisionChief : CadreRank.SectionChief, true, city ? ManagementLevel.City : ManagementLevel.County, PostRole.Head, 1964, 1978));
                posts.Add(new("党委副书记、总经理", city ? CadreRank.DivisionDeputy : CadreRank.SectionDeputy, true, city ? ManagementLevel.City : ManagementLevel.County, PostRole.Deputy, 1966, 1982));
                AddMany(posts, random.Between(shape.DeputiesMin, shape.DeputiesMax), new("党委委员、副总经理", city ? CadreRank.SectionChief : CadreRank.SectionDeputy, true, ManagementLevel.Unit, PostRole.Deputy, 1968, 1986));
                posts.Add(new("纪委书记", city ? CadreRank.SectionChief : CadreRank.SectionDeputy, true, ManagementLevel.Unit, PostRole.Deputy, 1966, 1984));
                for (var i = 0; i < shape.CitySections / 2 + 1; i++)
                {
                    posts.Add(new(UnitCatalog.FirmDepartments[i % UnitCatalog.FirmDepartments.Length] + "经理", CadreRank.SectionDeputy, false, ManagementLevel.Unit, PostRole.Section, 1972, 1990));
                }

                AddMany(posts, Around(random, shape.FirmStaff), new("职员", CadreRank.Staff, false, ManagementLevel.None, PostRole.Staff, 1975, 2001));
                break;

            case UnitRole.Institution:
                posts.Add(new(unit.HeadTitle, city ? CadreRank.DivisionDeputy : CadreRank.SectionChief, true, city ? ManagementLevel.City : ManagementLevel.County, PostRole.Head, 1965, 1978));
                posts.Add(new("党委书记", city ? CadreRank.DivisionDeputy : CadreRank.SectionChief, true, city ? ManagementLevel.City : ManagementLevel.County, PostRole.Secretary, 1965, 1978));
                AddMany(posts, random.Between(shape.DeputiesMin, shape.DeputiesMax), new("副" + unit.HeadTitle, city ? CadreRank.SectionChief : CadreRank.SectionDeputy, true, ManagementLevel.Unit, PostRole.Deputy, 1968, 1985));
                AddMany(posts, Around(random, shape.InstitutionStaff), new(unit.StaffTitle, CadreRank.Staff, false, ManagementLevel.None, PostRole.Staff, 1972, 2001));
                break;

            case UnitRole.Township:
                AddTownship(unit, shape, random, posts);
                break;

            case UnitRole.Village:
                var s = unit.Settlement;
                var committee = s == "社区" ? "居委会" : "村委会";
                var party = s == "社区" ? "社区党委" : "村党支部";
                posts.Add(new($"{party}书记、{committee}主任", CadreRank.Staff, true, ManagementLevel.Unit, PostRole.Head, 1962, 1988));
                posts.Add(new($"{party}副书记", CadreRank.Staff, true, ManagementLevel.Unit, PostRole.Deputy, 1965, 1992));
                posts.Add(new($"{committee}委员", CadreRank.Staff, true, ManagementLevel.Unit, PostRole.Deputy, 1965, 1995));
                posts.Add(new($"{(s == "社区" ? "居务" : "村务")}监督委员会主任", CadreRank.Staff, true, ManagementLevel.Unit, PostRole.Deputy, 1960, 1990));
                posts.Add(new(s == "社区" ? "社区网格员" : "村报账员", CadreRank.Staff, false, ManagementLevel.None, PostRole.Staff, 1970, 1998));
                break;
        }
    }

    private static void AddDepartment(UnitInfo unit, PresetShape shape, SeedRandom random, List<PostSpec> posts, bool city)
    {
        var level = city ? ManagementLevel.City : ManagementLevel.County;
        posts.Add(new(unit.HeadTitle, city ? CadreRank.DivisionChief : CadreRank.SectionChief, true, level, PostRole.Head, 1965, 1980));
        posts.Add(new("党组书记", city ? CadreRank.DivisionChief : CadreRank.SectionChief, true, level, PostRole.Secretary, 1965, 1980));
        AddMany(posts, random.Between(shape.DeputiesMin, shape.DeputiesMax), new("党组成员、副" + unit.HeadTitle, city ? CadreRank.DivisionDeputy : CadreRank.SectionDeputy, true, level, PostRole.Deputy, 1967, 1986));
        var sections = city ? shape.CitySections : shape.CountySections;
        for (var i = 0; i < sections; i++)
        {
            var stem = UnitCatalog.SectionStems[i % UnitCatalog.SectionStems.Length];
            posts.Add(i == 0
                ? new("办公室主任", city ? CadreRank.SectionChief : CadreRank.Staff, false, ManagementLevel.Unit, PostRole.Section, 1970, 1990)
                : city
                    ? new($"{stem}科科长", CadreRank.SectionChief, false, ManagementLevel.Unit, PostRole.Section, 1970, 1990)
                    : new($"{stem}股股长", CadreRank.Staff, false, ManagementLevel.Unit, PostRole.Section, 1972, 1992));
        }

        AddMany(posts, Around(random, city ? shape.CityStaff : shape.CountyStaff), new(city ? "一级科员" : "科员", CadreRank.Staff, false, ManagementLevel.Unit, PostRole.Staff, 1975, 2001));
    }

    private static void AddTownship(UnitInfo unit, PresetShape shape, SeedRandom random, List<PostSpec> posts)
    {
        var county = ManagementLevel.County;
        if (unit.Settlement == "街道")
        {
            posts.Add(new("街道党工委书记", CadreRank.SectionChief, true, county, PostRole.Head, 1966, 1982));
            posts.Add(new("街道党工委副书记、办事处主任", CadreRank.SectionChief, true, county, PostRole.Deputy, 1968, 1985));
            posts.Add(new("街道党工委副书记", CadreRank.SectionDeputy, true, county, PostRole.Deputy, 1970, 1988));
            AddMany(posts, random.Between(shape.DeputiesMin, shape.DeputiesMax), new("街道办事处副主任", CadreRank.SectionDeputy, true, county, PostRole.Deputy, 1970, 1990));
            posts.Add(new("街道纪工委书记", CadreRank.SectionDeputy, true, county, PostRole.Deputy, 1970, 1988));
        }
        else
        {
            var t = unit.Settlement;
            posts.Add(new($"{t}党委书记", CadreRank.SectionChief, true, county, PostRole.Head, 1966, 1982));
            posts.Add(new($"{t}党委副书记、{t}长", CadreRank.SectionChief, true, county, PostRole.Deputy, 1968, 1985));
            posts.Add(new($"{t}党委副书记", CadreRank.SectionDeputy, true, county, PostRole.Deputy, 1970, 1988));
            AddMany(posts, random.Between(shape.DeputiesMin, shape.DeputiesMax), new($"副{t}长", CadreRank.SectionDeputy, true, county, PostRole.Deputy, 1970, 1990));
            posts.Add(new($"{t}纪委书记", CadreRank.SectionDeputy, true, county, PostRole.Deputy, 1970, 1988));
            posts.Add(new($"{t}人大主席", CadreRank.SectionDeputy, true, county, PostRole.Deputy, 1964, 1980));
        }

        posts.Add(new("党政综合办公室主任", CadreRank.Staff, false, ManagementLevel.Unit, PostRole.Section, 1972, 1992));
        posts.Add(new("财政所所长", CadreRank.Staff, false, ManagementLevel.Unit, PostRole.Section, 1970, 1990));
        AddMany(posts, Around(random, shape.TownshipStaff), new("科员", CadreRank.Staff, false, ManagementLevel.Unit, PostRole.Staff, 1975, 2001));
    }

    private static void AddMany(List<PostSpec> posts, int count, PostSpec spec)
    {
        for (var i = 0; i < count; i++)
        {
            posts.Add(spec);
        }
    }

    /// <summary>A count within ±30% of <paramref name="mean"/>, so units are not all the same size.</summary>
    private static int Around(SeedRandom random, int mean) =>
        mean <= 1 ? mean : random.Between(Math.Max(1, mean * 7 / 10), mean * 13 / 10);
}
