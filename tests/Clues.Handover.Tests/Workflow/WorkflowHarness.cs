using Clues.Core.Access;
using Clues.Core.Identifiers;
using Clues.Core.Model.Taxonomy;
using Clues.Handover.Routing;
using Clues.Handover.Workflow;

namespace Clues.Handover.Tests.Workflow;

/// <summary>A workflow over a real handover.db in a temporary folder, with a hand-moved clock.</summary>
internal sealed class WorkflowHarness : IDisposable
{
    public static readonly DateOnly RoundEnd = new(2026, 6, 30);
    public static readonly HandoverRouter Router = new(HandoverRuleTable.BuiltIn());

    private int _drafted;

    private WorkflowHarness(string folder, ManualClock clock, HandoverWorkflow workflow)
    {
        Folder = folder;
        Clock = clock;
        Workflow = workflow;
    }

    public string Folder { get; }

    public ManualClock Clock { get; }

    public HandoverWorkflow Workflow { get; private set; }

    public static async Task<WorkflowHarness> CreateAsync()
    {
        var folder = Path.Combine(Path.GetTempPath(), "clues-handover-" + Guid.NewGuid().ToString("N"));
        var clock = new ManualClock(DateTimeOffset.UnixEpoch);
        clock.SetDay(new DateOnly(2026, 6, 10));
        var workflow = await HandoverWorkflow.OpenAsync(new HandoverWorkflowOptions(folder), Router, clock, CancellationToken.None);
        return new WorkflowHarness(folder, clock, workflow);
    }

    /// <summary>Opens a second workflow on the same file, as a restarted process would.</summary>
    public async Task<HandoverWorkflow> ReopenAsync()
    {
        Workflow = await HandoverWorkflow.OpenAsync(new HandoverWorkflowOptions(Folder), Router, Clock, CancellationToken.None);
        return Workflow;
    }

    /// <summary>A county round's clue about a county-managed cadre: one item to the county commission.</summary>
    public static HandoverDraftRequest CountyClue(string clueId = "clue-1", string roundId = "round-7-3") => new(
        clueId,
        roundId,
        RoundEnd,
        new RoutingSubject(ManagementLevel.County, DivisionCode.Parse(Actors.County)),
        new FindingOffice(JurisdictionLevel.County, DivisionCode.Parse(Actors.County)),
        [new ClueProblem(ProblemCode.DisciplineIntegrity, new HashSet<RoutingFlag>())],
        "某局长违规收受礼金（线索内容）");

    /// <summary>A county round's clue about a province-managed cadre: a stub for the province, after the round.</summary>
    public static HandoverDraftRequest ProvinceClue(string clueId = "clue-p", string roundId = "round-7-3") => new(
        clueId,
        roundId,
        RoundEnd,
        new RoutingSubject(ManagementLevel.Province, DivisionCode.Parse(Actors.County)),
        new FindingOffice(JurisdictionLevel.County, DivisionCode.Parse(Actors.County)),
        [new ClueProblem(ProblemCode.DisciplineIntegrity, new HashSet<RoutingFlag>())],
        "省管干部线索内容，不得留存");

    public async Task<HandoverItem> DraftAsync(HandoverDraftRequest? request = null) =>
        Assert.Single(await Workflow.DraftAsync(Actors.Group(), request ?? CountyClue(), CancellationToken.None));

    public Task<HandoverItem> StepAsync(Principal actor, string id, HandoverState to, string? reason = null) =>
        Workflow.TransitionAsync(actor, id, RequestFor(to, reason), CancellationToken.None);

    /// <summary>The request a step needs: a reason for returns and withdrawals, a disposal or a conclusion.</summary>
    public static HandoverTransitionRequest RequestFor(HandoverState to, string? reason = null) => to switch
    {
        HandoverState.Returned or HandoverState.Withdrawn => new(to, reason ?? "材料不全，请补充"),
        HandoverState.Disposed => new(to, reason, Disposal: DisposalMethod.PreliminaryVerification),
        HandoverState.Concluded => new(to, reason, Conclusion: new HandoverConclusion(ConclusionOutcome.Substantiated, FourFormsLevel.Second, [ConclusionMeasure.PartyWarning], 12_000m)),
        _ => new(to, reason),
    };

    /// <summary>The principal the transition table lets take a step on a county item.</summary>
    public static Principal RightActorFor(HandoverState from, HandoverState to) => (from, to) switch
    {
        (_, HandoverState.Proposed) => Actors.Group(),
        (_, HandoverState.Filed) => Actors.Office(),
        (_, HandoverState.Approved) => Actors.Leading(),
        (_, HandoverState.HandedOver or HandoverState.Received or HandoverState.Disposed or HandoverState.Concluded) => Actors.Officer(),
        (_, HandoverState.Closed) => Actors.Office(),
        (HandoverState.Approved, HandoverState.Returned) => Actors.Leading(),
        (_, HandoverState.Returned) => Actors.Office(),
        (_, HandoverState.Withdrawn) => Actors.Group(),
        _ => throw new ArgumentOutOfRangeException(nameof(to), $"{from} -> {to} is not a step"),
    };

    /// <summary>Drafts a county item and walks it to <paramref name="state"/> by allowed steps.</summary>
    public async Task<HandoverItem> ItemInAsync(HandoverState state)
    {
        var item = await DraftAsync(CountyClue($"clue-{++_drafted}"));
        HandoverState[] path = state switch
        {
            HandoverState.Draft => [],
            HandoverState.Returned => [HandoverState.Proposed, HandoverState.Returned],
            HandoverState.Withdrawn => [HandoverState.Withdrawn],
            _ => PathTo(state),
        };
        foreach (var next in path)
        {
            item = await StepAsync(RightActorFor(item.State, next), item.Id, next);
        }

        Assert.Equal(state, item.State);
        return item;
    }

    private static HandoverState[] PathTo(HandoverState state)
    {
        HandoverState[] main = [HandoverState.Proposed, HandoverState.Filed, HandoverState.Approved, HandoverState.HandedOver, HandoverState.Received, HandoverState.Disposed, HandoverState.Concluded, HandoverState.Closed];
        return main[..(Array.IndexOf(main, state) + 1)];
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(Folder))
        {
            Directory.Delete(Folder, recursive: true);
        }
    }
}
