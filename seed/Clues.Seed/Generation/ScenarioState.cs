namespace Clues.Seed.Generation;

/// <summary>
/// The scenario nodes as the phases create them. Ids of people, companies, projects, funds, payments
/// and clues are fixed strings (<c>per-s1-cadre</c> ...); units and rounds are whatever the structure
/// phases made, recorded here.
/// </summary>
internal sealed class ScenarioState
{
    public const string S1Cadre = "per-s1-cadre";
    public const string S1Spouse = "per-s1-spouse";
    public const string S1InLaw = "per-s1-inlaw";
    public const string S1Position = "pos-s1-head";
    public const string S1Company = "co-s1";
    public const string S1Project = "prj-s1";
    public const string S1Payment = "pay-s1";

    public const string S2Head = "per-s2-head";
    public const string S2Spouse = "per-s2-spouse";
    public const string S2Son = "per-s2-son";
    public const string S2Nominee = "per-s2-nominee";
    public const string S2CompanyAOwner = "per-s2-owner-a";
    public const string S2Position = "pos-s2-head";
    public const string S2Fund = "fund-s2";
    public const string S2CompanyA = "co-s2a";
    public const string S2CompanyB = "co-s2b";
    public const string S2Project = "prj-s2";
    public const string S2FirstPayment = "pay-s2-1";
    public const string S2SecondPayment = "pay-s2-2";

    public const string S3Person = "per-s3-key";
    public const string S3Spouse = "per-s3-spouse";
    public const string S3Position = "pos-s3-head";

    public const string S4Person = "per-s4-shared";
    public const string S4Spouse = "per-s4-spouse";
    public const string S4CountyPosition = "pos-s4-county";
    public const string S4CityPosition = "pos-s4-city";
    public const string S4CountyClue = "clue-s4-county";
    public const string S4CityClue = "clue-s4-city";

    public static readonly string[] S3Clues = ["clue-s3-1", "clue-s3-2", "clue-s3-3", "clue-s3-4", "clue-s3-5", "clue-s3-6"];

    public int S1Unit { get; set; } = -1;
    public int S2Unit { get; set; } = -1;
    public int S3Unit { get; set; } = -1;
    public int S4CountyUnit { get; set; } = -1;
    public int S4CityUnit { get; set; } = -1;

    /// <summary>Registry indexes of the scenario people, so the scenario clue phase can name them.</summary>
    public int S3PersonIndex { get; set; } = -1;
    public int S4PersonIndex { get; set; } = -1;
    public string S4NationalId { get; set; } = "";
    public string S4CountyRound { get; set; } = "";
    public string S4CityRound { get; set; } = "";

    public SeedScenarios ToScenarios(IReadOnlyList<UnitInfo> units) => new(
        new ConflictOfInterestScenario(S1Cadre, S1Position, units[S1Unit].Id, S1Spouse, S1InLaw, S1Company, S1Project, S1Payment),
        new DivertedFundScenario(S2Fund, units[S2Unit].Id, S2Head, S2Position, S2FirstPayment, S2CompanyA, S2SecondPayment, S2CompanyB, S2Son, S2Nominee),
        new KeyPersonScenario(S3Person, units[S3Unit].Id, S3Clues),
        new SharedSubjectScenario(S4Person, S4NationalId, S4CountyPosition, S4CityPosition, S4CountyRound, S4CountyClue, S4CityRound, S4CityClue));
}
