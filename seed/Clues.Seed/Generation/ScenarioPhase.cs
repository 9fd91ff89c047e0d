using System.Text.Json.Nodes;
using Clues.Core.Graph;
using Clues.Core.Model;
using Clues.Core.Model.Taxonomy;
using Clues.Seed.Text;

namespace Clues.Seed.Generation;

/// <summary>
/// Plants the people, posts, companies, projects, funds and payments of the four hand-checked
/// scenarios (their clues come later, once rounds exist). Runs right after the units so the people
/// phase can leave the scenario posts alone, and draws from its own random stream so the scenario
/// names are the same in every preset for a given seed.
/// </summary>
internal sealed class ScenarioPhase(SeedWorld world) : SeedPhase(world, 3, "重点场景 scenarios")
{
    public override IEnumerable<SeedChunk> Run()
    {
        PlantConflictOfInterest();
        PlantDivertedFund();
        PlantKeyPerson();
        PlantSharedSubject();
        yield return Cut(4, 4);
    }

    /// <summary>S1: city housing-bureau head → brother-in-law → company → contract → project of the bureau.</summary>
    private void PlantConflictOfInterest()
    {
        var state = World.Scenario;
        var unit = FindUnit(0, "zj");
        state.S1Unit = unit.Index;
        unit.HeadReserved = true;

        var cadre = Person(ScenarioState.S1Cadre, Gender.Male, new DateOnly(1971, 4, 12), 0, ManagementLevel.City, PoliticalStatus.PartyMember, TieContext.Workplace, unit);
        var spouse = Person(ScenarioState.S1Spouse, Gender.Female, new DateOnly(1973, 9, 3), 0, ManagementLevel.None, PoliticalStatus.PartyMember, TieContext.Family, unit);
        var inLaw = Person(ScenarioState.S1InLaw, Gender.Male, new DateOnly(1976, 1, 25), 0, ManagementLevel.None, PoliticalStatus.Masses, TieContext.Business, unit, ChineseNames.SurnameOf(World.People.NameOf(spouse)));
        World.AddRelative(cadre, spouse, KinshipRelation.Spouse);
        World.AddRelative(cadre, inLaw, KinshipRelation.InLaw);
        World.AddRelative(spouse, inLaw, KinshipRelation.Sibling);

        var tenureStart = new DateOnly(2019, 3, 18);
        World.AddPosition(cadre, unit.Index, "党组书记、" + unit.HeadTitle, CadreRank.DivisionChief, true, tenureStart, null, ScenarioState.S1Position);

        var established = new DateOnly(2019, 8, 6);
        var companyName = CompanyNames.Unique(Random, RegionCatalog.CityName, World.UsedCompanyNames, "市政工程");
        var company = World.AddCompany(companyName, 0, inLaw, 20_000_000m, established, ScenarioState.S1Company);
        World.AddShareholder(ScenarioState.S1InLaw, company, 100m, established);

        var start = new DateOnly(2021, 6, 1);
        var end = new DateOnly(2022, 10, 31);
        var projectName = $"{RegionCatalog.CityName}{PlaceNames.Road(Random)}提质改造工程";
        Sink.Add(new Project(ScenarioState.S1Project, projectName, ProjectKind.Construction, 12_800_000m, start, end));
        Sink.Link(RelType.OwnsProject, unit.Id, ScenarioState.S1Project, start);
        Sink.Link(RelType.Contracted, ScenarioState.S1Company, ScenarioState.S1Project, new DateOnly(2021, 5, 10), end,
            new JsonObject { ["amount"] = 12_350_000m, ["contractNo"] = "HT-431400-2021-S00001" });
        unit.Projects.Add(World.Projects.Count);
        World.Projects.Add(new ProjectInfo(ScenarioState.S1Project, projectName, unit.Index, start, end, [company], Planted: true));

        var paidOn = new DateOnly(2021, 9, 15);
        Sink.Add(new Payment(ScenarioState.S1Payment, 4_940_000m, paidOn, "工程进度款", "PZ-2021-S100001"));
        Sink.Link(RelType.PaidFrom, ScenarioState.S1Payment, unit.Id, paidOn, paidOn);
        Sink.Link(RelType.PaidTo, ScenarioState.S1Payment, ScenarioState.S1Company, paidOn, paidOn);
        Sink.Link(RelType.PaymentFor, ScenarioState.S1Payment, ScenarioState.S1Project);
    }

    /// <summary>S2: county agriculture-bureau fund → company A → company B, whose main shareholder is the head's son.</summary>
    private void PlantDivertedFund()
    {
        var state = World.Scenario;
        var region = World.Regions[2];
        var unit = FindUnit(2, "ny");
        state.S2Unit = unit.Index;
        unit.HeadReserved = true;

        var head = Person(ScenarioState.S2Head, Gender.Male, new DateOnly(1968, 11, 20), 2, ManagementLevel.County, PoliticalStatus.PartyMember, TieContext.Workplace, unit);
        var surname = ChineseNames.SurnameOf(World.People.NameOf(head));
        var spouse = Person(ScenarioState.S2Spouse, Gender.Female, new DateOnly(1970, 2, 14), 2, ManagementLevel.None, PoliticalStatus.Masses, TieContext.Family, unit);
        var son = Person(ScenarioState.S2Son, Gender.Male, new DateOnly(1994, 7, 8), 2, ManagementLevel.None, PoliticalStatus.LeagueMember, TieContext.Business, unit, surname);
        var nominee = Person(ScenarioState.S2Nominee, Gender.Male, new DateOnly(1989, 3, 30), 2, ManagementLevel.None, PoliticalStatus.Masses, TieContext.Business, unit);
        var ownerA = Person(ScenarioState.S2CompanyAOwner, Gender.Male, new DateOnly(1979, 12, 2), 2, ManagementLevel.None, PoliticalStatus.Masses, TieContext.Business, unit);
        World.AddRelative(head, spouse, KinshipRelation.Spouse);
        World.AddRelative(head, son, KinshipRelation.Child);
        World.AddPosition(head, unit.Index, "党组书记、" + unit.HeadTitle, CadreRank.SectionChief, true, new DateOnly(2018, 7, 2), null, ScenarioState.S2Position);

        var companyA = World.AddCompany(CompanyNames.Unique(Random, region.Name, World.UsedCompanyNames, "环保科技"), 2, ownerA, 10_000_000m, new DateOnly(2016, 5, 17), ScenarioState.S2CompanyA);
        World.AddShareholder(ScenarioState.S2CompanyAOwner, companyA, 100m, new DateOnly(2016, 5, 17));
        var bFounded = new DateOnly(2023, 11, 9);
        var companyB = World.AddCompany(CompanyNames.Unique(Random, region.Name, World.UsedCompanyNames, "商贸"), 2, nominee, 1_000_000m, bFounded, ScenarioState.S2CompanyB);
        World.AddShareholder(ScenarioState.S2Son, companyB, 70m, bFounded);
        World.AddShareholder(ScenarioState.S2Nominee, companyB, 30m, bFounded);

        var fundName = $"2024年{region.Name}农村人居环境整治专项资金";
        Sink.Add(new Fund(ScenarioState.S2Fund, fundName, FundKind.Special, 8_000_000m, 2024));
        Sink.Link(RelType.ManagesFund, unit.Id, ScenarioState.S2Fund, new DateOnly(2024, 1, 1), new DateOnly(2025, 12, 31));

        var start = new DateOnly(2024, 4, 1);
        var end = new DateOnly(2024, 12, 31);
        var projectName = $"{region.Name}{PlaceNames.Any(Random)}片区农村人居环境整治项目";
        Sink.Add(new Project(ScenarioState.S2Project, projectName, ProjectKind.Construction, 4_200_000m, start, end));
        Sink.Link(RelType.OwnsProject, unit.Id, ScenarioState.S2Project, start);
        Sink.Link(RelType.Contracted, ScenarioState.S2CompanyA, ScenarioState.S2Project, new DateOnly(2024, 3, 20), end,
            new JsonObject { ["amount"] = 3_980_000m, ["contractNo"] = $"HT-{region.Code}-2024-S00002" });
        unit.Projects.Add(World.Projects.Count);
        World.Projects.Add(new ProjectInfo(ScenarioState.S2Project, projectName, unit.Index, start, end, [companyA], Planted: true));

        var firstPaid = new DateOnly(2024, 5, 16);
        Sink.Add(new Payment(ScenarioState.S2FirstPayment, 3_860_000m, firstPaid, "工程预付款", "PZ-2024-S200001"));
        Sink.Link(RelType.PaidFrom, ScenarioState.S2FirstPayment, ScenarioState.S2Fund, firstPaid, firstPaid);
        Sink.Link(RelType.PaidTo, ScenarioState.S2FirstPayment, ScenarioState.S2CompanyA, firstPaid, firstPaid);
        Sink.Link(RelType.PaymentFor, ScenarioState.S2FirstPayment, ScenarioState.S2Project);

        var secondPaid = new DateOnly(2024, 5, 21);
        Sink.Add(new Payment(ScenarioState.S2SecondPayment, 3_420_000m, secondPaid, "材料采购款", "PZ-2024-S200002"));
        Sink.Link(RelType.PaidFrom, ScenarioState.S2SecondPayment, ScenarioState.S2CompanyA, secondPaid, secondPaid);
        Sink.Link(RelType.PaidTo, ScenarioState.S2SecondPayment, ScenarioState.S2CompanyB, secondPaid, secondPaid);
    }

    /// <summary>S3: a township party secretary since 2014 (township head before that); the clues come later.</summary>
    private void PlantKeyPerson()
    {
        var state = World.Scenario;
        var unit = FindUnit(3, "township");
        state.S3Unit = unit.Index;
        unit.HeadReserved = true;

        var person = Person(ScenarioState.S3Person, Gender.Male, new DateOnly(1972, 6, 16), 3, ManagementLevel.County, PoliticalStatus.PartyMember, TieContext.Workplace, unit);
        var spouse = Person(ScenarioState.S3Spouse, Gender.Female, new DateOnly(1974, 10, 1), 3, ManagementLevel.None, PoliticalStatus.Masses, TieContext.Family, unit);
        World.AddRelative(person, spouse, KinshipRelation.Spouse);
        state.S3PersonIndex = person;
        var t = unit.Settlement;
        World.AddPosition(person, unit.Index, $"{t}党委副书记、{t}长", CadreRank.SectionChief, true, new DateOnly(2010, 3, 1), new DateOnly(2014, 8, 31));
        World.AddPosition(person, unit.Index, unit.HeadTitle, CadreRank.SectionChief, true, new DateOnly(2014, 9, 1), null, ScenarioState.S3Position);
    }

    /// <summary>S4: head of a county transport bureau until 2020, deputy head of the city transport bureau since 2021.</summary>
    private void PlantSharedSubject()
    {
        var state = World.Scenario;
        var county = FindUnit(1, "jt");
        var city = FindUnit(0, "jt");
        state.S4CountyUnit = county.Index;
        state.S4CityUnit = city.Index;
        county.HeadNotBefore = new DateOnly(2021, 1, 1);

        var person = Person(ScenarioState.S4Person, Gender.Male, new DateOnly(1975, 2, 27), 1, ManagementLevel.City, PoliticalStatus.PartyMember, TieContext.Workplace, city);
        var spouse = Person(ScenarioState.S4Spouse, Gender.Female, new DateOnly(1977, 8, 19), 1, ManagementLevel.None, PoliticalStatus.PartyMember, TieContext.Family, city);
        World.AddRelative(person, spouse, KinshipRelation.Spouse);
        state.S4PersonIndex = person;
        World.AddPosition(person, county.Index, "党组书记、" + county.HeadTitle, CadreRank.SectionChief, true, new DateOnly(2016, 3, 1), new DateOnly(2020, 12, 31), ScenarioState.S4CountyPosition);
        World.AddPosition(person, city.Index, "党组成员、副" + city.HeadTitle, CadreRank.DivisionDeputy, true, new DateOnly(2021, 1, 8), null, ScenarioState.S4CityPosition);
    }

    private int Person(string id, Gender gender, DateOnly birth, int region, ManagementLevel level, PoliticalStatus status, TieContext context, UnitInfo home, string? surname = null)
    {
        var name = World.Names.FullName(Random, gender, surname);
        var index = World.AddPerson(Random, name, gender, birth, region, level, status, context, id: id, placeInRing: false);
        home.ScenarioPeople.Add(index);
        if (id == ScenarioState.S4Person)
        {
            // The store keeps the checked number; remember it for the report and the README.
            World.Scenario.S4NationalId = World.NationalIds.LastIssued;
        }

        return index;
    }

    private UnitInfo FindUnit(int region, string tag)
    {
        foreach (var index in World.Regions[region].Units)
        {
            if (World.Units[index].Tag == tag)
            {
                return World.Units[index];
            }
        }

        throw new InvalidOperationException($"Region {World.Regions[region].Name} has no unit tagged '{tag}'; the preset must keep the scenario units.");
    }
}
