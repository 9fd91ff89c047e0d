using Clues.Core.Graph;
using Clues.Core.Identifiers;
using Clues.Core.Model;
using Clues.Core.Model.Taxonomy;
using Clues.Graph.Embedded;

namespace Clues.Sharing.Tests.Exchange;

/// <summary>
/// A small hand-made deployment written into a real embedded store: 江临市 (431400) with 青山县 (431421), one county
/// round and one city elevated round over 青山县, and cadres of every management level with clues about them.
/// </summary>
internal static class ExchangeWorld
{
    public static readonly string CityCadreId = NationalIdNumber.FromBody("43142119750302001").Value;
    public static readonly string ProvinceCadreId = NationalIdNumber.FromBody("43140019620505003").Value;
    public static readonly string CountyCadreId = NationalIdNumber.FromBody("43142119800808005").Value;

    public static Person CityCadre => new("p-city", "柯振邦", Gender.Male, new DateOnly(1975, 3, 2), NationalIdNumber.Parse(CityCadreId), PoliticalStatus.PartyMember, ManagementLevel.City);

    public static Person ProvinceCadre => new("p-prov", "司马长庚", Gender.Male, new DateOnly(1962, 5, 5), NationalIdNumber.Parse(ProvinceCadreId), PoliticalStatus.PartyMember, ManagementLevel.Province);

    public static Person CountyCadre => new("p-county", "邝乐山", Gender.Male, new DateOnly(1980, 8, 8), NationalIdNumber.Parse(CountyCadreId), PoliticalStatus.PartyMember, ManagementLevel.County);

    public static Clue NewClue(string id, string summary, bool sealedReporter = false, int year = 2025) =>
        new(id, "XC-" + id, ClueSource.Letter, new DateOnly(year, 4, 1), summary, [ProblemType.IntegrityDiscipline], ClueStatus.UnderReview, ["举报信原件1份"], sealedReporter);

    /// <summary>Geography, units and rounds only: what every deployment of the city shares.</summary>
    public static GraphBatchBuilder Geography()
    {
        var b = new GraphBatchBuilder();
        b.Add(new Jurisdiction("jur-430000", "湖南省", DivisionCode.Parse("430000"), JurisdictionLevel.Province));
        b.Add(new Jurisdiction("jur-431400", "江临市", DivisionCode.Parse("431400"), JurisdictionLevel.City));
        b.Add(new Jurisdiction("jur-431421", "青山县", DivisionCode.Parse("431421"), JurisdictionLevel.County));
        b.Link(RelType.PartOf, "jur-431400", "jur-430000");
        b.Link(RelType.PartOf, "jur-431421", "jur-431400");
        b.Add(new Unit("unit-town", "青山县鸭田镇人民政府", UnitKind.Township));
        b.Link(RelType.InJurisdiction, "unit-town", "jur-431421");
        b.Add(new InspectionRound("round-county", "中共青山县委第十五届第一轮巡察", 15, 1, RoundKind.Regular, JurisdictionLevel.County, new DateOnly(2025, 3, 1), new DateOnly(2025, 4, 30)));
        b.Link(RelType.InJurisdiction, "round-county", "jur-431421");
        b.Add(new InspectionRound("round-elevated", "中共江临市委第七届第二轮巡察（提级巡察青山县）", 7, 2, RoundKind.Elevated, JurisdictionLevel.City, new DateOnly(2025, 5, 1), new DateOnly(2025, 6, 30)));
        b.Link(RelType.InJurisdiction, "round-elevated", "jur-431400");
        b.Add(new InspectionGroup("grp-1", "市委第一巡察组", 1, "唐国栋"));
        b.Link(RelType.GroupOf, "grp-1", "round-elevated");
        b.Link(RelType.Inspects, "grp-1", "unit-town");
        return b;
    }

    /// <summary>The county's deployment: its round found clues about cadres of every level.</summary>
    public static async Task<EmbeddedGraphStore> SenderAsync(string dir)
    {
        var b = Geography();
        b.Add(CityCadre).Add(ProvinceCadre).Add(CountyCadre);
        b.Add(NewClue("c-city", "反映柯振邦违规收受礼金。", sealedReporter: true)).Link(RelType.FoundIn, "c-city", "round-county");
        b.Link(RelType.Concerns, "c-city", "p-city", properties: new { role = SubjectRole.Primary });
        b.Link(RelType.Concerns, "c-city", "unit-town", properties: new { role = SubjectRole.Related });
        b.Add(NewClue("c-old", "反映柯振邦早年违规兼职。", year: 2019)).Link(RelType.FoundIn, "c-old", "round-county");
        b.Link(RelType.Concerns, "c-old", "p-city", properties: new { role = SubjectRole.Primary });
        b.Add(NewClue("c-prov", "反映司马长庚干预工程项目，详见举报人提供的录音。")).Link(RelType.FoundIn, "c-prov", "round-county");
        b.Link(RelType.Concerns, "c-prov", "p-prov", properties: new { role = SubjectRole.Primary });
        b.Add(NewClue("c-county", "反映邝乐山违规发放津补贴。")).Link(RelType.FoundIn, "c-county", "round-county");
        b.Link(RelType.Concerns, "c-county", "p-county", properties: new { role = SubjectRole.Primary });
        return await OpenWithAsync(dir, b.Build());
    }

    /// <summary>The city's deployment: its elevated round over 青山县 found a clue about a county-managed cadre, and one also about a province-managed cadre.</summary>
    public static async Task<EmbeddedGraphStore> CityAsync(string dir, Action<GraphBatchBuilder>? more = null)
    {
        var b = Geography();
        b.Add(CountyCadre).Add(ProvinceCadre);
        b.Add(NewClue("c-elev", "反映邝乐山在项目验收中放宽标准。")).Link(RelType.FoundIn, "c-elev", "round-elevated");
        b.Link(RelType.Concerns, "c-elev", "p-county", properties: new { role = SubjectRole.Primary });
        b.Add(NewClue("c-elev-prov", "反映司马长庚与邝乐山共同干预招标。")).Link(RelType.FoundIn, "c-elev-prov", "round-elevated");
        b.Link(RelType.Concerns, "c-elev-prov", "p-county", properties: new { role = SubjectRole.Related });
        b.Link(RelType.Concerns, "c-elev-prov", "p-prov", properties: new { role = SubjectRole.Primary });
        more?.Invoke(b);
        return await OpenWithAsync(dir, b.Build());
    }

    public static async Task<EmbeddedGraphStore> OpenWithAsync(string dir, GraphBatch batch)
    {
        var store = await EmbeddedGraphStore.OpenAsync(new EmbeddedGraphStoreOptions(dir) { SynchronousFull = false });
        await store.WriteAsync(batch);
        return store;
    }
}
