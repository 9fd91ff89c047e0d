using Clues.Api.Authorization;
using Clues.Api.Resolvers;
using Clues.Core.Access;
using Clues.Core.Audit;
using Clues.Core.Graph;
using Clues.Core.Model;
using Clues.Core.Sealing;
using Clues.GraphQL.Execution;
using Clues.GraphQL.Schema;

namespace Clues.Api.Reveals;

/// <summary>
/// Seeing a sealed reporter identity (查阅举报人身份) takes two people: a user of the office asks with a reason, a
/// custodian (a user holding <see cref="Permission.ReadReporterIdentity"/> whose jurisdiction covers the office, and who
/// is not the requester) approves or refuses, and the requester may then read the identity once. Every step is in the
/// audit log; the read itself is also logged by the sealed store under the approving custodian's authority. Nothing
/// else in the API returns an identity.
/// </summary>
internal static class RevealResolvers
{
    private const int MaxReason = 500;

    public static SchemaBuilder AddRevealResolvers(this SchemaBuilder builder)
    {
        builder.Type("Query").Field("reporterRevealRequests", ListAsync);
        builder.Type("Mutation")
            .Field("requestReporterReveal", RequestAsync)
            .Field("decideReporterReveal", DecideAsync)
            .Field("revealReporter", RevealAsync);
        builder.Type("ReporterRevealRequest")
            .Field("clue", context => GlobalId.Encode(NodeLabel.Clue, context.ParentAs<RevealRequest>().ClueId))
            .Field("requester", context => context.ParentAs<RevealRequest>().RequesterId)
            .Field("custodian", context => context.ParentAs<RevealRequest>().CustodianId);
        return builder;
    }

    private static GraphQLException Forbidden(string message) =>
        new(message, new Dictionary<string, object?> { ["code"] = CallerAccess.Forbidden });

    private static async Task AuditAsync(ResolveContext context, Principal actor, string action, string target, string reason, CancellationToken cancellationToken) =>
        await context.GetRequiredService<IAuditLog>().AppendAsync(
            new AuditEntry(actor.UserId, DateTimeOffset.UtcNow, action, target, reason, CallerAccess.User(context)?.RequestId, ClueReadAudit.Operation(context), ClueReadAudit.FieldPath(context)), cancellationToken);

    private static async Task<RevealRequest> RequestAsync(ResolveContext context, CancellationToken cancellationToken)
    {
        CallerAccess.Demand(context, Permission.ReadClue);
        var actor = CallerAccess.Principal(context)!;
        var (label, clueId) = GlobalId.Decode(context.GetArgument<string>("clue"), "clue");
        var reason = context.GetArgument<string>("reason")?.Trim() ?? "";
        if (reason.Length is 0 or > MaxReason)
        {
            throw UserErrors.Create($"reason must say why the identity is needed (1 to {MaxReason} characters).");
        }

        var clue = label == NodeLabel.Clue ? await GraphReads.NodeAsync(context, clueId) as Clue : null;
        if (clue is null || !await CallerAccess.IsVisibleAsync(context, clueId))
        {
            throw UserErrors.Create("clue names no clue you may see.");
        }

        if (!clue.HasSealedReporter)
        {
            throw UserErrors.Create($"Clue {clue.Code} has no sealed reporter identity (it was registered without one).");
        }

        var request = new RevealRequest(
            "rvl-" + Guid.NewGuid().ToString("N"), clueId, actor.Jurisdiction.Value, actor.UserId, actor.DisplayName, reason,
            DateTimeOffset.UtcNow, RevealState.Pending, null, null, null, null, null);
        await (await context.GetRequiredService<RevealRuntime>().StoreAsync(cancellationToken)).AddAsync(request, cancellationToken);
        await AuditAsync(context, actor, "RequestReporterReveal", clueId, reason, cancellationToken);
        return request;
    }

    private static async Task<RevealRequest> DecideAsync(ResolveContext context, CancellationToken cancellationToken)
    {
        CallerAccess.Demand(context, Permission.ReadReporterIdentity);
        var custodian = CallerAccess.Principal(context)!;
        var store = await context.GetRequiredService<RevealRuntime>().StoreAsync(cancellationToken);
        var id = context.GetArgument<string>("id") ?? "";
        var request = await store.GetAsync(id, cancellationToken);
        if (request is null || !new VisibilityFilter(custodian).IsVisible(Core.Identifiers.DivisionCode.Parse(request.Office)))
        {
            throw UserErrors.Create($"No reveal request '{id}' is addressed to your office.");
        }

        if (request.RequesterId == custodian.UserId)
        {
            throw Forbidden("A custodian cannot approve their own request to see a reporter's identity; another custodian must decide.");
        }

        var approve = context.GetArgument<bool>("approve");
        var note = context.GetArgument<string>("note")?.Trim();
        if (!approve && string.IsNullOrEmpty(note))
        {
            throw UserErrors.Create("A refusal needs a note saying why.");
        }

        if (!await store.DecideAsync(id, approve, custodian.UserId, custodian.DisplayName, note, DateTimeOffset.UtcNow, cancellationToken))
        {
            throw UserErrors.Create($"Reveal request {id} was already decided ({request.State}).");
        }

        await AuditAsync(context, custodian, approve ? "ApproveReporterReveal" : "RefuseReporterReveal", request.ClueId, $"{id}: {note}", cancellationToken);
        return (await store.GetAsync(id, cancellationToken))!;
    }

    private static async Task<ReporterIdentity?> RevealAsync(ResolveContext context, CancellationToken cancellationToken)
    {
        CallerAccess.Demand(context, Permission.ReadClue);
        var actor = CallerAccess.Principal(context)!;
        var store = await context.GetRequiredService<RevealRuntime>().StoreAsync(cancellationToken);
        var id = context.GetArgument<string>("request") ?? "";
        var request = await store.GetAsync(id, cancellationToken);
        if (request is null || request.RequesterId != actor.UserId)
        {
            throw UserErrors.Create($"No reveal request '{id}' of yours exists.");
        }

        if (request.State != RevealState.Approved)
        {
            throw Forbidden(request.State switch
            {
                RevealState.Pending => $"Reveal request {id} waits for a custodian's decision.",
                RevealState.Refused => $"Reveal request {id} was refused: {request.DecisionNote}",
                _ => $"Reveal request {id} was already used; file a new request to see the identity again.",
            });
        }

        // Used up before the read: a second concurrent read finds it consumed, so one approval shows the identity once.
        if (!await store.ConsumeAsync(id, DateTimeOffset.UtcNow, cancellationToken))
        {
            throw Forbidden($"Reveal request {id} was already used; file a new request to see the identity again.");
        }

        var office = Core.Identifiers.DivisionCode.Parse(request.Office);
        var authority = new Principal(request.CustodianId!, request.CustodianName ?? request.CustodianId!, new HashSet<Role> { Role.OfficeStaff }, office,
            office.IsProvince ? Core.Model.Taxonomy.JurisdictionLevel.Province : office.IsCity ? Core.Model.Taxonomy.JurisdictionLevel.City : Core.Model.Taxonomy.JurisdictionLevel.County);
        var identity = await context.GetRequiredService<ISealedReporterStore>().GetAsync(
            request.ClueId, authority, $"查阅申请 {id}（申请人 {request.RequesterId}）：{request.Reason}", cancellationToken);
        await AuditAsync(context, actor, "RevealReporter", request.ClueId, id, cancellationToken);
        return identity;
    }

    private static async Task<IReadOnlyList<RevealRequest>> ListAsync(ResolveContext context, CancellationToken cancellationToken)
    {
        CallerAccess.Demand(context, Permission.ReadClue);
        var actor = CallerAccess.Principal(context)!;
        var store = await context.GetRequiredService<RevealRuntime>().StoreAsync(cancellationToken);
        var state = context.GetArgument<RevealState?>("state");
        var custodian = context.GetRequiredService<AccessPolicy>().IsAllowed(actor, Permission.ReadReporterIdentity);
        var filter = new VisibilityFilter(actor);
        var all = await store.ListAsync(o => Core.Identifiers.DivisionCode.TryParse(o, out var code, out _) && filter.IsVisible(code), state, cancellationToken);

        // Custodians see the requests of the offices they cover; everyone else only their own.
        return custodian ? all : all.Where(r => r.RequesterId == actor.UserId).ToList();
    }
}
