using Clues.Core.Access;
using Clues.Handover.Routing;
using Clues.Handover.Workflow;

namespace Clues.Handover.Tests.Workflow;

public sealed class RegisterAndOverdueTests
{
    [Fact]
    public async Task Items_past_their_deadline_without_a_conclusion_are_listed_for_chasing()
    {
        using var harness = await WorkflowHarness.CreateAsync();
        harness.Clock.SetDay(new DateOnly(2026, 7, 1));
        var handed = await harness.ItemInAsync(HandoverState.HandedOver);
        var received = await harness.ItemInAsync(HandoverState.Received);
        var disposed = await harness.ItemInAsync(HandoverState.Disposed);
        var concluded = await harness.ItemInAsync(HandoverState.Concluded);
        var approved = await harness.ItemInAsync(HandoverState.Approved);

        harness.Clock.SetDay(new DateOnly(2026, 10, 1));
        var onDeadline = await harness.Workflow.ListOverdueAsync(Actors.Office(), CancellationToken.None);
        harness.Clock.SetDay(new DateOnly(2026, 10, 2));
        var afterDeadline = await harness.Workflow.ListOverdueAsync(Actors.Office(), CancellationToken.None);

        Assert.Empty(onDeadline);
        Assert.Equal(new[] { handed.Id, received.Id, disposed.Id }.Order(), afterDeadline.Select(i => i.Id).Order());
        Assert.DoesNotContain(afterDeadline, i => i.Id == concluded.Id || i.Id == approved.Id);
        Assert.Equal(new[] { handed.Id, received.Id, disposed.Id }.Order(), (await harness.Workflow.ListOverdueAsync(Actors.Office(Actors.City), CancellationToken.None)).Select(i => i.Id).Order());
        Assert.Empty(await harness.Workflow.ListOverdueAsync(Actors.Office(Actors.OtherCounty), CancellationToken.None));
    }

    [Fact]
    public async Task The_office_chases_an_overdue_item_and_the_chase_is_recorded_without_changing_its_state()
    {
        using var harness = await WorkflowHarness.CreateAsync();
        var item = await harness.ItemInAsync(HandoverState.Received);
        var early = await Assert.ThrowsAsync<HandoverRefusedException>(() => harness.Workflow.ChaseAsync(Actors.Office(), item.Id, "电话催办", CancellationToken.None));
        harness.Clock.SetDay(new DateOnly(2026, 12, 1));

        var wrongRole = await Assert.ThrowsAsync<HandoverRefusedException>(() => harness.Workflow.ChaseAsync(Actors.Officer(), item.Id, "电话催办", CancellationToken.None));
        var wrongOffice = await Assert.ThrowsAsync<HandoverRefusedException>(() => harness.Workflow.ChaseAsync(Actors.Office(Actors.OtherCounty), item.Id, "电话催办", CancellationToken.None));
        await harness.Workflow.ChaseAsync(Actors.Office(), item.Id, "电话催办", CancellationToken.None);
        var chased = await harness.Workflow.ChaseAsync(Actors.Office(), item.Id, "发督办函", CancellationToken.None);

        Assert.Equal(RefusalKind.State, early.Kind);
        Assert.Equal(RefusalKind.Role, wrongRole.Kind);
        Assert.Equal(RefusalKind.Jurisdiction, wrongOffice.Kind);
        Assert.Equal(2, chased.ChaseCount);
        Assert.Equal(HandoverState.Received, chased.State);
        var history = await harness.Workflow.HistoryAsync(Actors.Office(), item.Id, CancellationToken.None);
        Assert.Equal(["电话催办", "发督办函"], history.Where(h => h.Kind == "CHASE").Select(h => h.Reason));
    }

    [Fact]
    public async Task A_register_counts_by_recipient_state_outcome_form_round_and_overdue()
    {
        using var harness = await WorkflowHarness.CreateAsync();
        harness.Clock.SetDay(new DateOnly(2026, 7, 1));
        var concluded = await harness.ItemInAsync(HandoverState.Concluded);
        var received = await harness.ItemInAsync(HandoverState.Received);
        var drafts = await harness.Workflow.DraftAsync(Actors.Group(), WorkflowHarness.CountyClue("clue-9", "round-7-4") with
        {
            Problems = [new ClueProblem(ProblemCode.CadreSelection, new HashSet<RoutingFlag>()), new ClueProblem(ProblemCode.OrdinaryCrime, new HashSet<RoutingFlag>())],
        }, CancellationToken.None);
        Assert.Equal(2, drafts.Count);
        harness.Clock.SetDay(new DateOnly(2026, 11, 1));

        var all = await harness.Workflow.RegisterAsync(Actors.Leading(), new HandoverRegisterQuery(), CancellationToken.None);
        var round = await harness.Workflow.RegisterAsync(Actors.Leading(), new HandoverRegisterQuery(RoundId: "round-7-4"), CancellationToken.None);
        var substantiated = await harness.Workflow.RegisterAsync(Actors.Leading(), new HandoverRegisterQuery(Outcome: ConclusionOutcome.Substantiated, FourForms: FourFormsLevel.Second), CancellationToken.None);
        var overdue = await harness.Workflow.RegisterAsync(Actors.Leading(), new HandoverRegisterQuery(OverdueOnly: true), CancellationToken.None);
        var police = await harness.Workflow.RegisterAsync(Actors.Leading(), new HandoverRegisterQuery(Route: HandoverRoute.PoliticalLegal, RecipientJurisdiction: Actors.County), CancellationToken.None);

        Assert.Equal(4, all.Items.Count);
        Assert.Equal(
            ["DISCIPLINE_COMMISSION/COUNTY/350102:2", "ORGANIZATION_DEPARTMENT/COUNTY/350102:1", "POLITICAL_LEGAL/COUNTY/350102:1"],
            all.ByRecipient.Select(c => $"{c.Key}:{c.Count}"));
        Assert.Equal(["DRAFT:2", "CONCLUDED:1", "RECEIVED:1"], all.ByState.Select(c => $"{c.Key}:{c.Count}"));
        Assert.Equal("已办结", all.ByState.Single(c => c.Key == "CONCLUDED").Label);
        Assert.Equal(["SUBSTANTIATED:1"], all.ByOutcome.Select(c => $"{c.Key}:{c.Count}"));
        Assert.Equal(["SECOND:1"], all.ByFourForms.Select(c => $"{c.Key}:{c.Count}"));
        Assert.Equal(["round-7-3:2", "round-7-4:2"], all.ByRound.Select(c => $"{c.Key}:{c.Count}"));
        Assert.Equal(1, all.Overdue);
        Assert.Equal(12_000m, all.MoneyRecovered);
        Assert.Equal(2, round.Items.Count);
        Assert.Equal([concluded.Id], substantiated.Items.Select(i => i.Id));
        Assert.Equal([received.Id], overdue.Items.Select(i => i.Id));
        Assert.Single(police.Items);
    }

    [Fact]
    public async Task A_register_shows_a_county_its_own_items_the_city_its_counties_and_a_recipient_what_it_received()
    {
        using var harness = await WorkflowHarness.CreateAsync();
        var item = await harness.DraftAsync();

        Assert.Single((await harness.Workflow.RegisterAsync(Actors.Office(), new HandoverRegisterQuery(), CancellationToken.None)).Items);
        Assert.Single((await harness.Workflow.RegisterAsync(Actors.Of(Actors.City, Role.Auditor), new HandoverRegisterQuery(), CancellationToken.None)).Items);
        Assert.Empty((await harness.Workflow.RegisterAsync(Actors.Office(Actors.OtherCounty), new HandoverRegisterQuery(), CancellationToken.None)).Items);
        await Assert.ThrowsAsync<HandoverItemNotFoundException>(() => harness.Workflow.GetAsync(Actors.Office("350200"), item.Id, CancellationToken.None));
        await Assert.ThrowsAsync<HandoverItemNotFoundException>(() => harness.Workflow.GetAsync(Actors.Office(), "HO-missing", CancellationToken.None));
    }
}
