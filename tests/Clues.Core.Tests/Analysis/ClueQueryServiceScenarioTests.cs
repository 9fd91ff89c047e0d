using Clues.Core.Analysis;
using Clues.Core.Graph;
using Clues.Core.Model.Taxonomy;

namespace Clues.Core.Tests.Analysis;

[Collection(DemoStoreCollection.Name)]
public sealed class ClueQueryServiceScenarioTests(DemoStoreFixture fixture)
{
    private static readonly string[] KeyPersonClues = ["clue-s3-1", "clue-s3-2", "clue-s3-3", "clue-s3-4", "clue-s3-5", "clue-s3-6"];

    private ClueQueryService Service => new(fixture.Store);

    private static ClueFilter AboutKeyPerson => new() { SubjectIds = new HashSet<string> { "per-s3-key" } };

    [Fact]
    public async Task The_key_person_clues_come_in_pages_that_join_up_with_the_total_on_every_page()
    {
        var first = await Service.QueryAsync(AboutKeyPerson, first: 4);
        var second = await Service.QueryAsync(AboutKeyPerson, first: 4, after: first.EndCursor);

        Assert.Equal(6, first.TotalCount);
        Assert.Equal(6, second.TotalCount);
        Assert.True(first.HasNextPage);
        Assert.False(second.HasNextPage);
        Assert.Equal(KeyPersonClues, first.Items.Concat(second.Items).Select(i => i.Clue.Id));
    }

    [Fact]
    public async Task An_exactly_full_last_page_says_there_is_no_next_page()
    {
        var page = await Service.QueryAsync(AboutKeyPerson, first: 6);

        Assert.Equal(6, page.Items.Count);
        Assert.False(page.HasNextPage);
    }

    [Fact]
    public async Task Source_channel_and_problem_group_filters_narrow_the_key_person_clues()
    {
        var audit = await Service.QueryAsync(AboutKeyPerson with { Sources = new HashSet<ClueSource> { ClueSource.Audit } });
        var crime = await Service.QueryAsync(AboutKeyPerson with { ProblemGroups = new HashSet<ProblemGroup> { ProblemGroup.SuspectedCrime } });
        var organised = await Service.QueryAsync(AboutKeyPerson with { ProblemTypes = new HashSet<ProblemType> { ProblemType.OrganisedCrime } });

        Assert.Equal(["clue-s3-5"], audit.Items.Select(i => i.Clue.Id));
        Assert.Equal(["clue-s3-2", "clue-s3-4", "clue-s3-5"], crime.Items.Select(i => i.Clue.Id));
        Assert.Equal(["clue-s3-4"], organised.Items.Select(i => i.Clue.Id));
    }

    [Fact]
    public async Task The_received_date_range_includes_both_ends()
    {
        var page = await Service.QueryAsync(AboutKeyPerson with { ReceivedFrom = new DateOnly(2019, 4, 22), ReceivedTo = new DateOnly(2023, 4, 16) });

        Assert.Equal(["clue-s3-2", "clue-s3-3", "clue-s3-4"], page.Items.Select(i => i.Clue.Id));
    }

    [Fact]
    public async Task A_round_filter_finds_the_round_clue_with_its_round_group_and_primary_subject()
    {
        var page = await Service.QueryAsync(new ClueFilter { RoundIds = new HashSet<string> { "round-0035" } }, first: 500);

        var item = Assert.Single(page.Items, i => i.Clue.Id == "clue-s3-3");
        Assert.Equal("round-0035", item.Round?.Id);
        Assert.NotNull(item.Group);
        Assert.Equal(new ClueSubject(new NodeRef("per-s3-key", NodeLabel.Person, item.Subjects[0].Subject.Name), SubjectRole.Primary), item.Subjects[0]);
        Assert.Equal(ClueSource.IndividualTalk, item.Clue.Source);
    }

    [Fact]
    public async Task The_jurisdiction_filter_holds_the_county_clues_and_not_the_other_district_ones()
    {
        var county = await Service.QueryAsync(new ClueFilter { JurisdictionId = "jur-431421" }, first: 500);
        var district = await Service.QueryAsync(new ClueFilter { JurisdictionId = "jur-431402" }, first: 500);

        Assert.All(KeyPersonClues, id => Assert.Contains(county.Items, i => i.Clue.Id == id));
        Assert.DoesNotContain(district.Items, i => i.Clue.Id.StartsWith("clue-s3-", StringComparison.Ordinal));
        Assert.Contains(district.Items, i => i.Clue.Id == fixture.Scenarios.SharedSubject.CountyClueId);
    }

    [Fact]
    public async Task An_empty_filter_counts_every_clue_of_the_demo_preset()
    {
        var page = await Service.QueryAsync(new ClueFilter(), first: 10);

        Assert.Equal(131, page.TotalCount);
        Assert.Equal(10, page.Items.Count);
        Assert.Equal(page.Items.Select(i => i.Clue.Id).Order(StringComparer.Ordinal), page.Items.Select(i => i.Clue.Id));
    }

    [Fact]
    public async Task Status_filter_and_unknown_subjects_narrow_to_nothing_rather_than_fail()
    {
        var none = await Service.QueryAsync(new ClueFilter { SubjectIds = new HashSet<string> { "per-nobody" } });
        var underReview = await Service.QueryAsync(AboutKeyPerson with { Statuses = new HashSet<ClueStatus> { ClueStatus.UnderReview } });

        Assert.Equal(0, none.TotalCount);
        Assert.Null(none.EndCursor);
        Assert.Equal(["clue-s3-6"], underReview.Items.Select(i => i.Clue.Id));
    }

    [Theory]
    [InlineData("not a cursor!")]
    [InlineData("Y2x1ZQ")]
    public async Task A_cursor_the_service_did_not_issue_is_refused(string cursor)
    {
        await Assert.ThrowsAsync<ArgumentException>(() => Service.QueryAsync(AboutKeyPerson, after: cursor));
    }
}
