using Clues.Core.Access;
using Clues.Handover.Routing;
using Clues.Handover.Workflow;
using Microsoft.Data.Sqlite;

namespace Clues.Handover.Tests.Workflow;

public sealed class ProvinceBatchTests
{
    private static async Task<HandoverItem> ApprovedStubAsync(WorkflowHarness harness, string clueId, string roundId = "round-7-3")
    {
        var item = await harness.DraftAsync(WorkflowHarness.ProvinceClue(clueId, roundId));
        foreach (var next in new[] { HandoverState.Proposed, HandoverState.Filed, HandoverState.Approved })
        {
            item = await harness.StepAsync(WorkflowHarness.RightActorFor(item.State, next), item.Id, next);
        }

        return item;
    }

    [Fact]
    public async Task A_province_stub_keeps_no_clue_content()
    {
        using var harness = await WorkflowHarness.CreateAsync();

        var stub = await harness.DraftAsync(WorkflowHarness.ProvinceClue());

        Assert.True(stub.StubOnly);
        Assert.Null(stub.Summary);
        Assert.Equal(RoutingTiming.AfterRoundEnd, stub.Timing);
        Assert.Equal("350000", stub.Recipient.Jurisdiction.Value);
        await using var connection = new SqliteConnection($"Data Source={Path.Combine(harness.Folder, "handover.db")}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM items WHERE summary IS NOT NULL OR problems LIKE '%不得留存%'";
        Assert.Equal(0L, (long)(await command.ExecuteScalarAsync())!);
    }

    [Fact]
    public async Task A_province_stub_cannot_be_handed_over_on_or_before_the_last_day_of_its_round()
    {
        using var harness = await WorkflowHarness.CreateAsync();
        var stub = await ApprovedStubAsync(harness, "clue-p1");
        harness.Clock.SetDay(WorkflowHarness.RoundEnd);

        var single = await Assert.ThrowsAsync<HandoverRefusedException>(() => harness.StepAsync(Actors.Officer(), stub.Id, HandoverState.HandedOver));
        var batch = await Assert.ThrowsAsync<HandoverRefusedException>(() => harness.Workflow.ReleaseProvinceBatchAsync(Actors.Officer(), "round-7-3", CancellationToken.None));

        Assert.Equal(RefusalKind.RoundNotEnded, single.Kind);
        Assert.Equal(RefusalKind.RoundNotEnded, batch.Kind);
        Assert.Contains("2026-06-30", single.Message, StringComparison.Ordinal);
        Assert.Contains("2026-07-01", single.Message, StringComparison.Ordinal);
        Assert.Equal(HandoverState.Approved, (await harness.Workflow.GetAsync(Actors.Office(), stub.Id, CancellationToken.None)).State);
    }

    [Fact]
    public async Task After_the_round_ends_the_collecting_city_releases_every_approved_stub_as_one_batch()
    {
        using var harness = await WorkflowHarness.CreateAsync();
        var first = await ApprovedStubAsync(harness, "clue-p1");
        var second = await ApprovedStubAsync(harness, "clue-p2");
        var notApproved = await harness.DraftAsync(WorkflowHarness.ProvinceClue("clue-p3"));
        var otherRound = await ApprovedStubAsync(harness, "clue-p4", "round-7-4");
        var immediate = await harness.ItemInAsync(HandoverState.Approved);
        harness.Clock.SetDay(WorkflowHarness.RoundEnd.AddDays(1));

        var released = await harness.Workflow.ReleaseProvinceBatchAsync(Actors.Officer(Actors.City), "round-7-3", CancellationToken.None);

        Assert.Equal(new[] { first.Id, second.Id }.Order(), released.Select(i => i.Id).Order());
        Assert.All(released, i => Assert.Equal(HandoverState.HandedOver, i.State));
        Assert.All(released, i => Assert.Equal(new DateOnly(2026, 10, 1), i.Deadline));
        var batchIds = new List<string?>();
        foreach (var item in released)
        {
            var last = (await harness.Workflow.HistoryAsync(Actors.Office(), item.Id, CancellationToken.None))[^1];
            Assert.Equal(Actors.City, last.ActorJurisdiction);
            batchIds.Add(last.BatchId);
        }

        Assert.NotNull(batchIds[0]);
        Assert.Single(batchIds.Distinct());
        Assert.Equal(HandoverState.Draft, (await harness.Workflow.GetAsync(Actors.Office(), notApproved.Id, CancellationToken.None)).State);
        Assert.Equal(HandoverState.Approved, (await harness.Workflow.GetAsync(Actors.Office(), otherRound.Id, CancellationToken.None)).State);
        Assert.Equal(HandoverState.Approved, (await harness.Workflow.GetAsync(Actors.Office(), immediate.Id, CancellationToken.None)).State);
        Assert.Empty(await harness.Workflow.ReleaseProvinceBatchAsync(Actors.Officer(Actors.City), "round-7-3", CancellationToken.None));
    }

    [Fact]
    public async Task The_batch_is_refused_to_officers_of_other_offices_and_to_other_roles()
    {
        using var harness = await WorkflowHarness.CreateAsync();
        var stub = await ApprovedStubAsync(harness, "clue-p1");
        harness.Clock.SetDay(WorkflowHarness.RoundEnd.AddDays(3));

        var otherCounty = await Assert.ThrowsAsync<HandoverRefusedException>(() => harness.Workflow.ReleaseProvinceBatchAsync(Actors.Officer(Actors.OtherCounty), "round-7-3", CancellationToken.None));
        var otherCity = await Assert.ThrowsAsync<HandoverRefusedException>(() => harness.Workflow.ReleaseProvinceBatchAsync(Actors.Officer("350200"), "round-7-3", CancellationToken.None));
        var staff = await Assert.ThrowsAsync<HandoverRefusedException>(() => harness.Workflow.ReleaseProvinceBatchAsync(Actors.Office(Actors.City), "round-7-3", CancellationToken.None));

        Assert.Equal(RefusalKind.Jurisdiction, otherCounty.Kind);
        Assert.Contains("collects its stubs", otherCity.Message, StringComparison.Ordinal);
        Assert.Equal(RefusalKind.Role, staff.Kind);
        Assert.Equal(HandoverState.Approved, (await harness.Workflow.GetAsync(Actors.Office(), stub.Id, CancellationToken.None)).State);
    }

    [Fact]
    public async Task The_collecting_city_may_not_hand_over_an_ordinary_county_item()
    {
        using var harness = await WorkflowHarness.CreateAsync();
        var item = await harness.ItemInAsync(HandoverState.Approved);

        var refused = await Assert.ThrowsAsync<HandoverRefusedException>(() => harness.StepAsync(Actors.Of(Actors.City, Role.HandoverOfficer), item.Id, HandoverState.HandedOver));

        Assert.Equal(RefusalKind.Jurisdiction, refused.Kind);
    }
}
