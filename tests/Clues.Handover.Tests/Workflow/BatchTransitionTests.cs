using Clues.Handover.Workflow;

namespace Clues.Handover.Tests.Workflow;

public sealed class BatchTransitionTests
{
    [Fact]
    public async Task Many_approved_items_are_handed_over_in_one_step_each_with_its_history()
    {
        using var harness = await WorkflowHarness.CreateAsync();
        var first = await harness.ItemInAsync(HandoverState.Approved);
        var second = await harness.ItemInAsync(HandoverState.Approved);
        var officer = WorkflowHarness.RightActorFor(HandoverState.Approved, HandoverState.HandedOver);

        var moved = await harness.Workflow.TransitionManyAsync(officer, [first.Id, second.Id], WorkflowHarness.RequestFor(HandoverState.HandedOver), CancellationToken.None);

        Assert.All(moved, m => Assert.Equal(HandoverState.HandedOver, m.State));
        Assert.All(moved, m => Assert.NotNull(m.Deadline));
        foreach (var id in new[] { first.Id, second.Id })
        {
            var history = await harness.Workflow.HistoryAsync(officer, id, CancellationToken.None);
            Assert.Equal(HandoverState.HandedOver, history[^1].To);
        }
    }

    [Fact]
    public async Task One_refused_item_leaves_every_item_of_the_batch_as_it_was()
    {
        using var harness = await WorkflowHarness.CreateAsync();
        var approved = await harness.ItemInAsync(HandoverState.Approved);
        var filed = await harness.ItemInAsync(HandoverState.Filed);
        var officer = WorkflowHarness.RightActorFor(HandoverState.Approved, HandoverState.HandedOver);

        var refused = await Assert.ThrowsAsync<HandoverRefusedException>(() =>
            harness.Workflow.TransitionManyAsync(officer, [approved.Id, filed.Id], WorkflowHarness.RequestFor(HandoverState.HandedOver), CancellationToken.None));

        Assert.Contains(filed.Id, refused.Message, StringComparison.Ordinal);
        Assert.Equal(HandoverState.Approved, (await harness.Workflow.GetAsync(officer, approved.Id, CancellationToken.None)).State);
        Assert.Equal(HandoverState.Filed, (await harness.Workflow.GetAsync(officer, filed.Id, CancellationToken.None)).State);
    }
}
