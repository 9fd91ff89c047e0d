using System.Globalization;
using Clues.Core.Model;
using Clues.Core.Model.Taxonomy;
using Clues.Seed.Text;

namespace Clues.Seed.Generation;

/// <summary>
/// Clues found by every group in every round, about people (leaders more often) and units of the
/// units the group inspects. Sources cover all fifteen channels (the first fifteen clues take one each,
/// so even the demo preset has them all); problems follow rough real-world frequencies, with a second
/// problem on a quarter of the clues; status follows the round's age; handed-over clues get HandedTo.
/// Scenario people are never drawn here, so their clue counts stay exactly as planted.
/// </summary>
internal sealed class CluePhase(SeedWorld world) : SeedPhase(world, 10, "问题线索 clues")
{
    private static readonly ClueSource[] Sources = Enum.GetValues<ClueSource>();

    private static readonly double[] SourceCumulative = SeedRandom.Cumulative(
        [18, 6, 8, 5, 4, 16, 4, 3, 4, 12, 4, 5, 5, 3, 5]);

    private static readonly ProblemType[] Problems = Enum.GetValues<ProblemType>();

    private static readonly double[] ProblemCumulative = SeedRandom.Cumulative(
        [3, 5, 14, 6, 8, 2, 6, 5, 5, 2, 3, 2, 2, 3, 1, 1, 1, 1, 1, 1, 1, 1, 2, 3, 1, 1, 4, 2, 1, 3, 2]);

    /// <summary>Problems that are about an organisation rather than a person.</summary>
    private static readonly HashSet<ProblemType> UnitProblems =
    [
        ProblemType.OverQuota, ProblemType.OverRank, ProblemType.UnauthorisedBodiesOrTitles, ProblemType.RushPromotion,
        ProblemType.WeakGrassrootsOrganisation, ProblemType.IdeologyWorkResponsibility, ProblemType.RuleOfLawBuilding,
        ProblemType.Allowances, ProblemType.FormalismBureaucratism, ProblemType.PersonalDemand, ProblemType.LitigationComplaint,
    ];

    private int _clues;

    public override IEnumerable<SeedChunk> Run()
    {
        if (ProblemCumulative.Length != Problems.Length || SourceCumulative.Length != Sources.Length)
        {
            throw new InvalidOperationException("Clue weights must list one weight per source and per problem type.");
        }

        var total = World.Rounds.Count;
        for (var r = 0; r < total; r++)
        {
            var round = World.Rounds[r];
            foreach (var group in round.Groups)
            {
                WriteGroupClues(round, group);
            }

            if (Sink.IsFull)
            {
                yield return Cut(r + 1, total);
            }
        }

        yield return Cut(total, total);
    }

    private void WriteGroupClues(RoundInfo round, GroupInfo group)
    {
        if (group.Units.Count == 0)
        {
            return;
        }

        var mean = World.Shape.CluesPerGroup;
        var count = Random.Between(Math.Max(1, mean / 2), mean * 3 / 2);
        for (var k = 1; k <= count; k++)
        {
            var unit = World.Units[Random.Pick(group.Units)];
            var source = _clues < Sources.Length ? Sources[_clues] : Sources[Random.Weighted(SourceCumulative)];
            var problem = Problems[Random.Weighted(ProblemCumulative)];
            var people = unit.Leaders.Count > 0 && Random.Chance(0.6) ? unit.Leaders : unit.Members;
            var aboutUnit = UnitProblems.Contains(problem) || people.Count == 0;
            var subject = aboutUnit ? -1 : Random.Pick(people);

            var region = World.Regions[unit.Region];
            var company = region.Companies.Count > 0 ? Random.Pick(region.Companies) : -1;
            var project = unit.Projects.Count > 0 ? World.Projects[Random.Pick(unit.Projects)] : null;
            var received = Random.Date(round.Start, round.End < SeedWorld.ReferenceDate ? round.End : SeedWorld.ReferenceDate);
            var context = new ClueContext(
                subject >= 0 ? World.People.NameOf(subject) : "",
                unit.Name,
                subject >= 0 ? World.People.TitleOf(subject) ?? "" : "",
                company >= 0 ? World.CompanyNames[company] : "有关企业",
                project?.Name ?? "有关工程项目",
                Random.Between(2, 300),
                received.Year);

            var problems = Random.Chance(0.25) ? Distinct(problem, Problems[Random.Weighted(ProblemCumulative)]) : [problem];
            var level = subject >= 0 ? World.People.LevelOf(subject) : ManagementLevel.None;
            var status = StatusFor(round, level);
            var body = ClueWriter.IsHandedOver(status)
                ? HandoverTargets.BodyFor(World, problem, level, subject >= 0 ? World.People.RegionOf(subject) : unit.Region, round.Region, Random)
                : null;

            var number = ++_clues;
            var clue = new Clue(
                IdScheme.Clue(number),
                string.Create(CultureInfo.InvariantCulture, $"XC{World.Regions[round.Region].Code}-{round.Committee}{round.Number:D2}-{group.Number:D2}-{k:D4}"),
                source,
                received,
                ClueText.Summary(problem, context, Random),
                problems,
                status,
                ClueText.Evidence(source, problem),
                ClueWriter.HasReporter(source) && Random.Chance(0.8));

            var primary = subject >= 0 ? World.People.IdOf(subject) : unit.Id;
            string? related = null;
            if (subject >= 0 && Random.Chance(0.3))
            {
                related = company >= 0 && Random.Chance(0.5) ? World.CompanyIds[company] : unit.Id;
            }

            ClueWriter.Write(Sink, clue, round, group, primary, related, body);
        }
    }

    /// <summary>Older rounds' clues are mostly closed; the current round's are still being registered and reviewed.</summary>
    private ClueStatus StatusFor(RoundInfo round, ManagementLevel level)
    {
        var roll = Random.NextDouble();
        if (round.End >= SeedWorld.ReferenceDate)
        {
            return roll < 0.6 ? ClueStatus.Registered : ClueStatus.UnderReview;
        }

        if (level == ManagementLevel.Province)
        {
            // Province-managed cadres' clues wait for the round's end, then go to the provincial office.
            return round.End.AddDays(90) >= SeedWorld.ReferenceDate ? ClueStatus.Held : ClueStatus.HandedOver;
        }

        var age = SeedWorld.ReferenceDate.DayNumber - round.End.DayNumber;
        if (age > 365)
        {
            return roll < 0.6 ? ClueStatus.Closed : roll < 0.9 ? ClueStatus.FeedbackReceived : ClueStatus.HandedOver;
        }

        return roll < 0.15 ? ClueStatus.ProposalRecorded
            : roll < 0.3 ? ClueStatus.Approved
            : roll < 0.75 ? ClueStatus.HandedOver
            : ClueStatus.FeedbackReceived;
    }

    private static ProblemType[] Distinct(ProblemType first, ProblemType second) => first == second ? [first] : [first, second];
}
