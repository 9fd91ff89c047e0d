using Clues.Api.AccessRequests;
using Clues.Api.Security;
using Clues.Core.Access;
using Clues.Core.Graph;
using Clues.GraphQL.Execution;

namespace Clues.Api.Authorization;

/// <summary>
/// What resolvers ask about the caller: who it is (from <see cref="CluesUserContext"/>), whether the access policy
/// grants a permission (a GraphQL error with code <c>FORBIDDEN</c> naming the permission when not), and which nodes
/// lie within the caller's jurisdiction (see <see cref="NodeJurisdictions"/> for how a node's is derived) or were
/// shared with the caller's office (granted access requests, see <see cref="AccessStore"/>).
/// </summary>
internal static class CallerAccess
{
    /// <summary>The <c>extensions.code</c> of a refusal.</summary>
    public const string Forbidden = "FORBIDDEN";

    private const string VisibilityLoader = "clues.visibility";

    /// <summary>Sets larger than this are decided at once instead of through the request's batching loader.</summary>
    private const int DirectVisibilityAbove = 256;

    public static CluesUserContext? User(ResolveContext context) => context.UserContext as CluesUserContext;

    public static Principal? Principal(ResolveContext context) => User(context)?.Principal;

    /// <summary>Throws a FORBIDDEN GraphQL error unless the caller holds <paramref name="permission"/>.</summary>
    public static void Demand(ResolveContext context, Permission permission)
    {
        var principal = Principal(context);
        if (!context.GetRequiredService<AccessPolicy>().IsAllowed(principal, permission))
        {
            // The error names what is missing so the caller knows which role to ask for; it reveals no data.
            throw new GraphQLException(
                $"Permission {permission} is required for {context.ParentType.Name}.{context.Field.Name}; " +
                (principal is null ? "the request is anonymous (send a bearer token)." : $"the roles of user {principal.UserId} do not grant it."),
                new Dictionary<string, object?> { ["code"] = Forbidden, ["permission"] = permission.ToString() });
        }
    }

    /// <summary>Whether the caller may see the node; batched and cached for the request.</summary>
    public static async Task<bool> IsVisibleAsync(ResolveContext context, string nodeId) =>
        await VisibilityLoaderOf(context).LoadAsync(nodeId);

    /// <summary>The visibility of many nodes at once, by id.</summary>
    public static async Task<IReadOnlyDictionary<string, bool>> VisibilityAsync(ResolveContext context, IEnumerable<string> nodeIds)
    {
        var ids = nodeIds.Distinct(StringComparer.Ordinal).ToList();
        if (ids.Count > DirectVisibilityAbove)
        {
            // The clue list asks about every matching clue (thousands): a promise per id through the request's loader
            // cost more than deciding them, and nothing else in the request waits to join such a batch.
            return await DecideVisibilityAsync(context, ids, context.CancellationToken);
        }

        var flags = await VisibilityLoaderOf(context).LoadManyAsync(ids);
        var result = new Dictionary<string, bool>(ids.Count, StringComparer.Ordinal);
        for (var i = 0; i < ids.Count; i++)
        {
            result[ids[i]] = flags[i];
        }

        return result;
    }

    /// <summary>
    /// Which of the nodes lie within the caller's own jurisdiction, ignoring what other offices shared with it: an
    /// office may share only what it owns, never pass on what it was lent.
    /// </summary>
    public static async Task<IReadOnlySet<string>> OwnedAsync(ResolveContext context, IReadOnlyCollection<string> nodeIds, CancellationToken cancellationToken)
    {
        var principal = Principal(context);
        var owned = new HashSet<string>(StringComparer.Ordinal);
        if (principal is null)
        {
            return owned;
        }

        var store = context.GetRequiredService<IGraphStore>();
        var jurisdictions = context.GetRequiredService<NodeJurisdictions>();
        var filter = new VisibilityFilter(principal, (await jurisdictions.DirectoryAsync(store)).Tree);
        foreach (var (id, codes) in await jurisdictions.OfAsync(store, nodeIds, cancellationToken))
        {
            if (!jurisdictions.IsReference(id) && codes.Any(filter.IsVisible))
            {
                owned.Add(id);
            }
        }

        return owned;
    }

    private static DataLoader<string, bool> VisibilityLoaderOf(ResolveContext context) =>
        context.DataLoader<string, bool>(VisibilityLoader, async (ids, ct) => await DecideVisibilityAsync(context, ids, ct));

    /// <summary>
    /// Own jurisdiction by prefix or by the configured PartOf links, plus what other offices shared with this one;
    /// reference nodes (jurisdictions, bodies) are everyone's.
    /// </summary>
    private static async Task<Dictionary<string, bool>> DecideVisibilityAsync(ResolveContext context, IReadOnlyList<string> ids, CancellationToken cancellationToken)
    {
        var result = new Dictionary<string, bool>(ids.Count, StringComparer.Ordinal);
        var principal = Principal(context);
        if (principal is null)
        {
            // Anonymous callers see nothing; the permission checks refuse them before this anyway.
            foreach (var id in ids)
            {
                result[id] = false;
            }

            return result;
        }

        var store = context.GetRequiredService<IGraphStore>();
        var jurisdictions = context.GetRequiredService<NodeJurisdictions>();
        // Optional so a host without access requests (a bare schema in a tool) still filters by jurisdiction.
        var shared = (context.Services?.GetService(typeof(AccessStore)) as AccessStore)?.Shared ?? SharedNodes.None;
        var directory = await jurisdictions.DirectoryAsync(store);
        var filter = new VisibilityFilter(principal, directory.Tree, id => shared.IsShared(principal.Jurisdiction, id));
        foreach (var (id, codes) in await jurisdictions.OfAsync(store, ids, cancellationToken))
        {
            result[id] = jurisdictions.IsReference(id) || filter.IsNodeVisible(id, codes);
        }

        return result;
    }
}
