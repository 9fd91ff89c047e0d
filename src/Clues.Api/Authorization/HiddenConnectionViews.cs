using System.Runtime.CompilerServices;
using Clues.Api.AccessRequests;
using Clues.Core.Access;
using Clues.Core.Graph;
using Clues.Core.Identifiers;
using Clues.GraphQL.Execution;

namespace Clues.Api.Authorization;

/// <summary>
/// Discovery without disclosure for the drawing queries: turns the nodes a neighbourhood, path or connecting network
/// had to hide into <see cref="HiddenConnectionView"/>s (owner office, counts, sealed handle). What was hidden is
/// attached to the answer (a <see cref="ConditionalWeakTable{TKey,TValue}"/> keyed by the view instance) rather than
/// carried in it, so the drawing views stay plain records, an answer built without redaction simply has no hidden
/// connections, and the groups are only built when a query selects them.
/// </summary>
internal static class HiddenConnectionViews
{
    private static readonly ConditionalWeakTable<object, HiddenPart> Connections = new();

    private static readonly ConditionalWeakTable<object, HiddenPaths> Paths = new();

    /// <summary>The hidden connections of a subgraph answer (none when nothing was hidden), built when asked for.</summary>
    public static async Task<IReadOnlyList<HiddenConnectionView>> OfAsync(ResolveContext context, object answer, CancellationToken cancellationToken) =>
        Connections.TryGetValue(answer, out var part) ? await BuildAsync(context, part.HiddenIds, part.Edges, cancellationToken) : [];

    /// <summary>The summaries of the paths a path-set answer left out, built when asked for.</summary>
    public static async Task<IReadOnlyList<HiddenPathView>> PathsOfAsync(ResolveContext context, object answer, CancellationToken cancellationToken)
    {
        if (!Paths.TryGetValue(answer, out var hidden))
        {
            return [];
        }

        var views = new List<HiddenPathView>(hidden.Paths.Count);
        foreach (var path in hidden.Paths)
        {
            var hiddenIds = path.Nodes.Where(n => !hidden.Visible.GetValueOrDefault(n.Id)).Select(n => n.Id).Distinct(StringComparer.Ordinal).ToList();
            var connections = await BuildAsync(context, hiddenIds, path.Edges.Select(e => (e.StartId, e.EndId)), cancellationToken);
            views.Add(new HiddenPathView(path.Edges.Count, hiddenIds.Count, connections));
        }

        return views;
    }

    /// <summary>
    /// Remembers which nodes of a subgraph answer were hidden and the answer's full relationships; the groups, names
    /// and handles are only built if the query selects hiddenConnections, so drawing pays nothing for them.
    /// </summary>
    public static void Attach(object answer, IReadOnlyCollection<string> hiddenIds, IEnumerable<(string StartId, string EndId)> edges)
    {
        if (hiddenIds.Count > 0)
        {
            Connections.AddOrUpdate(answer, new HiddenPart(hiddenIds, edges));
        }
    }

    /// <summary>Remembers the paths a path-set answer left out because they pass through nodes not in <paramref name="visible"/>.</summary>
    public static void AttachPaths(object answer, IReadOnlyList<GraphPath> hiddenPaths, IReadOnlyDictionary<string, bool> visible)
    {
        if (hiddenPaths.Count > 0)
        {
            Paths.AddOrUpdate(answer, new HiddenPaths(hiddenPaths, visible));
        }
    }

    /// <summary>Owner per hidden node, grouped; each group gets its office's name and a handle sealed for the caller's office.</summary>
    public static async Task<IReadOnlyList<HiddenConnectionView>> BuildAsync(
        ResolveContext context, IReadOnlyCollection<string> hiddenIds, IEnumerable<(string StartId, string EndId)> edges, CancellationToken cancellationToken)
    {
        if (hiddenIds.Count == 0)
        {
            return [];
        }

        var store = context.GetRequiredService<IGraphStore>();
        var jurisdictions = context.GetRequiredService<NodeJurisdictions>();
        var codes = await jurisdictions.OfAsync(store, hiddenIds, cancellationToken);
        var directory = await jurisdictions.DirectoryAsync(store);
        var groups = HiddenConnections.Group(hiddenIds, id => HiddenConnections.OwnerOf(codes.GetValueOrDefault(id) ?? []), edges);
        var handles = context.Services?.GetService(typeof(HiddenConnectionHandles)) as HiddenConnectionHandles;
        var office = CallerAccess.Principal(context)?.Jurisdiction;
        return groups.Select(g => new HiddenConnectionView(
            g.Owner is { } owner ? RefOf(directory, owner) : null,
            g.NodeIds.Count,
            g.Edges,
            g.Owner is { } o && handles is not null && office is not null ? handles.Issue(office, o, g.NodeIds) : null)).ToList();
    }

    /// <summary>An office by its jurisdiction, named from the configured jurisdictions.</summary>
    public static JurisdictionRefView RefOf(JurisdictionDirectory directory, DivisionCode code)
    {
        var name = directory.NameOf(code);
        return new JurisdictionRefView(code.Value, name ?? code.Value, OfficeNames.Of(code, name));
    }

    private sealed record HiddenPart(IReadOnlyCollection<string> HiddenIds, IEnumerable<(string StartId, string EndId)> Edges);

    private sealed record HiddenPaths(IReadOnlyList<GraphPath> Paths, IReadOnlyDictionary<string, bool> Visible);
}
