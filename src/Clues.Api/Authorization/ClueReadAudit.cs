using System.Globalization;
using Clues.Core.Access;
using Clues.Core.Audit;
using Clues.GraphQL.Execution;
using Clues.GraphQL.Language;

namespace Clues.Api.Authorization;

/// <summary>
/// Writes an audit entry for every clue served to a caller: who, when, <see cref="Permission.ReadClue"/>, the clue,
/// the stated purpose (the <c>Clues-Purpose</c> HTTP header), the request id, and the GraphQL operation and field
/// path of the resolver that served it. Reads go through a request-scoped loader, so a clue is logged once per
/// request however many of its fields are selected (with the path of the first field that asked), and the clues
/// of one execution step are appended together in one group commit; the field's value is only returned once its
/// entry is durable, so no response carries a clue whose read was not logged. Refusals of clues outside the
/// caller's jurisdiction are logged the same way as <see cref="DeniedAction"/>, so probing shows up in the log.
/// The same machinery serves other per-item reads (handover items) through <see cref="RecordOncePerRequestAsync"/>.
/// </summary>
internal static class ClueReadAudit
{
    /// <summary>The action of a refused read (the entry's convention: the permission name plus <c>Denied</c>).</summary>
    public const string DeniedAction = nameof(Permission.ReadClue) + "Denied";

    /// <summary>Logs that the caller was served the clue; completes when the entry is durable.</summary>
    public static Task RecordAsync(ResolveContext context, string clueId) =>
        RecordOncePerRequestAsync(context, nameof(Permission.ReadClue), [clueId]);

    /// <summary>Logs that the caller asked for a clue outside their jurisdiction and was refused.</summary>
    public static Task RecordDeniedAsync(ResolveContext context, string clueId) =>
        RecordOncePerRequestAsync(context, DeniedAction, [clueId]);

    /// <summary>
    /// Logs <paramref name="action"/> on each target once per request (a target already logged with this action in
    /// the request is not logged again); completes when every entry is durable.
    /// </summary>
    public static Task RecordOncePerRequestAsync(ResolveContext context, string action, IReadOnlyCollection<string> targetIds)
    {
        if (targetIds.Count == 0)
        {
            return Task.CompletedTask;
        }

        var loader = context.DataLoader<AuditTarget, long>("clues.audit." + action, async (targets, ct) =>
        {
            var now = TimeProvider.System.GetUtcNow();
            var sequences = await context.GetRequiredService<IAuditLog>()
                .AppendManyAsync(targets.Select(t => Entry(context, action, t.Id, now) with { FieldPath = t.FieldPath }).ToList(), ct);
            var result = new Dictionary<AuditTarget, long>(targets.Count);
            for (var i = 0; i < targets.Count; i++)
            {
                result[targets[i]] = sequences[i];
            }

            return result;
        });
        var path = FieldPath(context);
        return loader.LoadManyAsync(targetIds.Select(id => new AuditTarget(id, path)));
    }

    /// <summary>
    /// An entry for an act of the caller in this resolver: user, time, action, target, purpose, request id, and the
    /// resolver's GraphQL operation and field path.
    /// </summary>
    public static AuditEntry Entry(ResolveContext context, string action, string? targetId, DateTimeOffset at, string? reason = null)
    {
        var user = CallerAccess.User(context);
        return new AuditEntry(
            user?.Principal?.UserId ?? "anonymous",
            at,
            action,
            targetId,
            reason ?? user?.Purpose,
            user?.RequestId,
            Operation(context),
            FieldPath(context));
    }

    /// <summary>The operation as its type and name: <c>query ClueDetail</c>, or <c>mutation (anonymous)</c> when unnamed.</summary>
    public static string Operation(ResolveContext context)
    {
        var operation = context.Operation;
        var type = operation.Operation switch
        {
            OperationType.Mutation => "mutation",
            OperationType.Subscription => "subscription",
            _ => "query",
        };
        return type + " " + (operation.Name?.Value ?? "(anonymous)");
    }

    /// <summary>The resolver's response path, keys (aliases where given) and list indices joined by dots: <c>clues.edges.0.node.summary</c>.</summary>
    public static string FieldPath(ResolveContext context) =>
        string.Join('.', context.Path.Select(segment => Convert.ToString(segment, CultureInfo.InvariantCulture)));

    /// <summary>A target to log; equal by id alone, so the loader logs an id once and keeps the path of the first field that asked.</summary>
    private sealed record AuditTarget(string Id, string FieldPath)
    {
        public bool Equals(AuditTarget? other) => other is not null && string.Equals(Id, other.Id, StringComparison.Ordinal);

        public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Id);
    }
}
