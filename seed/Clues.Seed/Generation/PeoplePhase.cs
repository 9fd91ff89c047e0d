using Clues.Core.Model.Taxonomy;
using Clues.Seed.Text;

namespace Clues.Seed.Generation;

/// <summary>
/// Fills every unit's posts with people, adds history (earlier posts elsewhere for some leaders,
/// retired predecessors for some heads), families for cadres (spouse, children, parents, siblings,
/// in-laws) and villagers. People are registered in the social lattice in the order they appear, so
/// colleagues, families and neighbours end up next to each other.
/// </summary>
internal sealed class PeoplePhase(SeedWorld world) : SeedPhase(world, 4, "人员与职务 people and posts")
{
    private static readonly DateOnly LeaderPostsFrom = new(2016, 1, 1);
    private static readonly DateOnly SectionPostsFrom = new(2012, 1, 1);
    private static readonly DateOnly StaffPostsFrom = new(2005, 1, 1);
    private static readonly DateOnly LatestStart = new(2026, 3, 31);

    private readonly List<PostSpec> _posts = [];
    private DateOnly _mayorStart;

    public override IEnumerable<SeedChunk> Run()
    {
        var total = World.Units.Count;
        for (var i = 0; i < total; i++)
        {
            StaffUnit(World.Units[i]);
            if (Sink.IsFull)
            {
                yield return Cut(i + 1, total);
            }
        }

        yield return Cut(total, total);
    }

    private void StaffUnit(UnitInfo unit)
    {
        var region = World.Regions[unit.Region];
        World.People.RingOrder.AddRange(unit.ScenarioPeople);
        Staffing.PostsFor(unit, region, World.Shape, Random, _posts);

        var head = -1;
        var headStart = default(DateOnly);
        foreach (var spec in _posts)
        {
            if (spec.Role == PostRole.Head && unit.HeadReserved)
            {
                continue;
            }

            if (spec.Role == PostRole.Secretary && (unit.HeadReserved || (head >= 0 && Random.Chance(0.7))))
            {
                // The head usually is the party secretary as well: one person, two posts.
                if (head >= 0)
                {
                    World.AddPosition(head, unit.Index, spec.Title, spec.Rank, spec.Leading, headStart, null);
                }

                continue;
            }

            if (spec.Role == PostRole.MayorSeat && region.MayorPerson >= 0)
            {
                World.AddPosition(region.MayorPerson, unit.Index, spec.Title, spec.Rank, spec.Leading, _mayorStart, null);
                unit.Leaders.Add(region.MayorPerson);
                continue;
            }

            var person = NewHolder(spec, unit, out var birth, out var gender);
            var start = StartFor(spec, birth, unit);
            World.AddPosition(person, unit.Index, spec.Title, spec.Rank, spec.Leading, start, null);
            unit.Members.Add(person);
            if (spec.Leading)
            {
                unit.Leaders.Add(person);
            }

            switch (spec.Role)
            {
                case PostRole.Head:
                    head = person;
                    headStart = start;
                    break;
                case PostRole.Mayor:
                    region.MayorPerson = person;
                    _mayorStart = start;
                    break;
            }

            if (spec.Leading && unit.Role != UnitRole.Village && spec.Role is PostRole.Head or PostRole.Deputy && Random.Chance(0.3))
            {
                AddEarlierPost(person, spec, unit, birth, start);
            }

            if (spec.Role == PostRole.Head && unit.Role != UnitRole.Village && unit.HeadNotBefore is null && Random.Chance(0.3))
            {
                AddPredecessor(spec, unit, start);
            }

            var family = spec.Level switch
            {
                ManagementLevel.Province or ManagementLevel.City or ManagementLevel.County => true,
                ManagementLevel.Unit => Random.Chance(World.Shape.UnitCadreFamilyChance),
                _ => Random.Chance(World.Shape.UnitCadreFamilyChance / 3),
            };
            if (family)
            {
                AddFamily(person, gender, birth, region.Index);
            }
        }

        if (unit.Role == UnitRole.Village)
        {
            AddVillagers(unit, region);
        }
    }

    private int NewHolder(PostSpec spec, UnitInfo unit, out DateOnly birth, out Gender gender)
    {
        var maleShare = spec.Leading ? (unit.Role == UnitRole.Village ? 0.78 : 0.82) : 0.55;
        gender = Random.Chance(maleShare) ? Gender.Male : Gender.Female;
        birth = Random.Date(new DateOnly(spec.BornFrom, 1, 1), new DateOnly(spec.BornTo, 12, 31));
        var name = World.Names.FullName(Random, gender);
        var status = spec.Level == ManagementLevel.None
            ? SeedWorld.StatusFor(Random, 0.3, birth.Year)
            : SeedWorld.StatusFor(Random, unit.Role == UnitRole.Village ? 0.85 : 0.92, birth.Year);
        return World.AddPerson(Random, name, gender, birth, unit.Region, spec.Level, status, TieContext.Workplace);
    }

    private DateOnly StartFor(PostSpec spec, DateOnly birth, UnitInfo unit)
    {
        var (from, minAge) = spec.Role switch
        {
            PostRole.Section => (SectionPostsFrom, 25),
            PostRole.Staff => (StaffPostsFrom, 22),
            _ => (LeaderPostsFrom, 30),
        };
        var earliest = birth.AddYears(minAge);
        if (earliest > from)
        {
            from = earliest;
        }

        if (spec.Role == PostRole.Head && unit.HeadNotBefore is { } notBefore && notBefore > from)
        {
            from = notBefore;
        }

        return Random.Date(from > LatestStart ? LatestStart : from, LatestStart);
    }

    /// <summary>A leader who came from another unit of the same kind: that post ended the day before this one began.</summary>
    private void AddEarlierPost(int person, PostSpec spec, UnitInfo unit, DateOnly birth, DateOnly start)
    {
        var region = World.Regions[unit.Region];
        UnitInfo? other = null;
        for (var attempt = 0; attempt < 6 && other is null; attempt++)
        {
            var candidate = World.Units[Random.Pick(region.Units)];
            if (candidate.Role == unit.Role && candidate.Index != unit.Index)
            {
                other = candidate;
            }
        }

        var end = start.AddDays(-1);
        var begin = start.AddYears(-Random.Between(2, 6));
        if (other is null || begin < birth.AddYears(25))
        {
            return;
        }

        var promoted = spec.Role == PostRole.Head;
        var title = other.Role switch
        {
            UnitRole.Department => "党组成员、副" + other.HeadTitle,
            UnitRole.Township => other.Settlement == "街道" ? "街道办事处副主任" : $"副{other.Settlement}长",
            UnitRole.StateFirm => "党委委员、副总经理",
            UnitRole.Institution => "副" + other.HeadTitle,
            _ => "副" + other.HeadTitle,
        };
        var rank = promoted && spec.Rank < CadreRank.Staff ? spec.Rank + 1 : spec.Rank;
        World.AddPosition(person, other.Index, title, rank, true, begin, end);
    }

    /// <summary>The head before the current one, now retired: the post over an ended interval.</summary>
    private void AddPredecessor(PostSpec spec, UnitInfo unit, DateOnly successorStart)
    {
        var end = successorStart.AddDays(-1);
        var begin = end.AddYears(-Random.Between(3, 8));
        var gender = Random.Chance(0.85) ? Gender.Male : Gender.Female;
        var birth = Random.Date(new DateOnly(1952, 1, 1), new DateOnly(1966, 12, 31));
        var name = World.Names.FullName(Random, gender);
        var person = World.AddPerson(Random, name, gender, birth, unit.Region, spec.Level, PoliticalStatus.PartyMember, TieContext.Retired);
        World.AddPosition(person, unit.Index, spec.Title, spec.Rank, true, begin, end);
    }

    private void AddFamily(int anchor, Gender gender, DateOnly birth, int region)
    {
        var anchorSurname = ChineseNames.SurnameOf(World.People.NameOf(anchor));
        var spouse = -1;
        var spouseBirth = birth;
        var spouseGender = gender == Gender.Male ? Gender.Female : Gender.Male;
        if (Random.Chance(0.88))
        {
            spouseBirth = Clamp(birth.AddDays(gender == Gender.Male ? Random.Between(-400, 1800) : Random.Between(-1800, 400)));
            spouse = Relative(spouseGender, spouseBirth, region, null, 0.35);
            World.AddRelative(anchor, spouse, KinshipRelation.Spouse);
        }

        var childSurname = gender == Gender.Male || spouse < 0 ? anchorSurname : ChineseNames.SurnameOf(World.People.NameOf(spouse));
        var elder = spouseBirth < birth ? spouseBirth : birth;
        var children = Random.Chance(0.65) ? 1 : 2;
        for (var i = 0; i < children; i++)
        {
            var childBirth = elder.AddDays(Random.Between(24 * 365, 34 * 365));
            if (childBirth > NationalIdFactory.LatestBirth)
            {
                break;
            }

            var child = Relative(Random.Chance(0.5) ? Gender.Male : Gender.Female, childBirth, region, childSurname, 0.3);
            World.AddRelative(anchor, child, KinshipRelation.Child);
        }

        if (Random.Chance(0.25))
        {
            var parentBirth = birth.AddDays(-Random.Between(22 * 365, 32 * 365));
            if (parentBirth >= NationalIdFactory.EarliestBirth)
            {
                var father = Random.Chance(0.5);
                var parent = Relative(father ? Gender.Male : Gender.Female, parentBirth, region, father ? anchorSurname : null, 0.4);
                World.AddRelative(anchor, parent, KinshipRelation.Parent);
            }
        }

        if (Random.Chance(0.35))
        {
            var sibling = Relative(Random.Chance(0.5) ? Gender.Male : Gender.Female, Clamp(birth.AddDays(Random.Between(-3000, 3000))), region, anchorSurname, 0.3);
            World.AddRelative(anchor, sibling, KinshipRelation.Sibling);
        }

        if (spouse >= 0 && Random.Chance(0.3))
        {
            var spouseSurname = ChineseNames.SurnameOf(World.People.NameOf(spouse));
            var inLaw = Relative(Random.Chance(0.5) ? Gender.Male : Gender.Female, Clamp(spouseBirth.AddDays(Random.Between(-3000, 3000))), region, spouseSurname, 0.3);
            World.AddRelative(anchor, inLaw, KinshipRelation.InLaw);
        }
    }

    private int Relative(Gender gender, DateOnly birth, int region, string? surname, double partyShare)
    {
        var name = World.Names.FullName(Random, gender, surname);
        var person = World.AddPerson(Random, name, gender, birth, region, ManagementLevel.None, SeedWorld.StatusFor(Random, partyShare, birth.Year), TieContext.Family);
        if (birth.Year <= 1998)
        {
            World.Regions[region].AdultRelatives.Add(person);
        }

        return person;
    }

    private void AddVillagers(UnitInfo village, RegionInfo region)
    {
        var mean = World.Shape.VillagersPerVillage;
        var count = Random.Between(mean * 7 / 10, mean * 13 / 10);
        for (var i = 0; i < count; i++)
        {
            var gender = Random.Chance(0.5) ? Gender.Male : Gender.Female;
            var birth = Random.Date(new DateOnly(1940, 1, 1), new DateOnly(2006, 12, 31));
            var name = World.Names.FullName(Random, gender);
            var person = World.AddPerson(Random, name, gender, birth, village.Region, ManagementLevel.None, SeedWorld.StatusFor(Random, 0.08, birth.Year), TieContext.Village, withId: Random.Chance(0.92));
            region.Villagers.Add(person);
        }
    }

    private static DateOnly Clamp(DateOnly day) =>
        day < NationalIdFactory.EarliestBirth ? NationalIdFactory.EarliestBirth
        : day > NationalIdFactory.LatestBirth ? NationalIdFactory.LatestBirth
        : day;
}
