using Clues.Api.Authorization;
using Clues.Core.Access;
using Clues.Core.Graph;
using Clues.GraphQL.Execution;
using Clues.GraphQL.Schema;

namespace Clues.Api.Resolvers;

/// <summary>
/// Resolvers of the drawing queries of the root <c>Query</c> type: neighborhood, paths, connectingNetwork. Their
/// arguments are checked here with messages naming the argument and its range, so a caller never meets the store's
/// ArgumentOutOfRangeException (which error masking would hide behind a generic internal error). Nodes outside the
/// caller's jurisdiction are redacted with <see cref="GraphRedaction"/>: left out, and counted, never named; a hidden
/// node asked for by id is reported like an unknown one.
/// </summary>
internal static class GraphQueryResolvers
{
    public const int MaxNeighborhoodNodes = 1000;
    public const int MaxPaths = 100;
    public const int MaxNetworkIds = 10;

    public static SchemaBuilder AddGraphQueryResolvers(this SchemaBuilder builder)
    {
        builder.Type("Query")
            .Field("neighborhood", NeighborhoodAsync)
            .Field("paths", PathsAsync)
            .Field("connectingNetwork", ConnectingNetworkAsync);
        builder.Type("SubgraphNode").Field("node", context =>
        {
            // A drawing asking only for id, type and name is served from the traversal's node reference; else one batched read.
            var view = context.ParentAs<SubgraphNodeView>();
            return (object?)DrawnNode.TryCreate(context, view.Drawn, view.EncodedId) ?? GraphReads.NodeAsync(context, view.StoreId);
        });
        builder.Type("Path").Field("nodes", context => GraphReads.NodesAsync(context, context.ParentAs<PathView>().NodeIds));
        // Hidden connections (whom to ask) and access requests ride on these answers; see AccessRequests/.
        return AccessRequests.AccessRequestResolvers.AddAccessRequestResolvers(builder);
    }

    private static async Task<SubgraphView> NeighborhoodAsync(ResolveContext context, CancellationToken cancellationToken)
    {
        CallerAccess.Demand(context, Permission.ReadGraph);
        var (_, centerId) = GlobalId.Decode(context.GetArgument<string>("id"), "id");
        var depth = context.GetArgument<int?>("depth") ?? 1;
        if (depth is < 1 or > NeighborhoodQuery.MaxDepth)
        {
            throw UserErrors.Create($"depth must be between 1 and {NeighborhoodQuery.MaxDepth}; got {depth}. Deeper neighbourhoods are too large to draw; use paths to follow longer chains.");
        }

        var limit = UserErrors.InRange(context.GetArgument<int?>("limit") ?? 200, "limit", 1, MaxNeighborhoodNodes);
        var filter = Filter(context, withRange: true);
        var neighborhood = await WithKnownNodes(() =>
            GraphReads.Store(context).GetNeighborhoodAsync(centerId, new NeighborhoodQuery(depth, filter, limit), cancellationToken));

        var visible = await CallerAccess.VisibilityAsync(context, neighborhood.Nodes.Select(n => n.Node.Id).Append(centerId));
        if (!visible[centerId])
        {
            throw UnknownNode();
        }

        var redacted = GraphRedaction.Redact(neighborhood, n => visible.GetValueOrDefault(n.Id));
        var shown = redacted.Neighborhood;
        // Each node's global id is encoded once and reused for the ends of all its edges.
        var globalIds = new Dictionary<string, string>(shown.Nodes.Count, StringComparer.Ordinal);
        var nodes = new List<SubgraphNodeView>(shown.Nodes.Count);
        foreach (var n in shown.Nodes)
        {
            var encoded = GlobalId.Encode(n.Node.Label, n.Node.Id);
            globalIds[n.Node.Id] = encoded;
            nodes.Add(new SubgraphNodeView(n.Node.Id, n.Depth, n.Degree, n.OmittedNeighbors, n.Node, encoded));
        }

        var edges = new List<EdgeView>(shown.Edges.Count);
        foreach (var e in shown.Edges)
        {
            edges.Add(EdgeView.From(e, globalIds));
        }

        var view = new SubgraphView(
            nodes,
            edges,
            shown.TotalReachable,
            // Redaction adds the hidden nodes to OmittedNodes; the schema reports them apart as hiddenNodes.
            shown.OmittedNodes - redacted.HiddenNodes,
            redacted.HiddenNodes);
        var hiddenIds = neighborhood.Nodes.Where(n => !visible.GetValueOrDefault(n.Node.Id)).Select(n => n.Node.Id).ToList();
        HiddenConnectionViews.Attach(view, hiddenIds, neighborhood.Edges.Select(e => (e.StartId, e.EndId)));
        return view;
    }

    private static async Task<PathSetView> PathsAsync(ResolveContext context, CancellationToken cancellationToken)
    {
        CallerAccess.Demand(context, Permission.ReadGraph);
        var (_, fromId) = GlobalId.Decode(context.GetArgument<string>("from"), "from");
        var (_, toId) = GlobalId.Decode(context.GetArgument<string>("to"), "to");
        var maxHops = UserErrors.InRange(context.GetArgument<int?>("maxHops") ?? 6, "maxHops", 1, PathQuery.MaxHopsLimit);
        var limit = UserErrors.InRange(context.GetArgument<int?>("limit") ?? 20, "limit", 1, MaxPaths);
        var mode = context.GetArgument<PathMode?>("mode") ?? PathMode.Shortest;
        var query = new PathQuery(Filter(context, withRange: false), maxHops, limit);
        var store = GraphReads.Store(context);

        var found = await WithKnownNodes(async () => mode switch
        {
            PathMode.Shortest => await store.ShortestPathAsync(fromId, toId, query, cancellationToken) is { } one
                ? new PathSet([one], Truncated: false)
                : new PathSet([], Truncated: false),
            PathMode.AllShortest => await store.AllShortestPathsAsync(fromId, toId, query, cancellationToken),
            _ => await store.AllSimplePathsAsync(fromId, toId, query, cancellationToken),
        });

        var visible = await CallerAccess.VisibilityAsync(context, found.Paths.SelectMany(p => p.Nodes).Select(n => n.Id).Append(fromId).Append(toId));
        if (!visible[fromId] || !visible[toId])
        {
            throw UnknownNode();
        }

        // A path through a hidden node is not returned, not even in pieces: only its length and whom to ask.
        var shownPaths = new List<PathView>(found.Paths.Count);
        var hiddenPaths = new List<GraphPath>();
        foreach (var path in found.Paths)
        {
            var redacted = GraphRedaction.Redact(path, n => visible.GetValueOrDefault(n.Id));
            if (redacted.HiddenNodes == 0)
            {
                shownPaths.Add(ToView(path, redacted));
            }
            else
            {
                hiddenPaths.Add(path);
            }
        }

        var set = new PathSetView(shownPaths, found.Truncated);
        HiddenConnectionViews.AttachPaths(set, hiddenPaths, visible);
        return set;
    }

    private static async Task<SubgraphView> ConnectingNetworkAsync(ResolveContext context, CancellationToken cancellationToken)
    {
        CallerAccess.Demand(context, Permission.ReadGraph);
        var ids = Arguments.Strings(context, "ids")
            .Select((id, i) => GlobalId.Decode(id, $"ids[{i}]").StoreId)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        if (ids.Count is < 2 or > MaxNetworkIds)
        {
            throw UserErrors.Create($"connectingNetwork needs 2 to {MaxNetworkIds} distinct ids; got {ids.Count}.");
        }

        var maxHops = UserErrors.InRange(context.GetArgument<int?>("maxHops") ?? 4, "maxHops", 1, PathQuery.MaxHopsLimit);
        var filter = Filter(context, withRange: false);
        var query = new PathQuery(filter, maxHops, Limit: 1);
        var store = GraphReads.Store(context);

        // Depth of a node = its distance along the found paths from the nearest node asked for.
        var depths = ids.ToDictionary(id => id, _ => 0, StringComparer.Ordinal);
        var labels = new Dictionary<string, NodeLabel>(StringComparer.Ordinal);
        var edges = new Dictionary<string, EdgeRef>(StringComparer.Ordinal);
        for (var i = 0; i < ids.Count; i++)
        {
            for (var j = i + 1; j < ids.Count; j++)
            {
                var (a, b) = (ids[i], ids[j]);
                var path = await WithKnownNodes(() => store.ShortestPathAsync(a, b, query, cancellationToken));
                if (path is null)
                {
                    continue;
                }

                for (var k = 0; k < path.Nodes.Count; k++)
                {
                    var node = path.Nodes[k];
                    labels[node.Id] = node.Label;
                    var distance = Math.Min(k, path.Nodes.Count - 1 - k);
                    depths[node.Id] = depths.TryGetValue(node.Id, out var known) ? Math.Min(known, distance) : distance;
                }

                foreach (var edge in path.Edges)
                {
                    edges.TryAdd(edge.Id, edge);
                }
            }
        }

        // Nodes asked for but on no path still get drawn; their labels come from one batched read.
        var unlabeled = ids.Where(id => !labels.ContainsKey(id)).ToList();
        if (unlabeled.Count > 0)
        {
            foreach (var record in await store.GetNodesAsync(unlabeled, cancellationToken))
            {
                labels[record.Id] = record.Label;
            }

            var unknown = unlabeled.FirstOrDefault(id => !labels.ContainsKey(id));
            if (unknown is not null)
            {
                throw UserErrors.Create("No node has the id given in ids; it may have been deleted.");
            }
        }

        // Hidden nodes on the found paths are left out with their relationships and counted; each drawn node's
        // omittedNeighbors (its degree minus drawn edges) then includes them, so a hidden link shows as a number.
        var visible = await CallerAccess.VisibilityAsync(context, depths.Keys);
        if (ids.Any(id => !visible[id]))
        {
            throw UnknownNode();
        }

        var hidden = depths.Keys.Where(id => !visible[id]).ToList();
        foreach (var id in hidden)
        {
            depths.Remove(id);
        }

        var hiddenEdges = edges.Values.Where(e => !visible.GetValueOrDefault(e.StartId) || !visible.GetValueOrDefault(e.EndId)).ToList();
        foreach (var edge in hiddenEdges)
        {
            edges.Remove(edge.Id);
        }

        var ordered = depths.Keys.OrderBy(id => depths[id]).ThenBy(id => id, StringComparer.Ordinal).ToList();
        var degrees = await store.GetDegreesAsync(ordered, filter, cancellationToken);
        var drawnEdges = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var edge in edges.Values)
        {
            drawnEdges[edge.StartId] = drawnEdges.GetValueOrDefault(edge.StartId) + 1;
            if (edge.EndId != edge.StartId)
            {
                drawnEdges[edge.EndId] = drawnEdges.GetValueOrDefault(edge.EndId) + 1;
            }
        }

        var nodes = ordered.Select((id, i) => new SubgraphNodeView(
            id,
            depths[id],
            degrees[i].Total,
            Math.Max(0, degrees[i].Total - drawnEdges.GetValueOrDefault(id)))).ToList();
        var network = new SubgraphView(nodes, edges.Values.Select(e => EdgeView.From(e, labels)).ToList(), nodes.Count - ids.Count, OmittedNodes: 0, HiddenNodes: hidden.Count);
        HiddenConnectionViews.Attach(network, hidden, hiddenEdges.Select(e => (e.StartId, e.EndId)));
        return network;
    }

    /// <summary>The traversal filter of types and at (plus from/to where the field has them; in paths they name the ends).</summary>
    private static TraversalFilter Filter(ResolveContext context, bool withRange) => new(
        RelTypes: Arguments.EnumSet<RelType>(context, "types"),
        Window: withRange
            ? Arguments.Window(context.GetArgument<DateOnly?>("at"), context.GetArgument<DateOnly?>("from"), context.GetArgument<DateOnly?>("to"))
            : Arguments.Window(context.GetArgument<DateOnly?>("at"), null, null));

    /// <summary>A store path as the GraphQL Path (also used for the chain of a conflict-of-interest hit).</summary>
    public static PathView ToView(GraphPath path)
    {
        var labels = new Dictionary<string, NodeLabel>(StringComparer.Ordinal);
        foreach (var node in path.Nodes)
        {
            labels[node.Id] = node.Label;
        }

        return new PathView(path.Nodes.Select(n => n.Id).ToList(), path.Edges.Select(e => EdgeView.From(e, labels)).ToList());
    }

    /// <summary>A path with its hidden nodes (and the relationships touching them) left out, the hops still counted.</summary>
    private static PathView ToView(GraphPath path, RedactedPath redacted)
    {
        var labels = new Dictionary<string, NodeLabel>(StringComparer.Ordinal);
        foreach (var node in redacted.Nodes.OfType<NodeRef>())
        {
            labels[node.Id] = node.Label;
        }

        return new PathView(
            redacted.Nodes.OfType<NodeRef>().Select(n => n.Id).ToList(),
            redacted.Edges.OfType<EdgeRef>().Select(e => EdgeView.From(e, labels)).ToList(),
            redacted.HiddenNodes,
            path.Edges.Count);
    }

    private static GraphQLException UnknownNode() =>
        UserErrors.Create("No node has the given id; it may have been deleted. Search for the node again.");

    /// <summary>Runs a traversal, turning the store's unknown-node exception into a user error.</summary>
    private static async Task<T> WithKnownNodes<T>(Func<Task<T>> traversal)
    {
        try
        {
            return await traversal();
        }
        catch (NodeNotFoundException)
        {
            throw UnknownNode();
        }
    }
}
