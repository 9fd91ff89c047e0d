using Clues.Core.Graph;
using Clues.Core.Model;
using Clues.Core.Model.Taxonomy;

namespace Clues.Seed.Tests;

public sealed class ScenarioStoreTests(SeededStoreFixture fixture) : IClassFixture<SeededStoreFixture>
{
    private IGraphStore Store => fixture.Store;

    private SeedScenarios Scenarios => fixture.Report.Scenarios;

    [Fact]
    public async Task The_store_holds_exactly_what_the_report_counts()
    {
        var stats = await Store.GetStatsAsync();

        Assert.Equal(fixture.Report.Nodes, stats.Nodes);
        Assert.Equal(fixture.Report.Relationships, stats.Relationships);
        Assert.Equal(GeneratedGraph.Demo.Nodes.Count, stats.Nodes);
        Assert.Equal(GeneratedGraph.Demo.Relationships.Count, stats.Relationships);
    }

    [Fact]
    public void Progress_is_reported_for_every_phase_and_ends_complete()
    {
        var phases = fixture.Progress.Select(p => p.Phase).Distinct().ToList();

        Assert.Equal(11, phases.Count);
        Assert.All(phases, phase => Assert.Contains(fixture.Progress, p => p.Phase == phase && p.Done == p.Total && p.Total > 0));
    }

    [Fact]
    public async Task Conflict_of_interest_chain_runs_from_the_unit_head_through_a_relative_to_a_project_of_the_unit()
    {
        var s = Scenarios.ConflictOfInterest;
        var kinAndBusiness = new TraversalFilter(new HashSet<RelType> { RelType.RelativeOf, RelType.ShareholderOf, RelType.LegalRepresentativeOf, RelType.Contracted });

        var paths = await Store.AllSimplePathsAsync(s.CadreId, s.ProjectId, new PathQuery(kinAndBusiness, MaxHops: 4));

        // Two three-hop paths: the brother-in-law is both shareholder and legal representative.
        var shortest = paths.Paths.Where(p => p.Length == 3).ToList();
        Assert.Equal(2, shortest.Count);
        Assert.All(shortest, p => Assert.Equal([s.CadreId, s.RelativeId, s.CompanyId, s.ProjectId], p.Nodes.Select(n => n.Id)));
        Assert.Equal(
            new HashSet<RelType> { RelType.ShareholderOf, RelType.LegalRepresentativeOf },
            shortest.Select(p => p.Edges[1].Type).ToHashSet());

        // The cadre heads the unit that owns the project, and the contract falls in the tenure.
        var holds = await Store.GetRelationshipsAsync(s.CadreId, new TraversalFilter(new HashSet<RelType> { RelType.Holds }, Direction: Direction.Outgoing));
        var post = Assert.Single(holds, h => h.EndId == s.PositionId);
        var position = NodeMapper.FromRecord<Position>((await Store.GetNodeAsync(s.PositionId))!);
        Assert.True(position.LeadingTeamMember);
        var postIn = await Store.GetRelationshipsAsync(s.PositionId, new TraversalFilter(new HashSet<RelType> { RelType.PositionIn }));
        Assert.Equal(s.UnitId, Assert.Single(postIn).EndId);
        var owns = await Store.GetRelationshipsAsync(s.UnitId, new TraversalFilter(new HashSet<RelType> { RelType.OwnsProject }, Direction: Direction.Outgoing));
        Assert.Contains(owns, o => o.EndId == s.ProjectId);
        var contract = Assert.Single(await Store.GetRelationshipsAsync(s.CompanyId, new TraversalFilter(new HashSet<RelType> { RelType.Contracted })));
        Assert.True(TimeWindow.At(contract.ValidFrom!.Value).Overlaps(post.ValidFrom, post.ValidTo), "The contract was signed outside the cadre's tenure.");
        Assert.False(string.IsNullOrEmpty((string?)contract.Properties["contractNo"]));

        var kin = Assert.Single(await Store.GetRelationshipsAsync(s.CadreId, new TraversalFilter(new HashSet<RelType> { RelType.RelativeOf }, Direction: Direction.Outgoing)), r => r.EndId == s.RelativeId);
        Assert.Equal(nameof(KinshipRelation.InLaw), (string?)kin.Properties["relation"]);
    }

    [Fact]
    public async Task Diverted_fund_flows_through_two_companies_to_the_son_of_the_managing_unit_head()
    {
        var s = Scenarios.DivertedFund;

        var fromFund = await Store.GetRelationshipsAsync(s.FundId, new TraversalFilter(new HashSet<RelType> { RelType.PaidFrom }, Direction: Direction.Incoming));
        Assert.Contains(fromFund, r => r.StartId == s.FirstPaymentId);
        Assert.Equal(s.CompanyAId, await PaidTo(s.FirstPaymentId));
        var fromA = await Store.GetRelationshipsAsync(s.CompanyAId, new TraversalFilter(new HashSet<RelType> { RelType.PaidFrom }, Direction: Direction.Incoming));
        Assert.Contains(fromA, r => r.StartId == s.SecondPaymentId);
        Assert.Equal(s.CompanyBId, await PaidTo(s.SecondPaymentId));

        var first = NodeMapper.FromRecord<Payment>((await Store.GetNodeAsync(s.FirstPaymentId))!);
        var second = NodeMapper.FromRecord<Payment>((await Store.GetNodeAsync(s.SecondPaymentId))!);
        Assert.True(second.PaidOn >= first.PaidOn && second.PaidOn.DayNumber - first.PaidOn.DayNumber <= 10);
        Assert.True(second.Amount > first.Amount * 0.8m);

        var holders = await Store.GetRelationshipsAsync(s.CompanyBId, new TraversalFilter(new HashSet<RelType> { RelType.ShareholderOf }, Direction: Direction.Incoming));
        var main = holders.OrderByDescending(h => (decimal)h.Properties["share"]!).First();
        Assert.Equal(s.ShareholderId, main.StartId);
        var kin = await Store.GetRelationshipsAsync(s.HeadId, new TraversalFilter(new HashSet<RelType> { RelType.RelativeOf }));
        Assert.Contains(kin, k => k.EndId == s.ShareholderId && (string?)k.Properties["relation"] == nameof(KinshipRelation.Child));

        // The head leads the unit that manages the fund.
        var path = await Store.ShortestPathAsync(s.HeadId, s.FundId, new PathQuery(new TraversalFilter(new HashSet<RelType> { RelType.Holds, RelType.PositionIn, RelType.ManagesFund }), MaxHops: 3));
        Assert.NotNull(path);
        Assert.Equal([s.HeadId, s.HeadPositionId, s.ManagingUnitId, s.FundId], path.Nodes.Select(n => n.Id));
    }

    [Fact]
    public async Task The_key_person_has_six_clues_from_four_channels_after_2012_mixing_political_and_economic_problems()
    {
        var s = Scenarios.KeyPerson;

        var concerns = await Store.GetRelationshipsAsync(s.PersonId, new TraversalFilter(new HashSet<RelType> { RelType.Concerns }, Direction: Direction.Incoming));
        var clues = (await Store.GetNodesAsync(concerns.Select(c => c.StartId).ToList())).Select(NodeMapper.FromRecord<Clue>).ToList();

        Assert.Equal(6, clues.Count);
        Assert.Equal(s.ClueIds.Order(StringComparer.Ordinal), clues.Select(c => c.Id).Order(StringComparer.Ordinal));
        Assert.All(concerns, c => Assert.Equal(nameof(SubjectRole.Primary), (string?)c.Properties["role"]));
        Assert.Equal(4, clues.Select(c => c.Source).Distinct().Count());
        Assert.All(clues, c => Assert.True(c.ReceivedOn.Year > 2012));
        Assert.Contains(clues, c => c.Problems.Contains(ProblemType.PoliticalDiscipline) && c.Problems.Contains(ProblemType.IntegrityDiscipline));
        var rounds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var clue in clues)
        {
            rounds.Add(Assert.Single(await Store.GetRelationshipsAsync(clue.Id, new TraversalFilter(new HashSet<RelType> { RelType.FoundIn }))).EndId);
        }

        Assert.True(rounds.Count >= 4, "The clues should come from several rounds over the years.");
    }

    [Fact]
    public async Task The_shared_subject_is_found_by_id_number_and_has_clues_from_a_city_round_and_a_county_round()
    {
        var s = Scenarios.SharedSubject;

        var person = await Store.FindByKeyAsync(new NaturalKey(NaturalKeyKind.NationalId, s.NationalId));
        Assert.NotNull(person);
        Assert.Equal(s.PersonId, person.Id);

        var concerns = await Store.GetRelationshipsAsync(s.PersonId, new TraversalFilter(new HashSet<RelType> { RelType.Concerns }, Direction: Direction.Incoming));
        var levels = new List<JurisdictionLevel>();
        foreach (var clueId in concerns.Select(c => c.StartId))
        {
            var roundId = Assert.Single(await Store.GetRelationshipsAsync(clueId, new TraversalFilter(new HashSet<RelType> { RelType.FoundIn }))).EndId;
            var round = NodeMapper.FromRecord<InspectionRound>((await Store.GetNodeAsync(roundId))!);
            levels.Add(round.Level);
            var place = Assert.Single(await Store.GetRelationshipsAsync(roundId, new TraversalFilter(new HashSet<RelType> { RelType.InJurisdiction })));
            var jurisdiction = NodeMapper.FromRecord<Jurisdiction>((await Store.GetNodeAsync(place.EndId))!);
            Assert.Equal(round.Level, jurisdiction.Level);
        }

        Assert.Contains(JurisdictionLevel.City, levels);
        Assert.Contains(JurisdictionLevel.County, levels);
        Assert.Contains(concerns, c => c.StartId == s.CityClueId);
        Assert.Contains(concerns, c => c.StartId == s.CountyClueId);

        // The county post has ended and the city post is current: the person moved up.
        var county = NodeMapper.FromRecord<Position>((await Store.GetNodeAsync(s.CountyPositionId))!);
        var city = NodeMapper.FromRecord<Position>((await Store.GetNodeAsync(s.CityPositionId))!);
        Assert.NotNull(county.End);
        Assert.Null(city.End);
        Assert.True(county.End < city.Start);
    }

    [Fact]
    public async Task Scenario_people_are_findable_by_name()
    {
        var cadre = (await Store.GetNodeAsync(Scenarios.ConflictOfInterest.CadreId))!;

        var found = await Store.SearchNamesAsync(new NameSearchQuery(cadre.Name!, new HashSet<NodeLabel> { NodeLabel.Person }));

        Assert.Contains(found, f => f.Id == cadre.Id);
    }

    private async Task<string> PaidTo(string paymentId) =>
        Assert.Single(await Store.GetRelationshipsAsync(paymentId, new TraversalFilter(new HashSet<RelType> { RelType.PaidTo }))).EndId;
}
