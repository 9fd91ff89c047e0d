using Clues.Core.Analysis;
using Clues.Core.Graph;
using Clues.Core.Identifiers;
using Clues.Core.Model;
using Clues.Core.Model.Taxonomy;

namespace Clues.Core.Tests.Analysis;

public sealed class ConflictOfInterestFinderEdgeTests
{
    private static readonly DateOnly TenureStart = new(2020, 1, 1);
    private static readonly DateOnly TenureEnd = new(2022, 12, 31);

    /// <summary>
    /// A cadre heading unit u from 2020-01-01 to 2022-12-31; his son (recorded from the son's side, as
    /// "the cadre is my parent") holds 60 % of a company from 2015. The caller adds the contract.
    /// </summary>
    private static GraphBatchBuilder Graph(bool leading = true, DateOnly? shareFrom = null)
    {
        var b = new GraphBatchBuilder()
            .Add(new Person("c", "张局长", Gender.Male, null, null, PoliticalStatus.PartyMember, ManagementLevel.County))
            .Add(new Person("r", "张小明", Gender.Male, null, null, PoliticalStatus.Masses, ManagementLevel.None))
            .Add(new Unit("u", "某县交通运输局", UnitKind.Department))
            .Add(new Position("pos", "局长", CadreRank.SectionChief, leading, TenureStart, TenureEnd))
            .Add(new Company("co", "某县路通工程有限公司", CreditCode.Parse("91431400203093921Q"), "张小明", 1_000_000m, new DateOnly(2015, 1, 1)))
            .Add(new Project("p", "某县公路改造工程", ProjectKind.Construction, 5_000_000m, new DateOnly(2021, 1, 1), null))
            .Link(RelType.Holds, "c", "pos", TenureStart, TenureEnd)
            .Link(RelType.PositionIn, "pos", "u", TenureStart, TenureEnd)
            .Link(RelType.RelativeOf, "r", "c", properties: new { relation = KinshipRelation.Parent })
            .Link(RelType.ShareholderOf, "r", "co", shareFrom ?? new DateOnly(2015, 1, 1), properties: new { share = 60m })
            .Link(RelType.OwnsProject, "u", "p");
        return b;
    }

    private static async Task<ConflictOfInterestReport> FindAsync(GraphBatchBuilder graph, TimeWindow? window = null)
    {
        await using var scratch = await ScratchStore.WithAsync(graph);
        return await new ConflictOfInterestFinder(scratch.Store).FindAsync(new ConflictOfInterestQuery("c", window));
    }

    [Theory]
    [InlineData("2020-01-01", true)]
    [InlineData("2022-12-31", true)]
    [InlineData("2019-12-31", false)]
    [InlineData("2023-01-01", false)]
    public async Task A_contract_counts_only_when_signed_within_the_tenure_both_ends_included(string signed, bool found)
    {
        var graph = Graph().Link(RelType.Contracted, "co", "p", DateOnly.Parse(signed), null, new { amount = 4_000_000m, contractNo = "HT-1" });

        var report = await FindAsync(graph);

        Assert.Equal(found, report.Hits.Any(h => h.Kind == ConflictKind.Contract));
    }

    [Fact]
    public async Task Kinship_recorded_from_the_relative_side_is_reported_as_seen_from_the_cadre()
    {
        var graph = Graph().Link(RelType.Contracted, "co", "p", new DateOnly(2021, 3, 1), null, new { amount = 4_000_000m, contractNo = "HT-1" });

        var hit = Assert.Single((await FindAsync(graph)).Hits);

        Assert.Equal(KinshipRelation.Child, hit.Relation);
        Assert.Equal(60m, Assert.Single(hit.Ties).Share);
        Assert.Equal(4_000_000m, hit.Contract!.Amount);
        Assert.Equal(TenureStart, hit.Tenure.From);
        Assert.Equal(TenureEnd, hit.Tenure.To);
    }

    [Fact]
    public async Task A_window_that_excludes_the_contract_day_hides_the_hit()
    {
        var graph = Graph().Link(RelType.Contracted, "co", "p", new DateOnly(2021, 3, 1), null, new { amount = 1m });

        var report = await FindAsync(graph, new TimeWindow(new DateOnly(2021, 3, 2), null));

        Assert.Empty(report.Hits);
    }

    [Fact]
    public async Task A_post_outside_the_leading_team_is_not_checked_and_a_note_says_why()
    {
        var graph = Graph(leading: false).Link(RelType.Contracted, "co", "p", new DateOnly(2021, 3, 1), null, new { amount = 1m });

        var report = await FindAsync(graph);

        Assert.Empty(report.Hits);
        Assert.Contains(report.Notes, n => n.Contains("no leading-team post", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_shareholding_taken_after_the_contract_does_not_make_a_hit()
    {
        var graph = Graph(shareFrom: new DateOnly(2021, 6, 1)).Link(RelType.Contracted, "co", "p", new DateOnly(2021, 3, 1), null, new { amount = 1m });

        Assert.Empty((await FindAsync(graph)).Hits);
    }

    [Fact]
    public async Task A_contract_without_a_date_is_reported_on_its_overlap_with_a_note()
    {
        var graph = Graph().Link(RelType.Contracted, "co", "p", properties: new { contractNo = "HT-2" });

        var report = await FindAsync(graph);

        var hit = Assert.Single(report.Hits);
        Assert.Null(hit.Contract!.SignedOn);
        Assert.Null(hit.Contract.Amount);
        Assert.Contains(report.Notes, n => n.Contains("has no date", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_payment_from_a_fund_counts_only_while_the_unit_managed_the_fund()
    {
        var graph = Graph()
            .Add(new Fund("f", "2021年某县农村公路专项资金", FundKind.Special, 9_000_000m, 2021))
            .Link(RelType.ManagesFund, "u", "f", new DateOnly(2021, 1, 1), new DateOnly(2021, 12, 31))
            .Add(new Payment("pay-in", 300_000m, new DateOnly(2021, 6, 1), "工程款", "PZ-1"))
            .Link(RelType.PaidFrom, "pay-in", "f")
            .Link(RelType.PaidTo, "pay-in", "co")
            .Add(new Payment("pay-out", 200_000m, new DateOnly(2022, 3, 1), "工程款", "PZ-2"))
            .Link(RelType.PaidFrom, "pay-out", "f")
            .Link(RelType.PaidTo, "pay-out", "co");

        var report = await FindAsync(graph);

        var hit = Assert.Single(report.Hits);
        Assert.Equal(ConflictKind.Payment, hit.Kind);
        Assert.Equal("pay-in", hit.Payment!.Payment.Id);
        Assert.Equal("f", hit.Payment.Payer.Id);
        Assert.Equal(["c", "r", "co", "pay-in", "f", "u", "pos", "c"], hit.Path.Nodes.Select(n => n.Id));
        Assert.Equal(
            [RelType.RelativeOf, RelType.ShareholderOf, RelType.PaidTo, RelType.PaidFrom, RelType.ManagesFund, RelType.PositionIn, RelType.Holds],
            hit.Path.Edges.Select(e => e.Type));
    }

    [Fact]
    public async Task A_subject_that_is_neither_person_nor_unit_is_refused()
    {
        await using var scratch = await ScratchStore.WithAsync(Graph());

        await Assert.ThrowsAsync<ArgumentException>(() => new ConflictOfInterestFinder(scratch.Store).FindAsync(new ConflictOfInterestQuery("co")));
        await Assert.ThrowsAsync<NodeNotFoundException>(() => new ConflictOfInterestFinder(scratch.Store).FindAsync(new ConflictOfInterestQuery("nobody")));
    }
}
