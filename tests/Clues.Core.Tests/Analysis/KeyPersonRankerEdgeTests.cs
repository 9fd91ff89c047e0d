using Clues.Core.Analysis;
using Clues.Core.Graph;
using Clues.Core.Identifiers;
using Clues.Core.Model;
using Clues.Core.Model.Taxonomy;

namespace Clues.Core.Tests.Analysis;

public sealed class KeyPersonRankerEdgeTests
{
    private static readonly DateOnly Day = new(2024, 5, 1);

    /// <summary>A city with a county under it (PartOf), a township unit in the county, and two leading cadres of that unit.</summary>
    private static GraphBatchBuilder County() =>
        new GraphBatchBuilder()
            .Add(new Jurisdiction("jur-c", "某市", DivisionCode.Parse("431400"), JurisdictionLevel.City))
            .Add(new Jurisdiction("jur-t", "某县", DivisionCode.Parse("431421"), JurisdictionLevel.County))
            .Link(RelType.PartOf, "jur-t", "jur-c")
            .Add(new Unit("u", "某镇人民政府", UnitKind.Township))
            .Link(RelType.InJurisdiction, "u", "jur-t")
            .Add(Person("p-a", ManagementLevel.County))
            .Add(Person("p-b", ManagementLevel.County))
            .Add(new Position("pos-a", "镇长", CadreRank.SectionChief, true, new DateOnly(2020, 1, 1), null))
            .Add(new Position("pos-b", "副镇长", CadreRank.SectionDeputy, true, new DateOnly(2020, 1, 1), null))
            .Link(RelType.Holds, "p-a", "pos-a").Link(RelType.PositionIn, "pos-a", "u")
            .Link(RelType.Holds, "p-b", "pos-b").Link(RelType.PositionIn, "pos-b", "u");

    private static Person Person(string id, ManagementLevel level) =>
        new(id, "人员" + id, Gender.Male, null, null, PoliticalStatus.PartyMember, level);

    private static GraphBatchBuilder Clue(GraphBatchBuilder b, string id, string subject, ClueSource source, DateOnly received, SubjectRole role, params ProblemType[] problems) =>
        b.Add(new Clue(id, "XC-" + id, source, received, "摘要", problems, ClueStatus.Registered, [], false))
            .Link(RelType.Concerns, id, subject, properties: new { role });

    [Fact]
    public async Task With_equal_counts_channels_and_seriousness_intertwined_problems_decide_and_every_factor_is_shown()
    {
        var g = County();
        Clue(g, "k1", "p-a", ClueSource.Letter, Day, SubjectRole.Primary, ProblemType.IntegrityDiscipline);
        Clue(g, "k2", "p-a", ClueSource.Audit, Day, SubjectRole.Primary, ProblemType.WorkDiscipline);
        Clue(g, "k3", "p-b", ClueSource.Letter, Day, SubjectRole.Primary, ProblemType.IntegrityDiscipline);
        Clue(g, "k4", "p-b", ClueSource.Audit, Day, SubjectRole.Primary, ProblemType.PoliticalDiscipline);
        await using var scratch = await ScratchStore.WithAsync(g);

        var ranking = await new KeyPersonRanker(scratch.Store).RankAsync(new KeyPersonQuery(JurisdictionId: "jur-c"));

        Assert.Equal(["p-b", "p-a"], ranking.Entries.Select(e => e.Person.Id));
        Assert.True(ranking.Entries[0].PoliticalAndEconomic);
        Assert.False(ranking.Entries[1].PoliticalAndEconomic);
        Assert.Contains(ranking.Entries[0].Factors, f => f.StartsWith("political and economic problems intertwined: yes", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Clues_before_the_cutoff_are_counted_but_do_not_show_persistence()
    {
        var g = County();
        Clue(g, "k1", "p-a", ClueSource.Letter, new DateOnly(2012, 12, 3), SubjectRole.Primary, ProblemType.IntegrityDiscipline);
        Clue(g, "k2", "p-b", ClueSource.Letter, new DateOnly(2012, 12, 4), SubjectRole.Primary, ProblemType.IntegrityDiscipline);
        await using var scratch = await ScratchStore.WithAsync(g);

        var ranking = await new KeyPersonRanker(scratch.Store).RankAsync(new KeyPersonQuery(JurisdictionId: "jur-c"));

        Assert.Equal(["p-b", "p-a"], ranking.Entries.Select(e => e.Person.Id));
        Assert.Equal([1, 0], ranking.Entries.Select(e => e.CluesAfterCutoff));
        Assert.Equal(new DateOnly(2012, 12, 4), ranking.PersistenceCutoff);
    }

    [Fact]
    public async Task A_clue_naming_the_person_only_as_related_counts_only_when_asked()
    {
        var g = County();
        Clue(g, "k1", "p-a", ClueSource.Letter, Day, SubjectRole.Related, ProblemType.IntegrityDiscipline);
        await using var scratch = await ScratchStore.WithAsync(g);
        var ranker = new KeyPersonRanker(scratch.Store);

        var primaryOnly = await ranker.RankAsync(new KeyPersonQuery(JurisdictionId: "jur-c"));
        var withRelated = await ranker.RankAsync(new KeyPersonQuery(JurisdictionId: "jur-c", IncludeRelatedSubjects: true));

        Assert.Empty(primaryOnly.Entries);
        Assert.Equal(0, primaryOnly.Candidates);
        Assert.Equal("p-a", Assert.Single(withRelated.Entries).Person.Id);
    }

    [Fact]
    public async Task When_every_clue_factor_ties_the_higher_post_ranks_first()
    {
        var g = County();
        Clue(g, "k1", "p-b", ClueSource.Letter, Day, SubjectRole.Primary, ProblemType.IntegrityDiscipline);
        Clue(g, "k2", "p-a", ClueSource.Letter, Day, SubjectRole.Primary, ProblemType.IntegrityDiscipline);
        await using var scratch = await ScratchStore.WithAsync(g);

        var ranking = await new KeyPersonRanker(scratch.Store).RankAsync(new KeyPersonQuery(JurisdictionId: "jur-c"));

        Assert.Equal(["p-a", "p-b"], ranking.Entries.Select(e => e.Person.Id));
        Assert.Equal([CadreRank.SectionChief, CadreRank.SectionDeputy], ranking.Entries.Select(e => e.Post!.Rank));
    }
}
