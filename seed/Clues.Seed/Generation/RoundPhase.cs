using Clues.Core.Graph;
using Clues.Core.Model;
using Clues.Core.Model.Taxonomy;
using Clues.Seed.Text;

namespace Clues.Seed.Generation;

/// <summary>
/// Inspection rounds of the city and of every county from 2017 to the reference date, numbered per
/// party-committee term (届), of every kind: regular, special (专项, with a theme), mobile, follow-up,
/// elevated (the city inspects a county's units) and cross (a county's groups inspect a neighbour).
/// Groups work in a round (GroupOf) and inspect units (Inspects), walking a shuffled list of the
/// eligible units so every unit is inspected in turn.
/// </summary>
internal sealed class RoundPhase(SeedWorld world) : SeedPhase(world, 8, "巡察轮次 inspection rounds")
{
    private const int FirstYear = 2017;

    private static readonly RoundKind[] CityPattern =
        [RoundKind.Regular, RoundKind.Special, RoundKind.Regular, RoundKind.Elevated, RoundKind.Mobile, RoundKind.Regular, RoundKind.FollowUp, RoundKind.Special, RoundKind.Elevated];

    private static readonly RoundKind[] CountyPattern =
        [RoundKind.Regular, RoundKind.Special, RoundKind.Regular, RoundKind.Cross, RoundKind.Mobile, RoundKind.Regular, RoundKind.FollowUp, RoundKind.Special, RoundKind.Cross];

    private static readonly string[] SpecialThemes = ["乡村振兴", "营商环境", "重点工程项目", "民生资金", "国有企业", "粮食购销领域", "医疗卫生领域", "教育领域"];

    private readonly Dictionary<int, (List<int> Units, int Cursor)> _ownPools = [];
    private int _groups;

    public override IEnumerable<SeedChunk> Run()
    {
        var total = World.Regions.Count;
        foreach (var region in World.Regions)
        {
            AddRounds(region);
            if (Sink.IsFull)
            {
                yield return Cut(region.Index + 1, total);
            }
        }

        yield return Cut(total, total);
    }

    private void AddRounds(RegionInfo region)
    {
        var perYear = region.IsCity ? World.Shape.CityRoundsPerYear : World.Shape.CountyRoundsPerYear;
        int[] months = perYear switch { 1 => [4], 2 => [3, 9], _ => [3, 6, 9] };
        var pattern = region.IsCity ? CityPattern : CountyPattern;
        var sequence = 0;
        var committee = 0;
        var number = 0;
        var counties = World.Regions.Count - 1;
        for (var year = FirstYear; year <= SeedWorld.ReferenceDate.Year; year++)
        {
            foreach (var month in months)
            {
                var start = new DateOnly(year, month, Random.Between(1, 12));
                if (start > SeedWorld.ReferenceDate)
                {
                    continue;
                }

                // Party congresses in 2021 started new terms: the city's 7th, the counties' 15th.
                var termChange = region.IsCity ? new DateOnly(2021, 9, 1) : new DateOnly(2021, 7, 1);
                var term = region.IsCity ? (start < termChange ? 6 : 7) : (start < termChange ? 14 : 15);
                if (term != committee)
                {
                    committee = term;
                    number = 0;
                }

                number++;
                var kind = pattern[sequence % pattern.Length];
                var target = kind switch
                {
                    RoundKind.Elevated => 1 + (sequence / pattern.Length + sequence) % counties,
                    RoundKind.Cross => region.Index % counties + 1,
                    _ => region.Index,
                };
                sequence++;

                var end = start.AddDays(Random.Between(50, 65));
                AddRound(region, kind, committee, number, start, end, target);
            }
        }
    }

    private void AddRound(RegionInfo region, RoundKind kind, int committee, int number, DateOnly start, DateOnly end, int targetRegion)
    {
        var suffix = kind switch
        {
            RoundKind.Special => $"（{Random.Pick(SpecialThemes)}专项）",
            RoundKind.Mobile => "（机动）",
            RoundKind.FollowUp => "（“回头看”）",
            RoundKind.Elevated => $"（提级巡察{World.Regions[targetRegion].Name}）",
            RoundKind.Cross => $"（交叉巡察{World.Regions[targetRegion].Name}）",
            _ => "",
        };
        var term = ChineseNumerals.Of(committee);
        var order = ChineseNumerals.Of(number);
        var id = IdScheme.Round(World.Rounds.Count + 1);
        var name = $"中共{region.Name}委第{term}届第{order}轮巡察{suffix}";
        var level = region.IsCity ? JurisdictionLevel.City : JurisdictionLevel.County;
        Sink.Add(new InspectionRound(id, name, committee, number, kind, level, start, end));
        Sink.Link(RelType.InJurisdiction, id, region.JurisdictionId);

        var groups = new List<GroupInfo>();
        var groupCount = region.IsCity ? World.Shape.CityGroupsPerRound : World.Shape.CountyGroupsPerRound;
        for (var g = 1; g <= groupCount; g++)
        {
            var groupId = IdScheme.Group(++_groups);
            var leader = World.Names.FullName(Random, Random.Chance(0.8) ? Gender.Male : Gender.Female);
            Sink.Add(new InspectionGroup(groupId, $"{region.Name}委第{ChineseNumerals.Of(g)}巡察组（{term}届{order}轮）", g, leader));
            Sink.Link(RelType.GroupOf, groupId, id, start, end);
            var units = new List<int>();
            for (var u = 0; u < World.Shape.UnitsPerGroup; u++)
            {
                var unit = NextTarget(targetRegion);
                if (!units.Contains(unit))
                {
                    units.Add(unit);
                    Sink.Link(RelType.Inspects, groupId, World.Units[unit].Id, start, end);
                }
            }

            groups.Add(new GroupInfo(groupId, g, units));
        }

        World.Rounds.Add(new RoundInfo(id, name, region.Index, targetRegion, kind, committee, number, start, end, groups));
    }

    /// <summary>The next unit of a region to inspect: party committees and governments are never inspection targets.</summary>
    private int NextTarget(int region)
    {
        if (!_ownPools.TryGetValue(region, out var pool))
        {
            var units = new List<int>();
            foreach (var index in World.Regions[region].Units)
            {
                if (World.Units[index].Role is not (UnitRole.PartyCommittee or UnitRole.Government))
                {
                    units.Add(index);
                }
            }

            Random.Shuffle(units);
            pool = (units, 0);
        }

        var unit = pool.Units[pool.Cursor % pool.Units.Count];
        _ownPools[region] = (pool.Units, pool.Cursor + 1);
        return unit;
    }
}
