using Clues.Sharing.Matching;
using Clues.Sharing.Matching.Decisions;
using Clues.Sharing.Matching.Model;

namespace Clues.Sharing.Tests.Matching;

public sealed class DecisionStoreTests
{
    private static readonly DateTimeOffset Monday = new(2026, 11, 16, 9, 30, 0, TimeSpan.Zero);

    [Fact]
    public async Task Human_decisions_survive_reopening_the_file_and_replace_earlier_ones()
    {
        using var folder = new TempFolder();
        var path = folder.File("decisions.db");
        await using (var store = await MatchDecisionStore.OpenAsync(path, CancellationToken.None))
        {
            await store.RecordAsync(new HumanDecision("L1", "R1", MatchDecision.NoMatch, "li.na", Monday, "different father"), CancellationToken.None);
            await store.RecordAsync(new HumanDecision("L2", "R2", MatchDecision.NoMatch, "li.na", Monday, "first look"), CancellationToken.None);
            await store.RecordAsync(new HumanDecision("L2", "R2", MatchDecision.Match, "wang.jun", Monday.AddDays(1), "checked the file"), CancellationToken.None);
        }

        await using var reopened = await MatchDecisionStore.OpenAsync(path, CancellationToken.None);
        var decisions = await reopened.LoadDecisionsAsync(CancellationToken.None);

        Assert.Equal(2, decisions.Count);
        Assert.Equal(MatchDecision.NoMatch, decisions[("L1", "R1")].Decision);
        var changed = decisions[("L2", "R2")];
        Assert.Equal((MatchDecision.Match, "wang.jun", "checked the file"), (changed.Decision, changed.DecidedBy, changed.Why));
        Assert.Equal(Monday.AddDays(1), changed.DecidedAt);
    }

    [Fact]
    public async Task The_review_queue_holds_undecided_review_pairs_and_deciding_takes_a_pair_off()
    {
        using var folder = new TempFolder();
        await using var store = await MatchDecisionStore.OpenAsync(folder.File("decisions.db"), CancellationToken.None);
        await store.RecordAsync(new HumanDecision("L9", "R9", MatchDecision.NoMatch, "li.na", Monday, "namesake"), CancellationToken.None);
        MatchPair[] pairs =
        [
            new("L1", "R1", EntityKind.Person, 0.6, MatchDecision.Review, ["name equal 张伟", "birth date missing on one side"]),
            new("L2", "R2", EntityKind.Person, 0.95, MatchDecision.Match, ["national ID equal"]),
            new("L3", "R3", EntityKind.Company, 0.7, MatchDecision.Review, ["company name equal 祥丰公司"]),
            new("L9", "R9", EntityKind.Person, 0.5, MatchDecision.Review, ["name equal 王芳"]),
        ];

        await store.ReplaceQueueAsync(pairs, Monday, CancellationToken.None);
        var queue = await store.ListQueueAsync(CancellationToken.None);
        Assert.Equal(["L3>R3", "L1>R1"], queue.Select(i => $"{i.LeftId}>{i.RightId}"));
        Assert.Equal(["name equal 张伟", "birth date missing on one side"], queue[1].Reasons);

        await store.RecordAsync(new HumanDecision("L3", "R3", MatchDecision.Match, "li.na", Monday, "same licence"), CancellationToken.None);
        Assert.Equal(["L1>R1"], (await store.ListQueueAsync(CancellationToken.None)).Select(i => $"{i.LeftId}>{i.RightId}"));
    }

    [Fact]
    public async Task Review_is_refused_as_a_human_verdict()
    {
        using var folder = new TempFolder();
        await using var store = await MatchDecisionStore.OpenAsync(folder.File("decisions.db"), CancellationToken.None);

        var error = await Assert.ThrowsAsync<ArgumentException>(() =>
            store.RecordAsync(new HumanDecision("L1", "R1", MatchDecision.Review, "li.na", Monday, ""), CancellationToken.None));
        Assert.Contains("MATCH or NO_MATCH", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_rerun_never_undoes_a_human_decision()
    {
        MatchRecord[] left =
        [
            People.Person("L1", "张伟", People.ZhangWeiId),
            People.Person("L2", "王玲", People.WangLingId),
        ];
        MatchRecord[] right =
        [
            People.Person("R1", "张伟", People.ZhangWeiId),
            People.Person("R2", "王芳", null, "1972-05-05"),
        ];
        var run = new Matcher().Match(left, right);
        Assert.Equal(MatchDecision.Match, Assert.Single(run.Pairs).Decision);

        using var folder = new TempFolder();
        await using var store = await MatchDecisionStore.OpenAsync(folder.File("decisions.db"), CancellationToken.None);
        await store.RecordAsync(new HumanDecision("L1", "R1", MatchDecision.NoMatch, "li.na", Monday, "ID reused after death"), CancellationToken.None);
        await store.RecordAsync(new HumanDecision("L2", "R2", MatchDecision.Match, "li.na", Monday, "renamed, confirmed by household register"), CancellationToken.None);

        var applied = HumanDecisionOverlay.Apply(run.Pairs, await store.LoadDecisionsAsync(CancellationToken.None), left, right);

        var overruled = Assert.Single(applied, p => p.LeftId == "L1");
        Assert.Equal(MatchDecision.NoMatch, overruled.Decision);
        Assert.True(overruled.DecidedByHuman);
        Assert.Equal("human decision NO_MATCH by li.na on 2026-11-16: ID reused after death", overruled.Reasons[0]);
        var added = Assert.Single(applied, p => p.LeftId == "L2");
        Assert.Equal((MatchDecision.Match, "R2", 1.0), (added.Decision, added.RightId, added.Score));
    }

    [Fact]
    public async Task A_human_match_for_records_no_longer_in_the_inputs_is_not_reported()
    {
        using var folder = new TempFolder();
        await using var store = await MatchDecisionStore.OpenAsync(folder.File("decisions.db"), CancellationToken.None);
        await store.RecordAsync(new HumanDecision("L7", "R7", MatchDecision.Match, "li.na", Monday, "checked"), CancellationToken.None);

        var applied = HumanDecisionOverlay.Apply([], await store.LoadDecisionsAsync(CancellationToken.None), [People.Person("L1", "张伟")], [People.Person("R7", "张伟")]);

        Assert.Empty(applied);
    }
}
