using System.Collections;
using Clues.Api.Authorization;
using Clues.Api.Resolvers;
using Clues.Core.Access;
using Clues.Core.Graph;
using Clues.Core.Model;
using Clues.Handover.Routing;
using Clues.Handover.Workflow;
using Clues.GraphQL.Execution;
using Clues.GraphQL.Schema;

namespace Clues.Api.Handover;

/// <summary>
/// The handover part of the schema: routing previews, the workflow's steps and registers, and package export. The
/// workflow checks every step's role and office itself; refusals come back as GraphQL errors with code
/// <c>HANDOVER_REFUSED</c> and the workflow's reason, routing problems (missing data) as <c>BAD_USER_INPUT</c>.
/// </summary>
internal static class HandoverResolvers
{
    private const string Refused = "HANDOVER_REFUSED";

    public static SchemaBuilder AddHandoverResolvers(this SchemaBuilder builder)
    {
        builder.Type("Query")
            .Field("routeClue", RouteClueAsync)
            .Field("handoverItem", HandoverItemAsync)
            .Field("handoverRegister", RegisterAsync)
            .Field("overdueHandovers", OverdueAsync);
        builder.Type("Mutation")
            .Field("draftHandover", DraftAsync)
            .Field("transitionHandover", TransitionAsync)
            .Field("releaseProvinceStubs", ReleaseAsync)
            .Field("chaseHandover", ChaseAsync)
            .Field("exportHandoverPackage", ExportAsync);
        builder.Type("HandoverItem")
            .Field("decisions", context => context.ParentAs<HandoverItem>().Problems)
            .Field("overdue", context =>
            {
                var item = context.ParentAs<HandoverItem>();
                return item.IsOverdueOn(DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8)));
            })
            .Field("clue", ClueOfAsync)
            .Field("round", RoundOfAsync)
            .Field("history", HistoryAsync);
        builder.Type("HandoverRecipient").Field("jurisdiction", context => context.ParentAs<Recipient>().Jurisdiction.Value);
        builder.Type("HandoverRecipientDecision").Field("decisions", context => context.ParentAs<RecipientDecision>().Problems);
        builder.Type("HandoverProblemDecision")
            .Field("problem", context => ProblemCodeMapping.WireName(context.ParentAs<ProblemDecision>().Problem))
            .Field("rule", context => context.ParentAs<ProblemDecision>().RuleId);
        builder.Type("HandoverHistoryEntry").Field("actor", context => context.ParentAs<HandoverHistoryEntry>().ActorId);
        builder.Type("HandoverPackage").Field("packageId", context => context.ParentAs<Clues.Handover.Packaging.HandoverPackageResult>().PackageId.ToString("D"));
        return builder;
    }

    private static Principal Caller(ResolveContext context, Permission permission)
    {
        CallerAccess.Demand(context, permission);
        return CallerAccess.Principal(context)!;
    }

    private static HandoverRuntime Runtime(ResolveContext context) => context.GetRequiredService<HandoverRuntime>();

    private static async Task<T> Guarded<T>(Func<Task<T>> action)
    {
        try
        {
            return await action();
        }
        catch (HandoverRefusedException e)
        {
            throw new GraphQLException(e.Message, new Dictionary<string, object?> { ["code"] = Refused, ["reason"] = e.Kind.ToString(), ["item"] = e.ItemId });
        }
        catch (HandoverItemNotFoundException e)
        {
            throw UserErrors.Create(e.Message);
        }
        catch (RoutingException e)
        {
            throw UserErrors.Create(e.Message);
        }
    }

    private static async Task<string> VisibleClueAsync(ResolveContext context, string argument)
    {
        var (label, clueId) = GlobalId.Decode(context.GetArgument<string>(argument), argument);
        if (label != NodeLabel.Clue || !await CallerAccess.IsVisibleAsync(context, clueId))
        {
            throw UserErrors.Create($"{argument} names no clue you may see; use the id of a clue of your office.");
        }

        return clueId;
    }

    private static IReadOnlySet<RoutingFlag> Flags(ResolveContext context) => Arguments.EnumSet<RoutingFlag>(context, "flags") ?? new HashSet<RoutingFlag>();

    private static Task<IReadOnlyList<RecipientDecision>> RouteClueAsync(ResolveContext context, CancellationToken cancellationToken) => Guarded(async () =>
    {
        Caller(context, Permission.ReadClue);
        var clueId = await VisibleClueAsync(context, "clue");
        var runtime = Runtime(context);
        var facts = await runtime.Facts.ReadAsync(clueId, cancellationToken);
        var router = await runtime.RouterAsync(cancellationToken);
        return router.DecideClue(new ClueRoutingRequest(clueId, facts.PrincipalSubject.Routing, facts.FoundBy, facts.RoutingProblems(Flags(context))));
    });

    private static Task<HandoverItem?> HandoverItemAsync(ResolveContext context, CancellationToken cancellationToken) => Guarded<HandoverItem?>(async () =>
    {
        var actor = Caller(context, Permission.ReadClue);
        var workflow = await Runtime(context).WorkflowAsync(cancellationToken);
        var id = context.GetArgument<string>("id")!;
        HandoverItem item;
        try
        {
            item = await workflow.GetAsync(actor, id, cancellationToken);
        }
        catch (Exception e) when (e is HandoverItemNotFoundException or HandoverRefusedException)
        {
            // Another office's item answers like an unknown one: a distinct answer would confirm it exists.
            await HandoverReadAudit.RecordReadDeniedAsync(context, id);
            return null;
        }

        await HandoverReadAudit.RecordReadAsync(context, [item.Id]);
        return item;
    });

    private static Task<HandoverRegister> RegisterAsync(ResolveContext context, CancellationToken cancellationToken) => Guarded(async () =>
    {
        var actor = Caller(context, Permission.ReadClue);
        var filter = Arguments.Input(context, "filter");
        string? round = null;
        if (filter?.GetValueOrDefault("round") is string roundId)
        {
            round = GlobalId.Decode(roundId, "filter.round").StoreId;
        }

        var query = new HandoverRegisterQuery(
            round,
            filter?.GetValueOrDefault("state") as HandoverState?,
            filter?.GetValueOrDefault("outcome") as ConclusionOutcome?,
            filter?.GetValueOrDefault("fourForms") as FourFormsLevel?,
            filter?.GetValueOrDefault("route") as HandoverRoute?,
            filter?.GetValueOrDefault("recipientJurisdiction") as string,
            filter?.GetValueOrDefault("overdueOnly") is true);
        var workflow = await Runtime(context).WorkflowAsync(cancellationToken);
        HandoverRegister register;
        try
        {
            register = await workflow.RegisterAsync(actor, query, cancellationToken);
        }
        catch (HandoverRefusedException)
        {
            await HandoverReadAudit.RecordListDeniedAsync(context, cancellationToken);
            throw;
        }

        await HandoverReadAudit.RecordReadAsync(context, register.Items.Select(i => i.Id));
        return register;
    });

    private static Task<IReadOnlyList<HandoverItem>> OverdueAsync(ResolveContext context, CancellationToken cancellationToken) => Guarded(async () =>
    {
        var actor = Caller(context, Permission.ReadClue);
        var workflow = await Runtime(context).WorkflowAsync(cancellationToken);
        IReadOnlyList<HandoverItem> overdue;
        try
        {
            overdue = await workflow.ListOverdueAsync(actor, cancellationToken);
        }
        catch (HandoverRefusedException)
        {
            await HandoverReadAudit.RecordListDeniedAsync(context, cancellationToken);
            throw;
        }

        await HandoverReadAudit.RecordReadAsync(context, overdue.Select(i => i.Id));
        return overdue;
    });

    private static Task<IReadOnlyList<HandoverItem>> DraftAsync(ResolveContext context, CancellationToken cancellationToken) => Guarded(async () =>
    {
        var actor = Caller(context, Permission.ReadClue);
        var clueId = await VisibleClueAsync(context, "clue");
        var drafter = await Runtime(context).DrafterAsync(cancellationToken);
        return await drafter.DraftAsync(actor, clueId, Flags(context), cancellationToken);
    });

    private static Task<HandoverItem> TransitionAsync(ResolveContext context, CancellationToken cancellationToken) => Guarded(async () =>
    {
        var actor = Caller(context, Permission.ReadClue);
        var input = Arguments.Input(context, "input") ?? throw UserErrors.Create("input is required.");
        var id = input.GetValueOrDefault("id") as string ?? throw UserErrors.Create("input.id is required.");
        var to = input.GetValueOrDefault("to") is HandoverState state ? state : throw UserErrors.Create("input.to is required.");
        HandoverConclusion? conclusion = null;
        if (input.GetValueOrDefault("conclusion") is IReadOnlyDictionary<string, object?> c)
        {
            var measures = c.GetValueOrDefault("measures") is IEnumerable list ? list.OfType<ConclusionMeasure>().Distinct().ToList() : [];
            var money = c.GetValueOrDefault("moneyRecovered") switch
            {
                decimal d => d,
                null => 0m,
                var other => Convert.ToDecimal(other, System.Globalization.CultureInfo.InvariantCulture),
            };
            if (money < 0)
            {
                throw UserErrors.Create("input.conclusion.moneyRecovered must not be negative.");
            }

            conclusion = new HandoverConclusion(
                c.GetValueOrDefault("outcome") is ConclusionOutcome outcome ? outcome : throw UserErrors.Create("input.conclusion.outcome is required."),
                c.GetValueOrDefault("fourForms") as FourFormsLevel?,
                measures,
                money);
        }

        var request = new HandoverTransitionRequest(to, input.GetValueOrDefault("reason") as string, input.GetValueOrDefault("disposal") as DisposalMethod?, conclusion);
        var workflow = await Runtime(context).WorkflowAsync(cancellationToken);
        return await workflow.TransitionAsync(actor, id, request, cancellationToken);
    });

    private static Task<IReadOnlyList<HandoverItem>> ReleaseAsync(ResolveContext context, CancellationToken cancellationToken) => Guarded(async () =>
    {
        var actor = Caller(context, Permission.ReadClue);
        var (label, roundId) = GlobalId.Decode(context.GetArgument<string>("round"), "round");
        if (label != NodeLabel.InspectionRound)
        {
            throw UserErrors.Create("round must be the id of an inspection round.");
        }

        var workflow = await Runtime(context).WorkflowAsync(cancellationToken);
        return await workflow.ReleaseProvinceBatchAsync(actor, roundId, cancellationToken);
    });

    private static Task<HandoverItem> ChaseAsync(ResolveContext context, CancellationToken cancellationToken) => Guarded(async () =>
    {
        var actor = Caller(context, Permission.ReadClue);
        var note = context.GetArgument<string>("note")?.Trim();
        if (string.IsNullOrEmpty(note))
        {
            throw UserErrors.Create("note must say what was done to chase the item.");
        }

        var workflow = await Runtime(context).WorkflowAsync(cancellationToken);
        return await workflow.ChaseAsync(actor, context.GetArgument<string>("id")!, note, cancellationToken);
    });

    private static Task<Clues.Handover.Packaging.HandoverPackageResult> ExportAsync(ResolveContext context, CancellationToken cancellationToken) => Guarded(async () =>
    {
        var actor = Caller(context, Permission.ExportPackage);
        var items = Arguments.Strings(context, "items");
        if (items.Count is 0 or > 5000)
        {
            throw UserErrors.Create($"items must name 1 to 5000 approved handover items; got {items.Count}.");
        }

        (Clues.Handover.Packaging.HandoverPackageExporter Exporter, Clues.Packages.Keys.OfficeSigningKey Key, string Folder) export;
        try
        {
            export = await Runtime(context).ExporterAsync(cancellationToken);
        }
        catch (InvalidOperationException e)
        {
            throw UserErrors.Create(e.Message);
        }

        using var key = export.Key;
        Directory.CreateDirectory(export.Folder);
        var path = Path.Combine(export.Folder, $"package-{DateTime.UtcNow:yyyyMMddHHmmss}-{Guid.NewGuid():N}.zip");
        Clues.Handover.Packaging.HandoverPackageResult issued;
        try
        {
            issued = await export.Exporter.ExportAsync(actor, items, key, path, release: null, progress: null, cancellationToken);
        }
        catch (Exception e) when (e is HandoverRefusedException or HandoverItemNotFoundException)
        {
            await HandoverReadAudit.RecordExportAsync(context, items, denied: true, cancellationToken);
            throw;
        }

        await HandoverReadAudit.RecordExportAsync(context, items, denied: false, cancellationToken);
        return issued;
    });

    private static async Task<object?> ClueOfAsync(ResolveContext context, CancellationToken cancellationToken)
    {
        var item = context.ParentAs<HandoverItem>();
        if (item.StubOnly || !await CallerAccess.IsVisibleAsync(context, item.ClueId))
        {
            return null;
        }

        return await GraphReads.NodeAsync(context, item.ClueId);
    }

    private static async Task<object?> RoundOfAsync(ResolveContext context, CancellationToken cancellationToken) =>
        await GraphReads.NodeAsync(context, context.ParentAs<HandoverItem>().RoundId) as InspectionRound;

    private static async Task<IReadOnlyList<HandoverHistoryEntry>> HistoryAsync(ResolveContext context, CancellationToken cancellationToken)
    {
        var actor = CallerAccess.Principal(context)!;
        var workflow = await Runtime(context).WorkflowAsync(cancellationToken);
        return await workflow.HistoryAsync(actor, context.ParentAs<HandoverItem>().Id, cancellationToken);
    }
}
