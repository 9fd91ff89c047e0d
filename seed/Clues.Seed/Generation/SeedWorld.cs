using System.Text.Json.Nodes;
using Clues.Core.Graph;
using Clues.Core.Identifiers;
using Clues.Core.Model;
using Clues.Core.Model.Taxonomy;
using Clues.Seed.Text;

namespace Clues.Seed.Generation;

/// <summary>
/// Everything the phases share: options, sizes, the batch sink, identifier factories and what has been
/// written so far (in compact form). Helpers here write the records several phases make the same way
/// (a person, a post, a kinship tie, a company) so the rules for them live in one place.
/// </summary>
internal sealed class SeedWorld
{
    /// <summary>"Today" for the generated data: fixed so output never depends on the clock.</summary>
    public static readonly DateOnly ReferenceDate = new(2026, 6, 30);

    public SeedWorld(SeedOptions options)
    {
        Options = options;
        Shape = PresetShape.For(options.Preset);
        Sink = new BatchSink(options.BatchSize);
        Names = new ChineseNames(options.Seed);
        var counties = RegionCatalog.Counties.Take(Shape.Counties).ToArray();
        NationalIds = new NationalIdFactory(counties.Select(c => c.Code).ToArray());
        CreditCodes = new CreditCodeFactory(options.Seed);

        Regions.Add(new RegionInfo { Index = 0, Code = RegionCatalog.CityCode, Name = RegionCatalog.CityName, LevelChar = "市", IsDistrict = false });
        for (var i = 0; i < counties.Length; i++)
        {
            Regions.Add(new RegionInfo
            {
                Index = i + 1,
                Code = counties[i].Code,
                Name = counties[i].Name,
                LevelChar = counties[i].Name[^1..],
                IsDistrict = counties[i].IsDistrict,
            });
        }
    }

    public SeedOptions Options { get; }
    public PresetShape Shape { get; }
    public BatchSink Sink { get; }
    public ChineseNames Names { get; }
    public NationalIdFactory NationalIds { get; }
    public CreditCodeFactory CreditCodes { get; }
    public PersonRegistry People { get; } = new();
    public List<RegionInfo> Regions { get; } = [];
    public List<UnitInfo> Units { get; } = [];
    public List<ProjectInfo> Projects { get; } = [];
    public List<RoundInfo> Rounds { get; } = [];
    public List<string> CompanyIds { get; } = [];
    public List<string> CompanyNames { get; } = [];
    public HashSet<string> UsedCompanyNames { get; } = new(StringComparer.Ordinal);
    public ScenarioState Scenario { get; } = new();

    private int _positions;
    private int _companies;

    public SeedRandom RandomFor(int phase) => SeedRandom.ForPhase(Options.Seed, phase);

    /// <summary>The county whose code a person's ID number starts with: their own county, or any county for city people.</summary>
    public int IdCounty(int region, SeedRandom random) => region > 0 ? region - 1 : random.Next(Regions.Count - 1);

    /// <summary>Writes a person with a valid ID number (unless <paramref name="withId"/> is false) and registers them.</summary>
    public int AddPerson(
        SeedRandom random,
        string name,
        Gender gender,
        DateOnly birth,
        int region,
        ManagementLevel level,
        PoliticalStatus status,
        TieContext context,
        bool withId = true,
        string? id = null,
        bool placeInRing = true)
    {
        var personId = id ?? IdScheme.Person(People.Count + 1);
        NationalIdNumber? nationalId = withId ? NationalIds.Create(IdCounty(region, random), birth, gender) : null;
        Sink.Add(new Person(personId, name, gender, nationalId is null ? birth : nationalId.BirthDate, nationalId, status, level));
        var index = People.Add(personId, name, level, region, birth.Year, context);
        if (placeInRing)
        {
            People.RingOrder.Add(index);
        }

        return index;
    }

    /// <summary>Writes a post and the Holds / PositionIn relationships, both valid over the post's interval.</summary>
    public string AddPosition(int person, int unit, string title, CadreRank rank, bool leading, DateOnly start, DateOnly? end, string? id = null)
    {
        var positionId = id ?? IdScheme.Position(++_positions);
        Sink.Add(new Position(positionId, title, rank, leading, start, end));
        Sink.Link(RelType.Holds, People.IdOf(person), positionId, start, end);
        Sink.Link(RelType.PositionIn, positionId, Units[unit].Id, start, end);
        if (end is null)
        {
            People.SetTitle(person, title);
        }

        return positionId;
    }

    /// <summary>Kinship from <paramref name="from"/>: <paramref name="to"/> is <paramref name="relation"/> of <paramref name="from"/> (see <see cref="KinshipRelation"/>).</summary>
    public void AddRelative(int from, int to, KinshipRelation relation) =>
        Sink.Link(RelType.RelativeOf, People.IdOf(from), People.IdOf(to), "relation", relation.ToString());

    /// <summary>Writes a company with a fresh valid credit code; <paramref name="legalRepresentative"/> gets the LegalRepresentativeOf link.</summary>
    public int AddCompany(string name, int region, int legalRepresentative, decimal capital, DateOnly established, string? id = null)
    {
        var companyId = id ?? IdScheme.Company(++_companies);
        var code = CreditCodes.Create(Regions[region].Code);
        Sink.Add(new Company(companyId, name, code, People.NameOf(legalRepresentative), capital, established));
        Sink.Link(RelType.LegalRepresentativeOf, People.IdOf(legalRepresentative), companyId, established);
        CompanyIds.Add(companyId);
        CompanyNames.Add(name);
        return CompanyIds.Count - 1;
    }

    /// <summary>A shareholding of <paramref name="share"/> percent from the day given.</summary>
    public void AddShareholder(string holderId, int company, decimal share, DateOnly from) =>
        Sink.Link(RelType.ShareholderOf, holderId, CompanyIds[company], from, null, new JsonObject { ["share"] = share });

    /// <summary>A political status typical for the group a person belongs to.</summary>
    public static PoliticalStatus StatusFor(SeedRandom random, double partyShare, int birthYear)
    {
        var roll = random.NextDouble();
        if (roll < partyShare)
        {
            return roll < partyShare * 0.03 ? PoliticalStatus.ProbationaryPartyMember : PoliticalStatus.PartyMember;
        }

        if (roll < partyShare + 0.04)
        {
            return PoliticalStatus.DemocraticParty;
        }

        return birthYear >= 1995 && roll < partyShare + 0.25 ? PoliticalStatus.LeagueMember : PoliticalStatus.Masses;
    }
}
