using Clues.Api.Authorization;
using Clues.Core.Access;
using Clues.Core.Analysis;
using Clues.Core.Graph;
using Clues.Core.Model;
using Clues.Core.Identifiers;
using Clues.GraphQL.Execution;
using Clues.GraphQL.Schema;

namespace Clues.Api.Resolvers;

/// <summary>Resolvers of the lookup fields of the root <c>Query</c> type: node, nodes, search, stats.</summary>
internal static class QueryResolvers
{
    public const int MaxIds = 100;
    public const int MaxSearchHits = 100;

    /// <summary>Name matches looked at per search before visibility is applied (the store caps at 1,000).</summary>
    private const int MaxSearchCandidates = 1000;

    public static SchemaBuilder AddQueryResolvers(this SchemaBuilder builder)
    {
        builder.Type("Query")
            .Field("node", NodeAsync)
            .Field("nodes", NodesAsync)
            .Field("search", SearchAsync)
            .Field("stats", StatsAsync);
        return builder;
    }

    private static async Task<object?> NodeAsync(ResolveContext context, CancellationToken cancellationToken)
    {
        CallerAccess.Demand(context, Permission.ReadGraph);
        var (label, storeId) = GlobalId.Decode(context.GetArgument<string>("id"), "id");
        var node = await GraphReads.NodeAsync(context, storeId);

        // A well-formed id whose label does not match the stored node was not issued by us: treat it as unknown.
        // A node outside the caller's jurisdiction is unknown too: a distinct answer would confirm it exists.
        if (node is null || NodeViews.LabelOf(node) != label)
        {
            return null;
        }

        return await IsVisibleOrAuditedAsync(context, node, storeId) ? node : null;
    }

    // Asking for another office's clue by its id is probing: the caller gets the same null as for an unknown id,
    // and the office's audit log gets a denied read, so need-to-know breaches show up where auditors look.
    private static async Task<bool> IsVisibleOrAuditedAsync(ResolveContext context, object node, string storeId, bool? visible = null)
    {
        if (visible ?? await CallerAccess.IsVisibleAsync(context, storeId))
        {
            return true;
        }

        if (node is Clue)
        {
            await ClueReadAudit.RecordDeniedAsync(context, storeId);
        }

        return false;
    }

    private static async Task<IReadOnlyList<object?>> NodesAsync(ResolveContext context, CancellationToken cancellationToken)
    {
        CallerAccess.Demand(context, Permission.ReadGraph);
        var ids = Arguments.Strings(context, "ids");
        if (ids.Count > MaxIds)
        {
            throw UserErrors.Create($"nodes takes at most {MaxIds} ids; {ids.Count} were given.");
        }

        var decoded = ids.Select((id, i) => GlobalId.Decode(id, $"ids[{i}]")).ToList();
        var nodes = await Task.WhenAll(decoded.Select(d => GraphReads.NodeAsync(context, d.StoreId)));
        var visible = await CallerAccess.VisibilityAsync(context, decoded.Select(d => d.StoreId));
        var answers = new object?[decoded.Count];
        for (var i = 0; i < decoded.Count; i++)
        {
            if (nodes[i] is { } node && NodeViews.LabelOf(node) == decoded[i].Label
                && await IsVisibleOrAuditedAsync(context, node, decoded[i].StoreId, visible[decoded[i].StoreId]))
            {
                answers[i] = node;
            }
        }

        return answers;
    }

    private static async Task<IReadOnlyList<SearchHit>> SearchAsync(ResolveContext context, CancellationToken cancellationToken)
    {
        CallerAccess.Demand(context, Permission.ReadGraph);
        var text = context.GetArgument<string>("text")!;
        var first = context.GetArgument<int?>("first") ?? 20;
        if (string.IsNullOrWhiteSpace(text))
        {
            throw UserErrors.Create("search needs at least one non-blank character.");
        }

        if (first is < 1 or > MaxSearchHits)
        {
            throw UserErrors.Create($"first must be between 1 and {MaxSearchHits}; got {first}.");
        }

        var kinds = Arguments.EnumSet<NodeLabel>(context, "kinds");
        var store = GraphReads.Store(context);
        var trimmed = text.Trim();
        var hits = new List<SearchHit>();
        var seen = new HashSet<string>(StringComparer.Ordinal);

        // An exact identifier beats any name match; it is only tried when the text is a valid one (checksum included).
        var keyed = await FindByIdentifierAsync(store, trimmed, cancellationToken);
        if (keyed is { Record: var record, Match: var match } && (kinds is null || kinds.Contains(record.Label)))
        {
            hits.Add(new SearchHit(1, match, NodeViews.From(record)));
            seen.Add(record.Id);
        }

        // Visibility is judged before the cut: taking the first matches of the whole city and then dropping another
        // office's would leave a county user with an empty page. Up to ten times the page is looked at.
        var refs = await store.SearchNamesAsync(new NameSearchQuery(trimmed, kinds, Math.Min(MaxSearchCandidates, first * 10)), cancellationToken);
        var candidates = refs.Where(r => !seen.Contains(r.Id)).ToList();
        var visibleRefs = await CallerAccess.VisibilityAsync(context, candidates.Select(r => r.Id));
        var wanted = candidates.Where(r => visibleRefs[r.Id]).Take(first - hits.Count).ToList();
        if (wanted.Count > 0)
        {
            // One round trip for the hits' full records, instead of one per hit.
            var records = await store.GetNodesAsync(wanted.Select(r => r.Id).ToList(), cancellationToken);
            foreach (var found in records)
            {
                hits.Add(new SearchHit(hits.Count + 1, SearchMatch.Name, NodeViews.From(found)));
            }
        }

        // Clue summaries come after every name match: a word of an allegation is a weaker hit than a name.
        if (hits.Count < first && (kinds is null || kinds.Contains(NodeLabel.Clue)))
        {
            var clueIds = (await context.GetRequiredService<ClueCatalog>().CurrentAsync(cancellationToken)).FindBySummary(trimmed, Math.Min(MaxSearchCandidates, first * 10));
            foreach (var h in hits)
            {
                seen.Add(((IGraphNode)h.Node).Id);
            }

            var unseen = clueIds.Where(id => !seen.Contains(id)).ToList();
            var visibleClues = await CallerAccess.VisibilityAsync(context, unseen);
            var more = unseen.Where(id => visibleClues[id]).Take(first - hits.Count).ToList();
            if (more.Count > 0)
            {
                foreach (var found in await store.GetNodesAsync(more, cancellationToken))
                {
                    hits.Add(new SearchHit(hits.Count + 1, SearchMatch.ClueText, NodeViews.From(found)));
                }
            }
        }

        // Hits outside the caller's jurisdiction are dropped (not counted: a count would reveal they exist), and the
        // rest ranked again from 1.
        var visible = await CallerAccess.VisibilityAsync(context, hits.Select(h => ((IGraphNode)h.Node).Id));
        return hits.Where(h => visible[((IGraphNode)h.Node).Id]).Select((h, i) => h with { Rank = i + 1 }).ToList();
    }

    private static async Task<(NodeRecord Record, SearchMatch Match)?> FindByIdentifierAsync(IGraphStore store, string text, CancellationToken cancellationToken)
    {
        if (text.Length != 18)
        {
            return null;
        }

        if (NationalIdNumber.TryParse(text, out var nationalId, out _)
            && await store.FindByKeyAsync(new NaturalKey(NaturalKeyKind.NationalId, nationalId.Value), cancellationToken) is { } person)
        {
            return (person, SearchMatch.NationalId);
        }

        if (CreditCode.TryParse(text, out var creditCode, out _)
            && await store.FindByKeyAsync(new NaturalKey(NaturalKeyKind.CreditCode, creditCode.Value), cancellationToken) is { } company)
        {
            return (company, SearchMatch.CreditCode);
        }

        return null;
    }

    private static async Task<StatsView> StatsAsync(ResolveContext context, CancellationToken cancellationToken)
    {
        // Counts of the whole store, not per jurisdiction: they name nothing, but still need a graph reader.
        CallerAccess.Demand(context, Permission.ReadGraph);
        return StatsView.From(await GraphReads.Store(context).GetStatsAsync(cancellationToken));
    }
}
