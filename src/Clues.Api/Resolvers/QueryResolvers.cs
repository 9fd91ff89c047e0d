using System.Collections;
using Clues.Core.Graph;
using Clues.GraphQL.Execution;
using Clues.GraphQL.Http;
using Clues.GraphQL.Schema;

namespace Clues.Api.Resolvers;

/// <summary>Resolvers of the root <c>Query</c> type.</summary>
internal static class QueryResolvers
{
    public const int MaxIds = 100;
    public const int MaxSearchHits = 100;

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
        var store = context.GetRequiredService<IGraphStore>();
        var record = await store.GetNodeAsync(context.GetArgument<string>("id")!, cancellationToken);
        return record is null ? null : NodeViews.From(record);
    }

    private static async Task<IReadOnlyList<object?>> NodesAsync(ResolveContext context, CancellationToken cancellationToken)
    {
        var ids = ((IEnumerable)context.Arguments["ids"]!).Cast<string>().ToList();
        if (ids.Count > MaxIds)
        {
            throw UserError($"nodes takes at most {MaxIds} ids; {ids.Count} were given.");
        }

        var store = context.GetRequiredService<IGraphStore>();
        var records = await store.GetNodesAsync(ids.Distinct(StringComparer.Ordinal).ToList(), cancellationToken);
        var byId = records.ToDictionary(r => r.Id, NodeViews.From, StringComparer.Ordinal);
        return ids.Select(id => byId.GetValueOrDefault(id)).ToList();
    }

    private static async Task<IReadOnlyList<SearchHit>> SearchAsync(ResolveContext context, CancellationToken cancellationToken)
    {
        var text = context.GetArgument<string>("text")!;
        var first = context.GetArgument<int?>("first") ?? 20;
        if (string.IsNullOrWhiteSpace(text))
        {
            throw UserError("search needs at least one non-blank character.");
        }

        if (first is < 1 or > MaxSearchHits)
        {
            throw UserError($"first must be between 1 and {MaxSearchHits}; got {first}.");
        }

        var store = context.GetRequiredService<IGraphStore>();
        var refs = await store.SearchNamesAsync(new NameSearchQuery(text.Trim(), Labels: null, Limit: first), cancellationToken);
        if (refs.Count == 0)
        {
            return [];
        }

        // One round trip for the hits' full records, instead of one per hit.
        var records = await store.GetNodesAsync(refs.Select(r => r.Id).ToList(), cancellationToken);
        var byId = records.ToDictionary(r => r.Id, StringComparer.Ordinal);
        var hits = new List<SearchHit>(refs.Count);
        foreach (var hit in refs)
        {
            if (byId.TryGetValue(hit.Id, out var record))
            {
                hits.Add(new SearchHit(hits.Count + 1, NodeViews.From(record)));
            }
        }

        return hits;
    }

    private static async Task<StatsView> StatsAsync(ResolveContext context, CancellationToken cancellationToken)
    {
        var store = context.GetRequiredService<IGraphStore>();
        return StatsView.From(await store.GetStatsAsync(cancellationToken));
    }

    private static GraphQLException UserError(string message) =>
        new(message, new Dictionary<string, object?> { ["code"] = GraphQLErrorCodes.BadUserInput });
}
