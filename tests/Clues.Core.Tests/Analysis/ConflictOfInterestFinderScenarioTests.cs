using Clues.Core.Analysis;
using Clues.Core.Graph;
using Clues.Core.Model.Taxonomy;

namespace Clues.Core.Tests.Analysis;

[Collection(DemoStoreCollection.Name)]
public sealed class ConflictOfInterestFinderScenarioTests(DemoStoreFixture fixture)
{
    private ConflictOfInterestFinder Finder => new(fixture.Store);

    [Fact]
    public async Task The_planted_cadre_is_found_through_the_brother_in_law_company_and_the_contract_signed_in_his_tenure()
    {
        var s = fixture.Scenarios.ConflictOfInterest;

        var report = await Finder.FindAsync(new ConflictOfInterestQuery(s.CadreId));

        var hit = Assert.Single(report.Hits, h => h.Kind == ConflictKind.Contract);
        Assert.Equal("per-s1-cadre", hit.Cadre.Id);
        Assert.Equal("per-s1-inlaw", hit.Relative.Id);
        Assert.Equal(KinshipRelation.InLaw, hit.Relation);
        Assert.Equal("co-s1", hit.Company.Id);
        Assert.Equal("unit-00004", hit.Unit.Id);
        Assert.Equal([RelType.ShareholderOf, RelType.LegalRepresentativeOf], hit.Ties.Select(t => t.Type));
        Assert.Equal(100m, hit.Ties[0].Share);
        var contract = hit.Contract!;
        Assert.Equal("prj-s1", contract.Project.Id);
        Assert.Equal(12_350_000m, contract.Amount);
        Assert.Equal("HT-431400-2021-S00001", contract.ContractNo);
        Assert.Equal(new DateOnly(2021, 5, 10), contract.SignedOn);
        Assert.Equal("pos-s1-head", hit.Tenure.Position.Id);
        Assert.Equal(new DateOnly(2019, 3, 18), hit.Tenure.From);
        Assert.Null(hit.Tenure.To);
        Assert.Equal(
            ["per-s1-cadre", "per-s1-inlaw", "co-s1", "prj-s1", "unit-00004", "pos-s1-head", "per-s1-cadre"],
            hit.Path.Nodes.Select(n => n.Id));
        Assert.Equal(
            [RelType.RelativeOf, RelType.ShareholderOf, RelType.Contracted, RelType.OwnsProject, RelType.PositionIn, RelType.Holds],
            hit.Path.Edges.Select(e => e.Type));
        Assert.Contains("12,350,000", hit.Explanation, StringComparison.Ordinal);
        Assert.Contains("2021-05-10", hit.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_bureau_payment_to_the_relative_company_is_found_with_its_amount_and_day()
    {
        var s = fixture.Scenarios.ConflictOfInterest;

        var report = await Finder.FindAsync(new ConflictOfInterestQuery(s.CadreId));

        var hit = Assert.Single(report.Hits, h => h.Kind == ConflictKind.Payment);
        var payment = hit.Payment!;
        Assert.Equal("pay-s1", payment.Payment.Id);
        Assert.Equal(4_940_000m, payment.Amount);
        Assert.Equal(new DateOnly(2021, 9, 15), payment.PaidOn);
        Assert.Equal("unit-00004", payment.Payer.Id);
        Assert.Equal("prj-s1", payment.Project?.Id);
        Assert.Equal(
            ["per-s1-cadre", "per-s1-inlaw", "co-s1", "pay-s1", "unit-00004", "pos-s1-head", "per-s1-cadre"],
            hit.Path.Nodes.Select(n => n.Id));
    }

    [Fact]
    public async Task Asking_about_the_unit_finds_the_head_and_the_same_contract()
    {
        var s = fixture.Scenarios.ConflictOfInterest;

        var report = await Finder.FindAsync(new ConflictOfInterestQuery(s.UnitId));

        Assert.Equal(NodeLabel.Unit, report.Subject.Label);
        Assert.Contains(report.Hits, h => h.Kind == ConflictKind.Contract && h.Cadre.Id == s.CadreId && h.Contract!.Project.Id == s.ProjectId);
    }

    [Fact]
    public async Task A_window_that_ends_the_day_before_the_contract_finds_neither_contract_nor_payment()
    {
        var s = fixture.Scenarios.ConflictOfInterest;

        var report = await Finder.FindAsync(new ConflictOfInterestQuery(s.CadreId, new TimeWindow(new DateOnly(2019, 1, 1), new DateOnly(2021, 5, 9))));

        Assert.Empty(report.Hits);
    }

    [Fact]
    public async Task The_key_person_whose_relatives_hold_no_company_has_no_hits()
    {
        var report = await Finder.FindAsync(new ConflictOfInterestQuery(fixture.Scenarios.KeyPerson.PersonId));

        Assert.Empty(report.Hits);
    }
}
