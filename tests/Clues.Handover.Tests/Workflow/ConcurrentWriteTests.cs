using Clues.Handover.Workflow;

namespace Clues.Handover.Tests.Workflow;

public sealed class ConcurrentWriteTests
{
    [Fact]
    public async Task Sixty_four_drafts_and_steps_at_once_all_land_with_their_history()
    {
        using var harness = await WorkflowHarness.CreateAsync();
        var group = WorkflowHarness.RightActorFor(HandoverState.Draft, HandoverState.Proposed);

        var proposed = await Task.WhenAll(Enumerable.Range(0, 64).Select(i => Task.Run(async () =>
        {
            var item = Assert.Single(await harness.Workflow.DraftAsync(group, WorkflowHarness.CountyClue($"clue-c{i}"), CancellationToken.None));
            return await harness.StepAsync(group, item.Id, HandoverState.Proposed);
        })));

        Assert.Equal(64, proposed.Select(p => p.Id).Distinct().Count());
        foreach (var item in proposed)
        {
            var history = await harness.Workflow.HistoryAsync(group, item.Id, CancellationToken.None);
            Assert.Equal([HandoverState.Draft, HandoverState.Proposed], history.Select(h => h.To));
        }
    }

    [Fact]
    public async Task A_step_still_waiting_for_its_turn_can_be_cancelled_and_changes_nothing()
    {
        using var harness = await WorkflowHarness.CreateAsync();
        var item = await harness.DraftAsync();
        var group = WorkflowHarness.RightActorFor(HandoverState.Draft, HandoverState.Proposed);
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            harness.Workflow.TransitionAsync(group, item.Id, WorkflowHarness.RequestFor(HandoverState.Proposed), cancelled.Token));

        Assert.Equal(HandoverState.Draft, (await harness.Workflow.GetAsync(group, item.Id, CancellationToken.None)).State);
        Assert.Equal(HandoverState.Proposed, (await harness.StepAsync(group, item.Id, HandoverState.Proposed)).State);
    }
}
