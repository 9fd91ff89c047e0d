using Clues.Api.Authorization;
using Clues.Core.Graph;
using Clues.Core.Model;
using Clues.GraphQL.Execution;

namespace Clues.Api.Resolvers;

/// <summary>
/// The store reads of field resolvers, through request-scoped DataLoaders so a nested query costs one batched
/// node read per level instead of one read per item. Relationship reads are batched per node: the port has no
/// multi-node relationship read, so each distinct node whose relationships are asked for costs one call, however
/// many of its relationship fields the query selects.
/// </summary>
internal static class GraphReads
{
    private const string NodeLoader = "clues.nodes";
    private const string RelationshipLoader = "clues.relationships";

    public static IGraphStore Store(ResolveContext context) => context.GetRequiredService<IGraphStore>();

    /// <summary>The store id of the node a field is resolved on.</summary>
    public static string ParentId(ResolveContext context) => context.ParentAs<IGraphNode>().Id;

    /// <summary>The domain record of a node (null when unknown), batched with every other node load of the same tick.</summary>
    public static Task<object?> NodeAsync(ResolveContext context, string storeId)
    {
        var store = Store(context);
        return context.DataLoader<string, object>(NodeLoader, (ids, ct) => LoadNodesAsync(store, ids, ct)).LoadAsync(storeId);
    }

    /// <summary>The domain records of many nodes in one batch, unknown ones left out, order kept.</summary>
    public static async Task<IReadOnlyList<object>> NodesAsync(ResolveContext context, IEnumerable<string> storeIds)
    {
        var loads = storeIds.Select(id => NodeAsync(context, id)).ToList();
        var nodes = await Task.WhenAll(loads);
        return nodes.Where(n => n is not null).Select(n => n!).ToList();
    }

    /// <summary>
    /// The relationships of one type at a node, seen from it, in store order (type, then ordinal id). Links to nodes
    /// outside the caller's jurisdiction are left out, so every relationship field and clues connection shows only
    /// what the caller may see (the visibility of far nodes is batched like the reads).
    /// </summary>
    public static async Task<IReadOnlyList<Link>> LinksAsync(ResolveContext context, string nodeId, RelType type, Direction direction)
    {
        var links = await AllLinksAsync(context, nodeId, type, direction);
        if (links.Count == 0)
        {
            return links;
        }

        var visible = await CallerAccess.VisibilityAsync(context, links.Select(l => l.OtherId));
        return links.Where(l => visible[l.OtherId]).ToList();
    }

    private static async Task<IReadOnlyList<Link>> AllLinksAsync(ResolveContext context, string nodeId, RelType type, Direction direction)
    {
        var store = Store(context);
        var records = await context.DataLoader<(string NodeId, RelType Type), IReadOnlyList<RelationshipRecord>>(
            RelationshipLoader, (keys, ct) => LoadRelationshipsAsync(store, keys, ct)).LoadAsync((nodeId, type));
        var links = new List<Link>();
        foreach (var record in records ?? [])
        {
            var outgoing = record.StartId == nodeId;
            var incoming = record.EndId == nodeId;
            if (direction != Direction.Incoming && outgoing)
            {
                links.Add(new Link(record, record.EndId));
            }
            else if (direction != Direction.Outgoing && incoming)
            {
                links.Add(new Link(record, record.StartId));
            }
        }

        return links;
    }

    /// <summary>The links of the node a field is resolved on.</summary>
    public static Task<IReadOnlyList<Link>> LinksAsync(ResolveContext context, RelType type, Direction direction) =>
        LinksAsync(context, ParentId(context), type, direction);

    /// <summary>
    /// The one node a relationship leads to (a unit's parent, a clue's round): the current link when several exist,
    /// i.e. an open-ended one first, then the latest to start.
    /// </summary>
    public static async Task<object?> SingleAsync(ResolveContext context, string nodeId, RelType type, Direction direction)
    {
        var links = await LinksAsync(context, nodeId, type, direction);
        var current = links
            .OrderBy(l => l.ValidTo is null ? 0 : 1)
            .ThenByDescending(l => l.ValidTo)
            .ThenByDescending(l => l.ValidFrom)
            .FirstOrDefault();
        return current is null ? null : await NodeAsync(context, current.OtherId);
    }

    public static Task<object?> SingleAsync(ResolveContext context, RelType type, Direction direction) =>
        SingleAsync(context, ParentId(context), type, direction);

    /// <summary>The far nodes of the links of the node a field is resolved on, in one batch.</summary>
    public static async Task<IReadOnlyList<object>> LinkedNodesAsync(ResolveContext context, RelType type, Direction direction)
    {
        var links = await LinksAsync(context, type, direction);
        return await NodesAsync(context, links.Select(l => l.OtherId));
    }

    private static async Task<IReadOnlyDictionary<string, object>> LoadNodesAsync(IGraphStore store, IReadOnlyList<string> ids, CancellationToken cancellationToken)
    {
        var records = await store.GetNodesAsync(ids, cancellationToken);
        var byId = new Dictionary<string, object>(records.Count, StringComparer.Ordinal);
        foreach (var record in records)
        {
            byId[record.Id] = NodeViews.From(record);
        }

        return byId;
    }

    private static async Task<IReadOnlyDictionary<(string NodeId, RelType Type), IReadOnlyList<RelationshipRecord>>> LoadRelationshipsAsync(
        IGraphStore store, IReadOnlyList<(string NodeId, RelType Type)> keys, CancellationToken cancellationToken)
    {
        // One call per node for every type asked of it in this batch, e.g. a person's positions and relatives together.
        var result = new Dictionary<(string, RelType), IReadOnlyList<RelationshipRecord>>();
        foreach (var group in keys.GroupBy(k => k.NodeId, StringComparer.Ordinal))
        {
            var types = group.Select(k => k.Type).ToHashSet();
            var records = await store.GetRelationshipsAsync(group.Key, new TraversalFilter(RelTypes: types), cancellationToken);
            foreach (var type in types)
            {
                result[(group.Key, type)] = records.Where(r => r.Type == type).ToList();
            }
        }

        return result;
    }
}
