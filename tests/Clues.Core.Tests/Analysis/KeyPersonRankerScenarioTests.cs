using Clues.Core.Analysis;
using Clues.Core.Graph;
using Clues.Core.Model.Taxonomy;

namespace Clues.Core.Tests.Analysis;

[Collection(DemoStoreCollection.Name)]
public sealed class KeyPersonRankerScenarioTests(DemoStoreFixture fixture)
{
    private KeyPersonRanker Ranker => new(fixture.Store);

    private async Task<string> CountyOfKeyPersonAsync()
    {
        var sits = await fixture.Store.GetRelationshipsAsync(
            fixture.Scenarios.KeyPerson.UnitId, new TraversalFilter(new HashSet<RelType> { RelType.InJurisdiction }, Direction: Direction.Outgoing));
        return Assert.Single(sits).EndId;
    }

    [Fact]
    public async Task The_planted_key_person_ranks_first_in_his_county_with_every_factor_shown()
    {
        var county = await CountyOfKeyPersonAsync();
        Assert.Equal("jur-431421", county);

        var ranking = await Ranker.RankAsync(new KeyPersonQuery(JurisdictionId: county, Top: 5));

        var first = ranking.Entries[0];
        Assert.Equal(1, first.Rank);
        Assert.Equal("per-s3-key", first.Person.Id);
        Assert.Equal(["clue-s3-1", "clue-s3-2", "clue-s3-3", "clue-s3-4", "clue-s3-5", "clue-s3-6"], first.ClueIds);
        Assert.Equal([ClueSource.Letter, ClueSource.IndividualTalk, ClueSource.Audit, ClueSource.DataComparison], first.SourceChannels);
        Assert.Equal(6, first.CluesAfterCutoff);
        Assert.Equal(new DateOnly(2026, 4, 29), first.LatestClueOn);
        Assert.Equal(ClueSeriousness.Crime, first.Seriousness);
        Assert.True(first.PoliticalAndEconomic);
        Assert.Contains(ProblemType.OrganisedCrime, first.PoliticalProblems);
        Assert.Contains(ProblemType.DutyCrime, first.EconomicProblems);
        Assert.Equal("pos-s3-head", first.Post!.Position.Id);
        Assert.True(first.Post.LeadingTeamMember);
        Assert.Equal(CadreRank.SectionChief, first.Post.Rank);
        Assert.Equal("unit-00062", first.Post.Unit?.Id);
        Assert.Equal(ManagementLevel.County, first.ManagementLevel);
        Assert.Equal(9, first.Factors.Count);
        Assert.Equal(KeyPersonRanker.OrderingRule, ranking.OrderingRule);
        Assert.True(ranking.Candidates >= ranking.Entries.Count);
    }

    [Fact]
    public async Task The_ranking_follows_its_documented_order_and_is_the_same_when_asked_again()
    {
        var county = await CountyOfKeyPersonAsync();

        var once = await Ranker.RankAsync(new KeyPersonQuery(JurisdictionId: county, Top: 50));
        var again = await Ranker.RankAsync(new KeyPersonQuery(JurisdictionId: county, Top: 50));

        Assert.Equal(once.Entries.Select(e => e.Person.Id), again.Entries.Select(e => e.Person.Id));
        for (var i = 1; i < once.Entries.Count; i++)
        {
            Assert.True(KeyPersonRanker.Compare(once.Entries[i - 1], once.Entries[i]) < 0);
            Assert.True(once.Entries[i - 1].ClueCount >= once.Entries[i].ClueCount);
        }
    }

    [Fact]
    public async Task The_key_person_also_ranks_first_across_the_whole_city()
    {
        var ranking = await Ranker.RankAsync(new KeyPersonQuery(JurisdictionId: "jur-431400", Top: 3));

        Assert.Equal("per-s3-key", ranking.Entries[0].Person.Id);
    }

    [Fact]
    public async Task A_round_scope_counts_only_the_clues_found_in_that_round()
    {
        var ranking = await Ranker.RankAsync(new KeyPersonQuery(RoundId: "round-0035", Top: 1000));

        var entry = Assert.Single(ranking.Entries, e => e.Person.Id == "per-s3-key");
        Assert.Equal(["clue-s3-3"], entry.ClueIds);
        Assert.Equal([ClueSource.IndividualTalk], entry.SourceChannels);
    }

    [Fact]
    public async Task A_query_without_jurisdiction_or_round_is_refused()
    {
        await Assert.ThrowsAsync<ArgumentException>(() => Ranker.RankAsync(new KeyPersonQuery()));
    }
}
