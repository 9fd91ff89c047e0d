using System.Security.Cryptography;
using Clues.Api.Authorization;
using Clues.Api.Resolvers;
using Clues.Core.Access;
using Clues.Core.Audit;
using Clues.Core.Graph;
using Clues.Core.Identifiers;
using Clues.GraphQL.Execution;
using Clues.GraphQL.Schema;

namespace Clues.Api.AccessRequests;

/// <summary>
/// Discovery without disclosure and access requests in the schema: <c>Subgraph.hiddenConnections</c>,
/// <c>PathSet.hiddenPaths</c>, <c>Query.accessRequests</c>, <c>Mutation.requestAccess</c> and
/// <c>Mutation.decideAccessRequest</c>, <c>Mutation.shareNodes</c>. Deny by default: filing needs <see cref="Permission.RequestAccess"/>, listing
/// an office's incoming requests, deciding them and sharing unasked <see cref="Permission.GrantAccess"/> in the owning
/// office. Every filing, decision, share and refused decision is written to the audit log before the answer goes out.
/// </summary>
internal static class AccessRequestResolvers
{
    /// <summary>Audit actions.</summary>
    public const string Requested = "AccessRequested";
    public const string Granted = "AccessGranted";
    public const string Refused = "AccessRefused";
    public const string DecisionDenied = "AccessDecisionDenied";
    public const string Shared = "AccessShared";

    public static SchemaBuilder AddAccessRequestResolvers(this SchemaBuilder builder)
    {
        builder.Bind<JurisdictionRefView>("JurisdictionRef")
            .Bind<HiddenConnectionView>("HiddenConnection")
            .Bind<HiddenPathView>("HiddenPath")
            .Bind<AccessRequestView>("AccessRequest")
            .BindEnum<AccessRequestStatus>("AccessRequestStatus")
            .BindEnum<AccessRequestDirection>("AccessRequestDirection");
        builder.Type("Subgraph").Field("hiddenConnections", (context, ct) => HiddenConnectionViews.OfAsync(context, context.Parent!, ct));
        builder.Type("PathSet").Field("hiddenPaths", (context, ct) => HiddenConnectionViews.PathsOfAsync(context, context.Parent!, ct));
        builder.Type("AccessRequest").Field("nodes", NodesAsync);
        builder.Type("Query").Field("accessRequests", ListAsync);
        builder.Type("Mutation")
            .Field("requestAccess", RequestAsync)
            .Field("decideAccessRequest", DecideAsync)
            .Field("shareNodes", ShareAsync);
        return builder;
    }

    private static async Task<IReadOnlyList<object>> NodesAsync(ResolveContext context, CancellationToken cancellationToken)
    {
        CallerAccess.Demand(context, Permission.ReadGraph);
        var ids = context.ParentAs<AccessRequestView>().Request.NodeIds;
        var visible = await CallerAccess.VisibilityAsync(context, ids);
        return await GraphReads.NodesAsync(context, ids.Where(id => visible[id]));
    }

    private static async Task<IReadOnlyList<AccessRequestView>> ListAsync(ResolveContext context, CancellationToken cancellationToken)
    {
        var direction = context.GetArgument<AccessRequestDirection?>("direction") ?? AccessRequestDirection.Incoming;
        CallerAccess.Demand(context, direction == AccessRequestDirection.Incoming ? Permission.GrantAccess : Permission.RequestAccess);
        var principal = CallerAccess.Principal(context)!;
        var status = context.GetArgument<AccessRequestStatus?>("status");
        var store = Store(context);
        var requests = direction == AccessRequestDirection.Incoming
            ? await store.AddressedToAsync(principal.Jurisdiction, status, cancellationToken)
            : await store.FiledByAsync(principal.Jurisdiction, status, cancellationToken);
        return await ViewsAsync(context, requests);
    }

    private static async Task<AccessRequestView> RequestAsync(ResolveContext context, CancellationToken cancellationToken)
    {
        CallerAccess.Demand(context, Permission.RequestAccess);
        var principal = CallerAccess.Principal(context)!;
        var target = context.GetArgument<string>("node");
        var reason = context.GetArgument<string>("reason") ?? "";

        DivisionCode owner;
        IReadOnlyList<string> candidates;
        if (HiddenConnectionHandles.IsHandle(target))
        {
            var handles = context.GetRequiredService<HiddenConnectionHandles>();
            if (!handles.TryOpen(target!, out var content, out var problem))
            {
                throw UserErrors.Create(problem!);
            }

            if (content!.RequesterOffice != principal.Jurisdiction)
            {
                throw Forbidden($"The handle was issued to the office of {content.RequesterOffice.Value}; user {principal.UserId} works for {principal.Jurisdiction.Value}. Run the query again to get your office's own handle.");
            }

            owner = content.Owner;
            candidates = content.NodeIds;
        }
        else
        {
            var (_, storeId) = GlobalId.Decode(target, "node");
            var store = context.GetRequiredService<IGraphStore>();
            var codes = await context.GetRequiredService<NodeJurisdictions>().OfAsync(store, [storeId], cancellationToken);
            // An unknown node and one that no office owns are answered alike: neither has anyone to ask.
            owner = HiddenConnections.OwnerOf(codes.GetValueOrDefault(storeId) ?? [])
                ?? throw UserErrors.Create("No office owns a node with the given id (or there is no such node), so there is nobody to ask. Use the handle of a hidden connection instead.");
            candidates = [storeId];
        }

        // Only what is still hidden is asked for: the graph or earlier grants may have changed since the handle was issued.
        var visible = await CallerAccess.VisibilityAsync(context, candidates);
        var wanted = candidates.Where(id => !visible[id]).ToList();
        if (wanted.Count == 0)
        {
            throw UserErrors.Create("Every node this request names is already visible to your office; there is nothing to request.");
        }

        AccessRequest request;
        try
        {
            request = AccessRequest.File("AR-" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(12)), principal, Policy(context), owner, wanted, reason, TimeProvider.System.GetUtcNow());
        }
        catch (ArgumentException e)
        {
            throw UserErrors.Create(e.Message);
        }

        await Store(context).AddAsync(request, cancellationToken);
        await AuditAsync(context, Requested, request.Id, $"{principal.Jurisdiction.Value}→{owner.Value}, {request.NodeIds.Count} nodes: {request.Reason}", cancellationToken);
        return (await ViewsAsync(context, [request]))[0];
    }

    private static async Task<AccessRequestView> DecideAsync(ResolveContext context, CancellationToken cancellationToken)
    {
        CallerAccess.Demand(context, Permission.GrantAccess);
        var principal = CallerAccess.Principal(context)!;
        var id = context.GetArgument<string>("id") ?? "";
        var grant = context.GetArgument<bool>("grant");
        var reason = context.GetArgument<string>("reason");
        var store = Store(context);

        var request = await store.GetAsync(id, cancellationToken);
        if (request is null || (request.OwnerOffice != principal.Jurisdiction && request.RequesterOffice != principal.Jurisdiction))
        {
            // Other offices' requests are not confirmed to exist.
            throw UserErrors.Create($"No access request with id \"{id}\" concerns your office. List them with accessRequests(direction: INCOMING).");
        }

        AccessRequest decided;
        try
        {
            decided = request.Decide(principal, Policy(context), grant, reason, TimeProvider.System.GetUtcNow());
        }
        catch (AccessDeniedException e)
        {
            await AuditAsync(context, DecisionDenied, request.Id, e.Message, cancellationToken);
            throw Forbidden(e.Message);
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException)
        {
            throw UserErrors.Create(e.Message);
        }

        // An office grants only what it owns; nodes it was itself lent, or that moved to another office since, stay hidden.
        var owned = grant ? await CallerAccess.OwnedAsync(context, decided.NodeIds, cancellationToken) : new HashSet<string>();
        var granted = decided.NodeIds.Where(owned.Contains).ToList();
        if (grant && granted.Count == 0)
        {
            throw UserErrors.Create($"None of the {decided.NodeIds.Count} nodes of request {request.Id} lies within your office's jurisdiction any more, so your office cannot grant them. Refuse the request with a reason instead.");
        }

        if (!await store.DecideAsync(decided, granted, cancellationToken))
        {
            throw UserErrors.Create($"Access request {request.Id} was decided by someone else a moment ago; list it again to see the decision.");
        }

        await AuditAsync(
            context,
            grant ? Granted : Refused,
            request.Id,
            $"{request.RequesterOffice.Value}, {(grant ? granted.Count : request.NodeIds.Count)} nodes{(decided.DecisionReason is null ? "" : ": " + decided.DecisionReason)}",
            cancellationToken);
        return (await ViewsAsync(context, [decided]))[0];
    }

    private static async Task<AccessRequestView> ShareAsync(ResolveContext context, CancellationToken cancellationToken)
    {
        CallerAccess.Demand(context, Permission.GrantAccess);
        var principal = CallerAccess.Principal(context)!;
        var officeText = context.GetArgument<string>("office");
        if (!DivisionCode.TryParse(officeText, out var office, out var problem))
        {
            throw UserErrors.Create($"office \"{officeText}\" is not a division code ({problem}); give the receiving office's six-digit code, e.g. 431421.");
        }

        var ids = Arguments.Strings(context, "nodes").Select((id, i) => GlobalId.Decode(id, $"nodes[{i}]").StoreId).ToList();
        // Only the office's own nodes: a node of another office, or one lent to this office, is refused like an unknown one.
        var owned = await CallerAccess.OwnedAsync(context, ids, cancellationToken);
        var foreign = ids.FindIndex(id => !owned.Contains(id));
        if (foreign >= 0)
        {
            throw UserErrors.Create($"nodes[{foreign}] is not a node of your office ({principal.Jurisdiction.Value}); an office shares only its own nodes.");
        }

        AccessRequest share;
        try
        {
            share = AccessRequest.Share("AR-" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(12)), principal, Policy(context), office, ids, context.GetArgument<string>("reason") ?? "", TimeProvider.System.GetUtcNow());
        }
        catch (ArgumentException e)
        {
            throw UserErrors.Create(e.Message);
        }

        await Store(context).AddAsync(share, cancellationToken);
        await AuditAsync(context, Shared, share.Id, $"{principal.Jurisdiction.Value}→{office.Value}, {share.NodeIds.Count} nodes: {share.Reason}", cancellationToken);
        return (await ViewsAsync(context, [share]))[0];
    }

    private static async Task<IReadOnlyList<AccessRequestView>> ViewsAsync(ResolveContext context, IReadOnlyList<AccessRequest> requests)
    {
        var directory = await context.GetRequiredService<NodeJurisdictions>().DirectoryAsync(context.GetRequiredService<IGraphStore>());
        return requests.Select(r => new AccessRequestView(
            r, HiddenConnectionViews.RefOf(directory, r.RequesterOffice), HiddenConnectionViews.RefOf(directory, r.OwnerOffice))).ToList();
    }

    private static Task AuditAsync(ResolveContext context, string action, string requestId, string reason, CancellationToken cancellationToken)
    {
        var user = CallerAccess.User(context);
        var entry = new AuditEntry(user?.Principal?.UserId ?? "anonymous", TimeProvider.System.GetUtcNow(), action, requestId, reason, user?.RequestId, ClueReadAudit.Operation(context), ClueReadAudit.FieldPath(context));
        return context.GetRequiredService<IAuditLog>().AppendAsync(entry, cancellationToken);
    }

    private static AccessStore Store(ResolveContext context) => context.GetRequiredService<AccessStore>();

    private static AccessPolicy Policy(ResolveContext context) => context.GetRequiredService<AccessPolicy>();

    private static GraphQLException Forbidden(string message) =>
        new(message, new Dictionary<string, object?> { ["code"] = CallerAccess.Forbidden });
}
