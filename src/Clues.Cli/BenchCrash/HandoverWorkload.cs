using System.Globalization;
using Clues.Core.Access;
using Clues.Core.Identifiers;
using Clues.Core.Model.Taxonomy;
using Clues.Handover.Routing;
using Clues.Handover.Workflow;

namespace Clues.Cli.BenchCrash;

/// <summary>
/// Handover transitions: county items drafted and walked DRAFT → PROPOSED → FILED → APPROVED → HANDED_OVER → RECEIVED
/// → DISPOSED → CONCLUDED → CLOSED, each step one transaction in handover.db, acknowledged after it returns.
/// </summary>
internal static class HandoverWorkload
{
    /// <summary>The prefix of this workload's acknowledgement ids (<c>handover:ITEM:STATE</c>).</summary>
    public const string AckPrefix = "handover:";

    private static readonly HandoverState[] Path =
    [
        HandoverState.Draft, HandoverState.Proposed, HandoverState.Filed, HandoverState.Approved, HandoverState.HandedOver,
        HandoverState.Received, HandoverState.Disposed, HandoverState.Concluded, HandoverState.Closed,
    ];

    /// <summary>Drafts and walks items until killed.</summary>
    public static async Task RunChildAsync(string data, long run, TextWriter output, CancellationToken cancellationToken)
    {
        var workflow = await OpenAsync(data, cancellationToken);
        await output.WriteLineAsync(CrashFixture.OpenLine);
        var county = DivisionCode.Parse(CrashFixture.County);
        for (var i = 0; ; i++)
        {
            var request = new HandoverDraftRequest(
                string.Create(CultureInfo.InvariantCulture, $"crash-h-{run}-{i}"),
                "crash-round",
                workflow.Today.AddDays(60),
                new RoutingSubject(ManagementLevel.County, county),
                new FindingOffice(JurisdictionLevel.County, county),
                [new ClueProblem(ProblemCode.DisciplineIntegrity, new HashSet<RoutingFlag>())],
                "崩溃测试移交线索");
            var items = await workflow.DraftAsync(CrashFixture.Actor(Role.GroupMember), request, cancellationToken);
            foreach (var drafted in items)
            {
                await output.WriteLineAsync(CrashFixture.AckPrefix + AckId(drafted.Id, HandoverState.Draft));
            }

            foreach (var drafted in items)
            {
                var id = drafted.Id;
                foreach (var next in Path[1..])
                {
                    await workflow.TransitionAsync(ActorFor(next), id, RequestFor(next), cancellationToken);
                    await output.WriteLineAsync(CrashFixture.AckPrefix + AckId(id, next));
                }
            }
        }
    }

    /// <summary>Checks that every acknowledged step is in handover.db: the item exists and has reached at least that state.</summary>
    public static async Task CheckAsync(string data, IReadOnlyCollection<string> acknowledged, CrashTally tally, CancellationToken cancellationToken)
    {
        if (acknowledged.Count == 0)
        {
            return;
        }

        var workflow = await OpenAsync(data, cancellationToken);
        var reader = CrashFixture.Actor(Role.OfficeStaff);
        var furthest = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var ack in acknowledged)
        {
            var parts = ack[AckPrefix.Length..].Split(':');
            var step = Array.IndexOf(Path, Enum.Parse<HandoverState>(parts[1]));
            furthest[parts[0]] = Math.Max(step, furthest.GetValueOrDefault(parts[0], -1));
        }

        foreach (var (id, step) in furthest)
        {
            HandoverItem item;
            try
            {
                item = await workflow.GetAsync(reader, id, cancellationToken);
            }
            catch (HandoverItemNotFoundException)
            {
                tally.Lost($"handover item {id} was acknowledged as {Path[step]} but is not in handover.db.");
                continue;
            }

            var stored = Array.IndexOf(Path, item.State);
            if (stored < step)
            {
                tally.Lost($"handover item {id} was acknowledged as {Path[step]} but handover.db has it at {item.State}.");
            }

            var history = await workflow.HistoryAsync(reader, id, cancellationToken);
            if (history.Count != stored + 1)
            {
                tally.Corrupt($"handover.db: item {id} is at {item.State} but its history has {history.Count} entries, not {stored + 1}.");
            }
        }
    }

    private static string AckId(string itemId, HandoverState state) => AckPrefix + itemId + ":" + state;

    private static Task<HandoverWorkflow> OpenAsync(string data, CancellationToken cancellationToken) =>
        HandoverWorkflow.OpenAsync(new HandoverWorkflowOptions(data), new HandoverRouter(HandoverRuleTable.BuiltIn()), TimeProvider.System, cancellationToken);

    private static Principal ActorFor(HandoverState to) => to switch
    {
        HandoverState.Proposed => CrashFixture.Actor(Role.GroupMember),
        HandoverState.Filed or HandoverState.Closed => CrashFixture.Actor(Role.OfficeStaff),
        HandoverState.Approved => CrashFixture.Actor(Role.LeadingGroup),
        _ => CrashFixture.Actor(Role.HandoverOfficer),
    };

    private static HandoverTransitionRequest RequestFor(HandoverState to) => to switch
    {
        HandoverState.Disposed => new(to, "崩溃测试", Disposal: DisposalMethod.PreliminaryVerification),
        HandoverState.Concluded => new(to, "崩溃测试", Conclusion: new HandoverConclusion(ConclusionOutcome.Substantiated, FourFormsLevel.Second, [ConclusionMeasure.PartyWarning], 1_000m)),
        _ => new(to, "崩溃测试"),
    };
}
