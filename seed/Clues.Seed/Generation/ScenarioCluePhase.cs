using System.Globalization;
using Clues.Core.Graph;
using Clues.Core.Model;
using Clues.Core.Model.Taxonomy;

namespace Clues.Seed.Generation;

/// <summary>
/// The clues of scenarios 3 and 4, written once rounds exist: six clues about the key person from
/// four channels (letters, individual talks, audit, data comparison) from 2017 on, and one
/// county-round and one city-round clue about the shared subject. Each clue's group is made to
/// inspect the subject's unit if it did not already.
/// </summary>
internal sealed class ScenarioCluePhase(SeedWorld world) : SeedPhase(world, 9, "重点场景线索 scenario clues")
{
    public override IEnumerable<SeedChunk> Run()
    {
        WriteKeyPersonClues();
        WriteSharedSubjectClues();
        yield return Cut(2, 2);
    }

    private void WriteKeyPersonClues()
    {
        var state = World.Scenario;
        var unit = World.Units[state.S3Unit];
        var name = World.People.NameOf(state.S3PersonIndex);
        var town = unit.ShortName;
        var dc = World.Regions[unit.Region].Bodies["dc"];
        var t = unit.Settlement;

        var plans = new (int Year, ClueSource Source, ProblemType[] Problems, ClueStatus Status, string Summary)[]
        {
            (2017, ClueSource.Letter, [ProblemType.IntegrityDiscipline],
                ClueStatus.Closed, $"反映{town}{t}长{name}自2013年以来在土地征收中为亲属多报青苗补偿，收受好处费约30万元。"),
            (2019, ClueSource.Letter, [ProblemType.DutyCrime, ProblemType.IntegrityDiscipline],
                ClueStatus.FeedbackReceived, $"反映{town}党委书记{name}涉嫌在集镇改造工程中收受施工方财物约80万元，并指使他人虚报工程量。"),
            (2021, ClueSource.IndividualTalk, [ProblemType.PoliticalDiscipline, ProblemType.IntegrityDiscipline],
                ClueStatus.HandedOver, $"谈话反映{name}在上轮巡察反馈后仍不收敛不收手，与行贿人订立攻守同盟、转移财物，对抗组织审查。"),
            (2023, ClueSource.IndividualTalk, [ProblemType.OrganisedCrime, ProblemType.PoliticalDiscipline],
                ClueStatus.HandedOver, $"谈话反映{name}与当地涉恶团伙头目关系密切，涉嫌为其非法采砂充当“保护伞”。"),
            (2024, ClueSource.Audit, [ProblemType.MassDiscipline, ProblemType.DutyCrime],
                ClueStatus.Approved, $"审计发现{town}2022年至2023年耕地地力保护补贴中约46万元发放给{name}亲属及关联人员。"),
            (2025, ClueSource.DataComparison, [ProblemType.OrganisationalDiscipline, ProblemType.IntegrityDiscipline],
                ClueStatus.UnderReview, $"数据比对发现{name}未如实报告其配偶经商办企业情况，配偶关联企业承揽{town}工程项目3个。"),
        };

        for (var i = 0; i < plans.Length; i++)
        {
            var plan = plans[i];
            var round = RoundNear(unit.Region, plan.Year, null);
            var group = EnsureInspects(round, unit.Index);
            var received = Received(round);
            var clue = new Clue(
                ScenarioState.S3Clues[i],
                Code(round, group, i + 1),
                plan.Source,
                received,
                plan.Summary,
                plan.Problems,
                plan.Status,
                [$"{Labels.Of(plan.Source)}材料", "相关工程合同及银行流水复印件"],
                ClueWriter.HasReporter(plan.Source));
            var body = ClueWriter.IsHandedOver(plan.Status) ? dc : null;
            ClueWriter.Write(Sink, clue, round, group, ScenarioState.S3Person, i == 5 ? unit.Id : null, body);
        }
    }

    private void WriteSharedSubjectClues()
    {
        var state = World.Scenario;
        var name = World.People.NameOf(state.S4PersonIndex);
        var countyUnit = World.Units[state.S4CountyUnit];
        var cityUnit = World.Units[state.S4CityUnit];

        var countyRound = RoundNear(countyUnit.Region, 2019, RoundKind.Regular);
        var countyGroup = EnsureInspects(countyRound, countyUnit.Index);
        state.S4CountyRound = countyRound.Id;
        var countyClue = new Clue(
            ScenarioState.S4CountyClue,
            Code(countyRound, countyGroup, 1),
            ClueSource.Letter,
            Received(countyRound),
            $"反映{countyUnit.Name}局长{name}多次接受辖区道路施工企业宴请，并在农村公路养护项目验收中为其放宽标准。",
            [ProblemType.ImproperDining, ProblemType.IntegrityDiscipline],
            ClueStatus.Closed,
            ["举报信原件1份", "报销凭证复印件"],
            true);
        ClueWriter.Write(Sink, countyClue, countyRound, countyGroup, ScenarioState.S4Person, countyUnit.Id, World.Regions[countyUnit.Region].Bodies["dc"]);

        var cityRound = RoundNear(0, 2023, RoundKind.Regular);
        var cityGroup = EnsureInspects(cityRound, cityUnit.Index);
        state.S4CityRound = cityRound.Id;
        var cityClue = new Clue(
            ScenarioState.S4CityClue,
            Code(cityRound, cityGroup, 2),
            ClueSource.PersonalMattersCheck,
            Received(cityRound),
            $"个人有关事项报告核查发现，{cityUnit.Name}副局长{name}任{countyUnit.Name}局长期间，其子在区内交通工程企业持股的情况未如实报告。",
            [ProblemType.OrganisationalDiscipline],
            ClueStatus.HandedOver,
            ["个人有关事项报告核查比对表", "工商登记信息"],
            false);
        ClueWriter.Write(Sink, cityClue, cityRound, cityGroup, ScenarioState.S4Person, null, World.Regions[0].Bodies["dc"]);
    }

    /// <summary>
    /// The region's own round (one that inspects the region itself, so not a cross round) of the wanted
    /// kind (any when null) whose start is nearest the middle of <paramref name="year"/>.
    /// </summary>
    private RoundInfo RoundNear(int region, int year, RoundKind? kind)
    {
        var target = new DateOnly(year, 7, 1).DayNumber;
        RoundInfo? best = null;
        foreach (var round in World.Rounds)
        {
            if (round.Region != region || round.TargetRegion != region || (kind is { } k && round.Kind != k))
            {
                continue;
            }

            if (best is null || Math.Abs(round.Start.DayNumber - target) < Math.Abs(best.Start.DayNumber - target))
            {
                best = round;
            }
        }

        return best ?? throw new InvalidOperationException($"Region {World.Regions[region].Name} has no {kind} round; the scenarios need one.");
    }

    /// <summary>The round's first group, made to inspect the unit if it does not already.</summary>
    private GroupInfo EnsureInspects(RoundInfo round, int unit)
    {
        foreach (var group in round.Groups)
        {
            if (group.Units.Contains(unit))
            {
                return group;
            }
        }

        var first = round.Groups[0];
        first.Units.Add(unit);
        Sink.Link(RelType.Inspects, first.Id, World.Units[unit].Id, round.Start, round.End);
        return first;
    }

    private DateOnly Received(RoundInfo round)
    {
        var day = round.Start.AddDays(Random.Between(10, 40));
        var last = round.End < SeedWorld.ReferenceDate ? round.End : SeedWorld.ReferenceDate;
        return day > last ? last : day;
    }

    private string Code(RoundInfo round, GroupInfo group, int sequence) =>
        string.Create(CultureInfo.InvariantCulture, $"XC{World.Regions[round.Region].Code}-{round.Committee}{round.Number:D2}-{group.Number:D2}-S{sequence:D3}");
}
