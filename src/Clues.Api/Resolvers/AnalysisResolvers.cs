using Clues.Api.Authorization;
using Clues.Api.Caching;
using Clues.Core.Access;
using Clues.Core.Analysis;
using Clues.Core.Graph;
using Clues.Core.Model.Taxonomy;
using Clues.GraphQL.Execution;
using Clues.GraphQL.Schema;

namespace Clues.Api.Resolvers;

/// <summary>
/// The analysis queries (conflictsOfInterest, fundFlow, keyPersons, clues) over the services of
/// <c>Clues.Core.Analysis</c>. The services speak store ids and <see cref="NodeRef"/>s; this layer decodes global ids
/// on the way in, turns their argument exceptions into user errors, and loads referenced nodes through the batched
/// node loader on the way out.
/// </summary>
internal static class AnalysisResolvers
{
    public const int MaxClueListPage = 100;

    public static SchemaBuilder AddAnalysisResolvers(this SchemaBuilder builder)
    {
        builder.Type("Query")
            .Field("conflictsOfInterest", ConflictsAsync)
            .Field("fundFlow", FundFlowAsync)
            .Field("keyPersons", KeyPersonsAsync)
            .Field("clues", CluesAsync);

        builder.Type("ConflictReport").Field("subject", c => Load(c, c.ParentAs<ConflictReportView>().Subject));
        builder.Type("ConflictHit")
            .Field("cadre", c => Load(c, c.ParentAs<ConflictOfInterestHit>().Cadre))
            .Field("relative", c => Load(c, c.ParentAs<ConflictOfInterestHit>().Relative))
            .Field("company", c => Load(c, c.ParentAs<ConflictOfInterestHit>().Company))
            .Field("unit", c => Load(c, c.ParentAs<ConflictOfInterestHit>().Unit))
            .Field("path", c => GraphQueryResolvers.ToView(c.ParentAs<ConflictOfInterestHit>().Path));
        builder.Type("ConflictTie")
            .Field("role", c => c.ParentAs<Core.Analysis.CompanyTie>().Type == RelType.LegalRepresentativeOf ? CompanyRole.LegalRepresentative : CompanyRole.Shareholder)
            .Field("share", c => c.ParentAs<Core.Analysis.CompanyTie>().Share is { } share ? (double)share : (double?)null)
            .Field("validFrom", c => c.ParentAs<Core.Analysis.CompanyTie>().Edge.ValidFrom)
            .Field("validTo", c => c.ParentAs<Core.Analysis.CompanyTie>().Edge.ValidTo);
        builder.Type("Tenure").Field("position", c => Load(c, c.ParentAs<CadreTenure>().Position));
        builder.Type("ContractFact").Field("project", c => Load(c, c.ParentAs<ContractFacts>().Project));
        builder.Type("PaymentFact")
            .Field("payment", c => Load(c, c.ParentAs<PaymentFacts>().Payment))
            .Field("payer", c => Load(c, c.ParentAs<PaymentFacts>().Payer))
            .Field("project", c => Load(c, c.ParentAs<PaymentFacts>().Project));

        builder.Type("FundFlowNode").Field("node", c => Load(c, c.ParentAs<FundFlowNode>().Node));
        builder.Type("FundFlowEdge")
            .Field("source", c => GlobalId.Encode(c.ParentAs<FundFlowEdge>().From.Label, c.ParentAs<FundFlowEdge>().From.Id))
            .Field("target", c => GlobalId.Encode(c.ParentAs<FundFlowEdge>().To.Label, c.ParentAs<FundFlowEdge>().To.Id))
            .Field("from", c => Load(c, c.ParentAs<FundFlowEdge>().From))
            .Field("to", c => Load(c, c.ParentAs<FundFlowEdge>().To));
        builder.Type("FlowPayment").Field("payment", c => Load(c, c.ParentAs<FlowPayment>().Payment));

        builder.Type("KeyPersonEntry")
            .Field("person", c => Load(c, c.ParentAs<KeyPersonEntry>().Person))
            .Field("clues", async (c, _) =>
            {
                // The ranking itself is graph analysis; the clues behind it are clue data, and only the caller's.
                CallerAccess.Demand(c, Permission.ReadClue);
                var ids = c.ParentAs<KeyPersonEntry>().ClueIds;
                var visible = await CallerAccess.VisibilityAsync(c, ids);
                return await GraphReads.NodesAsync(c, ids.Where(id => visible[id]));
            });
        builder.Type("KeyPersonPost")
            .Field("position", c => Load(c, c.ParentAs<KeyPersonPost>().Position))
            .Field("unit", c => Load(c, c.ParentAs<KeyPersonPost>().Unit));

        builder.Type("ClueListEdge")
            .Field("node", c => c.ParentAs<ClueListEdgeView>().Item.Clue)
            .Field("subjects", c => c.ParentAs<ClueListEdgeView>().Item.Subjects)
            .Field("round", c => Load(c, c.ParentAs<ClueListEdgeView>().Item.Round))
            .Field("group", c => Load(c, c.ParentAs<ClueListEdgeView>().Item.Group));
        builder.Type("ClueListSubject").Field("node", c => Load(c, c.ParentAs<Core.Analysis.ClueSubject>().Subject));
        return builder;
    }

    private static object? Load(ResolveContext context, NodeRef? node) => node is null ? null : GraphReads.NodeAsync(context, node.Id);

    private static async Task<ConflictReportView> ConflictsAsync(ResolveContext context, CancellationToken cancellationToken)
    {
        CallerAccess.Demand(context, Permission.ReadGraph);
        var person = context.GetArgument<string>("person");
        var unit = context.GetArgument<string>("unit");
        if ((person is null) == (unit is null))
        {
            throw UserErrors.Create("conflictsOfInterest needs either person or unit (not both).");
        }

        var subject = person is not null ? GlobalId.Decode(person, "person").StoreId : GlobalId.Decode(unit, "unit").StoreId;
        var window = Arguments.Window(context.GetArgument<DateOnly?>("at"), context.GetArgument<DateOnly?>("from"), context.GetArgument<DateOnly?>("to"));
        var finder = new ConflictOfInterestFinder(GraphReads.Store(context));
        var query = new ConflictOfInterestQuery(subject, window);
        await DemandVisibleAsync(context, subject);
        var report = await context.AnalysisCache().GetOrAddAsync(
            AnalysisCacheKey.Of("conflictsOfInterest", query), ct => AsUserErrors(() => finder.FindAsync(query, ct)), cancellationToken);

        // The cached report is everyone's; the caller gets the hits they may see.
        return await AnalysisVisibility.ConflictsAsync(context, report);
    }

    private static async Task<FundFlowView> FundFlowAsync(ResolveContext context, CancellationToken cancellationToken)
    {
        CallerAccess.Demand(context, Permission.ReadGraph);
        var (_, source) = GlobalId.Decode(context.GetArgument<string>("fund"), "fund");
        var depth = UserErrors.InRange(context.GetArgument<int?>("depth") ?? 2, "depth", 1, FundFlowQuery.MaxDepthLimit);
        var window = Arguments.Window(null, context.GetArgument<DateOnly?>("from"), context.GetArgument<DateOnly?>("to"));
        var tracer = new FundFlowTracer(GraphReads.Store(context));
        var query = new FundFlowQuery(source, depth, window);
        await DemandVisibleAsync(context, source);
        var flow = await context.AnalysisCache().GetOrAddAsync(
            AnalysisCacheKey.Of("fundFlow", query), ct => AsUserErrors(() => tracer.TraceAsync(query, ct)), cancellationToken);
        return await AnalysisVisibility.FundFlowAsync(context, flow);
    }

    private static async Task<KeyPersonRankingView> KeyPersonsAsync(ResolveContext context, CancellationToken cancellationToken)
    {
        CallerAccess.Demand(context, Permission.ReadGraph);
        var jurisdiction = context.GetArgument<string>("jurisdiction") is { } j ? GlobalId.Decode(j, "jurisdiction").StoreId : null;
        var round = context.GetArgument<string>("round") is { } r ? GlobalId.Decode(r, "round").StoreId : null;
        if (jurisdiction is null && round is null)
        {
            throw UserErrors.Create("keyPersons needs a jurisdiction, a round, or both.");
        }

        var top = UserErrors.InRange(context.GetArgument<int?>("top") ?? 10, "top", 1, 1000);
        var ranker = new KeyPersonRanker(GraphReads.Store(context));
        var query = new KeyPersonQuery(jurisdiction, round, top, context.GetArgument<bool?>("includeRelatedSubjects") ?? false);
        if (round is not null)
        {
            await DemandVisibleAsync(context, round);
        }

        var ranking = await context.AnalysisCache().GetOrAddAsync(
            AnalysisCacheKey.Of("keyPersons", query), ct => AsUserErrors(() => ranker.RankAsync(query, ct)), cancellationToken);
        return await AnalysisVisibility.KeyPersonsAsync(context, ranking);
    }

    private static async Task<ClueListView> CluesAsync(ResolveContext context, CancellationToken cancellationToken)
    {
        CallerAccess.Demand(context, Permission.ReadClue);
        var first = UserErrors.InRange(context.GetArgument<int?>("first") ?? 20, "first", 1, MaxClueListPage);
        var after = context.GetArgument<string>("after");
        var input = Arguments.Input(context, "filter");
        var filter = input is null ? new Core.Analysis.ClueFilter() : new Core.Analysis.ClueFilter
        {
            RoundIds = StoreIds(input, "rounds"),
            GroupIds = StoreIds(input, "groups"),
            SubjectIds = StoreIds(input, "subjects"),
            JurisdictionId = input.TryGetValue("jurisdiction", out var j) && j is string jurisdiction ? GlobalId.Decode(jurisdiction, "filter.jurisdiction").StoreId : null,
            Statuses = Set<ClueStatus>(input, "statuses"),
            ProblemTypes = Set<ProblemType>(input, "problemTypes"),
            Sources = Set<ClueSource>(input, "sources"),
            ReceivedFrom = Arguments.Date(input, "receivedFrom"),
            ReceivedTo = Arguments.Date(input, "receivedTo"),
        };

        // Only the caller's clues are listed and counted: matches are checked for visibility (all of them only when
        // totalCount is asked for), and list entries are read for the visible page alone.
        var service = new ClueQueryService(GraphReads.Store(context), context.GetRequiredService<ClueCatalog>());
        var page = await AsUserErrors(async () => await AnalysisVisibility.CluesAsync(
            context, await service.MatchesAsync(filter, cancellationToken), clues => service.ItemsAsync(clues, cancellationToken), first, after, SelectionProbe.MaySelect(context, "totalCount")));
        var edges = page.Items.Select((item, i) => new ClueListEdgeView(i == page.Items.Count - 1 ? page.EndCursor : null, item)).ToList();
        var info = new PageInfoView(page.HasNextPage, HasPreviousPage: after is not null, StartCursor: null, EndCursor: page.EndCursor);
        return new ClueListView(edges, info, page.TotalCount);
    }

    /// <summary>
    /// Refuses an analysis of a node outside the caller's jurisdiction with the same error as an unknown id, so the
    /// answer does not tell whether the node exists.
    /// </summary>
    private static async Task DemandVisibleAsync(ResolveContext context, string storeId)
    {
        if (!await CallerAccess.IsVisibleAsync(context, storeId))
        {
            throw UserErrors.Create("No node has the given id; it may have been deleted. Search for the node again.");
        }
    }

    private static IReadOnlySet<string>? StoreIds(IReadOnlyDictionary<string, object?> input, string field) =>
        input.TryGetValue(field, out var value) && value is System.Collections.IEnumerable items and not string
            ? items.Cast<object?>().Select((id, i) => GlobalId.Decode(id?.ToString(), $"filter.{field}[{i}]").StoreId).ToHashSet(StringComparer.Ordinal)
            : null;

    private static IReadOnlySet<TEnum>? Set<TEnum>(IReadOnlyDictionary<string, object?> input, string field)
        where TEnum : struct, Enum =>
        input.TryGetValue(field, out var value) && value is System.Collections.IEnumerable items and not string
            ? items.Cast<object?>().OfType<TEnum>().ToHashSet()
            : null;

    /// <summary>The services report bad arguments and unknown ids by exception; the caller should see them as user errors.</summary>
    private static async Task<T> AsUserErrors<T>(Func<Task<T>> analysis)
    {
        try
        {
            return await analysis();
        }
        catch (NodeNotFoundException)
        {
            throw UserErrors.Create("No node has the given id; it may have been deleted. Search for the node again.");
        }
        catch (ArgumentException e)
        {
            throw UserErrors.Create(e.Message);
        }
    }
}
