using Clues.Core.Access;
using Clues.Core.Audit;
using Clues.GraphQL.Execution;

namespace Clues.Api.Authorization;

/// <summary>
/// Writes an audit entry for every clue served to a caller: who, when, <see cref="Permission.ReadClue"/>, the clue,
/// the stated purpose (the <c>Clues-Purpose</c> HTTP header) and the request id. Reads go through a request-scoped
/// loader, so a clue is logged once per request however many of its fields are selected, and the clues of one
/// execution step are appended together; the field's value is only returned once its entry is durable, so no
/// response carries a clue whose read was not logged. Refusals of clues outside the caller's jurisdiction are
/// logged the same way as <see cref="DeniedAction"/>, so probing shows up in the log.
/// </summary>
internal static class ClueReadAudit
{
    /// <summary>The action of a refused read (the entry's convention: the permission name plus <c>Denied</c>).</summary>
    public const string DeniedAction = nameof(Permission.ReadClue) + "Denied";

    /// <summary>Logs that the caller was served the clue; completes when the entry is durable.</summary>
    public static Task RecordAsync(ResolveContext context, string clueId) =>
        RecordAsync(context, clueId, nameof(Permission.ReadClue));

    /// <summary>Logs that the caller asked for a clue outside their jurisdiction and was refused.</summary>
    public static Task RecordDeniedAsync(ResolveContext context, string clueId) =>
        RecordAsync(context, clueId, DeniedAction);

    private static Task RecordAsync(ResolveContext context, string clueId, string action)
    {
        var user = CallerAccess.User(context);
        var log = context.GetRequiredService<IAuditLog>();
        var time = TimeProvider.System;
        return context.DataLoader<string, long>("clues.audit." + action, async (ids, ct) =>
        {
            var now = time.GetUtcNow();
            var userId = user?.Principal?.UserId ?? "anonymous";
            // One append per clue; the log groups concurrent appends into one transaction.
            var appends = ids.Select(id => log.AppendAsync(
                new AuditEntry(userId, now, action, id, user?.Purpose, user?.RequestId), ct)).ToList();
            var sequences = await Task.WhenAll(appends);
            var result = new Dictionary<string, long>(ids.Count, StringComparer.Ordinal);
            for (var i = 0; i < ids.Count; i++)
            {
                result[ids[i]] = sequences[i];
            }

            return result;
        }).LoadAsync(clueId);
    }
}
