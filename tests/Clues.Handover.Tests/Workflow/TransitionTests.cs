using Clues.Core.Access;
using Clues.Handover.Routing;
using Clues.Handover.Workflow;

namespace Clues.Handover.Tests.Workflow;

public sealed class TransitionTests
{
    public static TheoryData<HandoverState, HandoverState> AllowedSteps()
    {
        var data = new TheoryData<HandoverState, HandoverState>();
        foreach (var rule in TransitionTable.All)
        {
            data.Add(rule.From, rule.To);
        }

        return data;
    }

    public static TheoryData<HandoverState, HandoverState> RefusedSteps()
    {
        var data = new TheoryData<HandoverState, HandoverState>();
        foreach (var from in Enum.GetValues<HandoverState>())
        {
            foreach (var to in Enum.GetValues<HandoverState>())
            {
                if (TransitionTable.Find(from, to) is null)
                {
                    data.Add(from, to);
                }
            }
        }

        return data;
    }

    [Fact]
    public void The_table_has_the_seventeen_steps_of_the_workflow_and_no_step_for_admin()
    {
        Assert.Equal(17, TransitionTable.All.Count);
        Assert.Equal(121 - 17, RefusedSteps().Count());
        Assert.DoesNotContain(TransitionTable.All, r => r.Roles.Contains(Role.Admin));
    }

    [Theory]
    [MemberData(nameof(AllowedSteps))]
    public async Task An_allowed_step_by_the_right_role_and_office_is_taken_and_recorded(HandoverState from, HandoverState to)
    {
        using var harness = await WorkflowHarness.CreateAsync();
        var item = await harness.ItemInAsync(from);
        var actor = WorkflowHarness.RightActorFor(from, to);

        var after = await harness.Workflow.TransitionAsync(actor, item.Id, WorkflowHarness.RequestFor(to, "依规办理"), CancellationToken.None);

        Assert.Equal(to, after.State);
        var stored = await harness.Workflow.GetAsync(Actors.Office(), item.Id, CancellationToken.None);
        Assert.Equal(to, stored.State);
        var last = (await harness.Workflow.HistoryAsync(Actors.Office(), item.Id, CancellationToken.None))[^1];
        Assert.Equal((from, to, actor.UserId, "依规办理", harness.Clock.Now), (last.From!.Value, last.To, last.ActorId, last.Reason, last.At));
        Assert.Equal(Actors.County, last.ActorJurisdiction);
    }

    [Theory]
    [MemberData(nameof(AllowedSteps))]
    public async Task An_allowed_step_is_refused_to_an_actor_without_its_role(HandoverState from, HandoverState to)
    {
        using var harness = await WorkflowHarness.CreateAsync();
        var item = await harness.ItemInAsync(from);
        var actor = Actors.AllRolesBut(TransitionTable.Find(from, to)!.Roles);

        var refused = await Assert.ThrowsAsync<HandoverRefusedException>(() => harness.StepAsync(actor, item.Id, to));

        Assert.Equal(RefusalKind.Role, refused.Kind);
        Assert.Contains(actor.UserId, refused.Message, StringComparison.Ordinal);
        Assert.Contains(WireNames.Of(to), refused.Message, StringComparison.Ordinal);
        Assert.Contains(string.Join(" or ", TransitionTable.Find(from, to)!.Roles), refused.Message, StringComparison.Ordinal);
        Assert.Equal(from, (await harness.Workflow.GetAsync(Actors.Office(), item.Id, CancellationToken.None)).State);
    }

    [Theory]
    [MemberData(nameof(AllowedSteps))]
    public async Task An_allowed_step_is_refused_to_the_right_role_in_another_county(HandoverState from, HandoverState to)
    {
        using var harness = await WorkflowHarness.CreateAsync();
        var item = await harness.ItemInAsync(from);
        var actor = Actors.Of(Actors.OtherCounty, [.. TransitionTable.Find(from, to)!.Roles]);

        var refused = await Assert.ThrowsAsync<HandoverRefusedException>(() => harness.StepAsync(actor, item.Id, to));

        Assert.Equal(RefusalKind.Jurisdiction, refused.Kind);
        Assert.Contains(Actors.OtherCounty, refused.Message, StringComparison.Ordinal);
        Assert.Contains(Actors.County, refused.Message, StringComparison.Ordinal);
        var history = await harness.Workflow.HistoryAsync(Actors.Office(), item.Id, CancellationToken.None);
        Assert.Equal(from, history[^1].To);
        Assert.Equal(from, (await harness.Workflow.GetAsync(Actors.Office(), item.Id, CancellationToken.None)).State);
    }

    [Theory]
    [MemberData(nameof(RefusedSteps))]
    public async Task A_step_not_in_the_table_is_refused_even_to_an_actor_with_every_role(HandoverState from, HandoverState to)
    {
        using var harness = await WorkflowHarness.CreateAsync();
        var item = await harness.ItemInAsync(from);

        var refused = await Assert.ThrowsAsync<HandoverRefusedException>(() => harness.StepAsync(Actors.Everyone(), item.Id, to));

        Assert.Equal(RefusalKind.State, refused.Kind);
        Assert.Contains($"is {WireNames.Of(from)}", refused.Message, StringComparison.Ordinal);
        Assert.Contains($"cannot go to {WireNames.Of(to)}", refused.Message, StringComparison.Ordinal);
        Assert.Equal(from, (await harness.Workflow.GetAsync(Actors.Office(), item.Id, CancellationToken.None)).State);
    }

    [Theory]
    [InlineData(HandoverState.Proposed, HandoverState.Returned)]
    [InlineData(HandoverState.Draft, HandoverState.Withdrawn)]
    public async Task Returning_or_withdrawing_without_a_reason_is_refused(HandoverState from, HandoverState to)
    {
        using var harness = await WorkflowHarness.CreateAsync();
        var item = await harness.ItemInAsync(from);

        var refused = await Assert.ThrowsAsync<HandoverRefusedException>(() =>
            harness.Workflow.TransitionAsync(WorkflowHarness.RightActorFor(from, to), item.Id, new HandoverTransitionRequest(to, "  "), CancellationToken.None));

        Assert.Equal(RefusalKind.MissingInput, refused.Kind);
        Assert.Contains("needs a reason", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Recording_a_disposal_or_a_conclusion_without_it_is_refused()
    {
        using var harness = await WorkflowHarness.CreateAsync();
        var received = await harness.ItemInAsync(HandoverState.Received);
        var disposed = await harness.ItemInAsync(HandoverState.Disposed);

        var noDisposal = await Assert.ThrowsAsync<HandoverRefusedException>(() =>
            harness.Workflow.TransitionAsync(Actors.Officer(), received.Id, new HandoverTransitionRequest(HandoverState.Disposed), CancellationToken.None));
        var noConclusion = await Assert.ThrowsAsync<HandoverRefusedException>(() =>
            harness.Workflow.TransitionAsync(Actors.Officer(), disposed.Id, new HandoverTransitionRequest(HandoverState.Concluded), CancellationToken.None));
        var formWithoutSubstance = await Assert.ThrowsAsync<HandoverRefusedException>(() =>
            harness.Workflow.TransitionAsync(Actors.Officer(), disposed.Id, new HandoverTransitionRequest(HandoverState.Concluded, Conclusion: new HandoverConclusion(ConclusionOutcome.UnfoundedClarified, FourFormsLevel.First, [], 0m)), CancellationToken.None));
        var negativeMoney = await Assert.ThrowsAsync<HandoverRefusedException>(() =>
            harness.Workflow.TransitionAsync(Actors.Officer(), disposed.Id, new HandoverTransitionRequest(HandoverState.Concluded, Conclusion: new HandoverConclusion(ConclusionOutcome.Substantiated, null, [], -1m)), CancellationToken.None));

        Assert.All([noDisposal, noConclusion, formWithoutSubstance, negativeMoney], e => Assert.Equal(RefusalKind.MissingInput, e.Kind));
        Assert.Contains("PRELIMINARY_VERIFICATION", noDisposal.Message, StringComparison.Ordinal);
        Assert.Contains("UNFOUNDED_CLARIFIED", formWithoutSubstance.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_whole_path_keeps_the_recipients_report_and_sets_the_deadline_at_hand_over()
    {
        using var harness = await WorkflowHarness.CreateAsync();
        var item = await harness.ItemInAsync(HandoverState.Approved);
        harness.Clock.SetDay(new DateOnly(2026, 7, 15));

        var handed = await harness.StepAsync(Actors.Officer(), item.Id, HandoverState.HandedOver);
        await harness.StepAsync(Actors.Officer(), item.Id, HandoverState.Received);
        await harness.StepAsync(Actors.Officer(), item.Id, HandoverState.Disposed);
        await harness.StepAsync(Actors.Officer(), item.Id, HandoverState.Concluded);
        var closed = await harness.StepAsync(Actors.Office(), item.Id, HandoverState.Closed, "已办结销号");

        Assert.Equal(new DateOnly(2026, 10, 15), handed.Deadline);
        Assert.Equal(DisposalMethod.PreliminaryVerification, closed.Disposal);
        Assert.Equal(ConclusionOutcome.Substantiated, closed.Conclusion!.Outcome);
        Assert.Equal(FourFormsLevel.Second, closed.Conclusion.FourForms);
        Assert.Equal([ConclusionMeasure.PartyWarning], closed.Conclusion.Measures);
        Assert.Equal(12_000m, closed.Conclusion.MoneyRecovered);
        Assert.Equal(harness.Clock.Now, closed.ClosedAt);
        var history = await harness.Workflow.HistoryAsync(Actors.Office(), item.Id, CancellationToken.None);
        Assert.Equal(
            ["CREATE:DRAFT", "TRANSITION:PROPOSED", "TRANSITION:FILED", "TRANSITION:APPROVED", "TRANSITION:HANDED_OVER", "TRANSITION:RECEIVED", "TRANSITION:DISPOSED", "TRANSITION:CONCLUDED", "TRANSITION:CLOSED"],
            history.Select(h => $"{h.Kind}:{WireNames.Of(h.To)}"));
        Assert.Equal("已办结销号", history[^1].Reason);
        Assert.Contains("R5-discipline-commission", history[0].Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_returned_item_can_be_proposed_again_by_the_group()
    {
        using var harness = await WorkflowHarness.CreateAsync();
        var item = await harness.ItemInAsync(HandoverState.Returned);

        var again = await harness.StepAsync(Actors.Group(), item.Id, HandoverState.Proposed, "已补充材料");

        Assert.Equal(HandoverState.Proposed, again.State);
        var history = await harness.Workflow.HistoryAsync(Actors.Office(), item.Id, CancellationToken.None);
        Assert.Equal("材料不全，请补充", history.Single(h => h.To == HandoverState.Returned).Reason);
    }

    [Fact]
    public async Task The_receiving_body_records_receipt_disposal_and_conclusion_itself_but_cannot_close()
    {
        using var harness = await WorkflowHarness.CreateAsync();
        // A city-managed cadre found by the county round goes to the city inspection office (rule 3).
        var request = WorkflowHarness.CountyClue() with { Subject = new RoutingSubject(Core.Model.Taxonomy.ManagementLevel.City, Core.Identifiers.DivisionCode.Parse(Actors.County)) };
        var item = await harness.DraftAsync(request);
        Assert.Equal(Actors.City, item.Recipient.Jurisdiction.Value);
        foreach (var next in new[] { HandoverState.Proposed, HandoverState.Filed, HandoverState.Approved, HandoverState.HandedOver })
        {
            item = await harness.StepAsync(WorkflowHarness.RightActorFor(item.State, next), item.Id, next);
        }

        var recipient = Actors.Officer(Actors.City);
        await harness.StepAsync(recipient, item.Id, HandoverState.Received);
        await harness.StepAsync(recipient, item.Id, HandoverState.Disposed);
        await harness.StepAsync(recipient, item.Id, HandoverState.Concluded);
        var closing = await Assert.ThrowsAsync<HandoverRefusedException>(() => harness.StepAsync(Actors.Office(Actors.City), item.Id, HandoverState.Closed));

        Assert.Equal(RefusalKind.Jurisdiction, closing.Kind);
        Assert.Equal(HandoverState.Concluded, (await harness.Workflow.GetAsync(recipient, item.Id, CancellationToken.None)).State);
        var history = await harness.Workflow.HistoryAsync(Actors.Office(), item.Id, CancellationToken.None);
        Assert.Equal(Actors.City, history[^1].ActorJurisdiction);
    }

    [Fact]
    public async Task Drafting_checks_the_role_the_office_and_duplicates()
    {
        using var harness = await WorkflowHarness.CreateAsync();

        var wrongRole = await Assert.ThrowsAsync<HandoverRefusedException>(() => harness.Workflow.DraftAsync(Actors.Office(), WorkflowHarness.CountyClue(), CancellationToken.None));
        var wrongOffice = await Assert.ThrowsAsync<HandoverRefusedException>(() => harness.Workflow.DraftAsync(Actors.Group(Actors.OtherCounty), WorkflowHarness.CountyClue(), CancellationToken.None));
        var first = await harness.DraftAsync();
        var duplicate = await Assert.ThrowsAsync<HandoverRefusedException>(() => harness.Workflow.DraftAsync(Actors.Group(), WorkflowHarness.CountyClue(), CancellationToken.None));
        await harness.StepAsync(Actors.Group(), first.Id, HandoverState.Withdrawn, "重复登记");
        var redrafted = await harness.DraftAsync();

        Assert.Equal(RefusalKind.Role, wrongRole.Kind);
        Assert.Equal(RefusalKind.Jurisdiction, wrongOffice.Kind);
        Assert.Equal(RefusalKind.Duplicate, duplicate.Kind);
        Assert.Contains("clue-1", duplicate.Message, StringComparison.Ordinal);
        Assert.NotEqual(first.Id, redrafted.Id);
        Assert.Equal(HandoverState.Draft, redrafted.State);
    }

    [Fact]
    public async Task Admin_can_neither_act_nor_read_registers()
    {
        using var harness = await WorkflowHarness.CreateAsync();
        var item = await harness.DraftAsync();
        var admin = Actors.Of(Actors.County, Role.Admin);

        var step = await Assert.ThrowsAsync<HandoverRefusedException>(() => harness.StepAsync(admin, item.Id, HandoverState.Proposed));
        var read = await Assert.ThrowsAsync<HandoverRefusedException>(() => harness.Workflow.RegisterAsync(admin, new HandoverRegisterQuery(), CancellationToken.None));
        await Assert.ThrowsAsync<HandoverItemNotFoundException>(() => harness.Workflow.GetAsync(admin, item.Id, CancellationToken.None));

        Assert.Equal(RefusalKind.Role, step.Kind);
        Assert.Equal(RefusalKind.Role, read.Kind);
    }
}
