using Clues.Api.Authorization;
using Clues.Core.Audit;
using Clues.GraphQL.Execution;

namespace Clues.Api.Handover;

/// <summary>
/// Audits handover items served through GraphQL as clue reads are (<see cref="ClueReadAudit"/>): one entry per
/// item per request, with the caller, purpose, request id, GraphQL operation and field path, all of a request
/// step's items appended in one group commit and awaited before the answer goes out. Refusals are logged with the
/// <c>Denied</c> suffix so that probing for another office's items shows up in the log.
/// </summary>
internal static class HandoverReadAudit
{
    /// <summary>An item was served (<c>handoverItem</c>, a <c>handoverRegister</c> row, an <c>overdueHandovers</c> row).</summary>
    public const string ReadAction = "ReadHandover";

    /// <summary>An item was put into an issued package (<c>exportHandoverPackage</c>).</summary>
    public const string ExportAction = "ExportHandover";

    /// <summary>A read was refused: the item is another office's or unknown (the workflow answers both alike), or the caller may not read registers.</summary>
    public const string ReadDeniedAction = ReadAction + "Denied";

    /// <summary>An export was refused.</summary>
    public const string ExportDeniedAction = ExportAction + "Denied";

    /// <summary>Logs that the caller was served these items; completes when every entry is durable.</summary>
    public static Task RecordReadAsync(ResolveContext context, IEnumerable<string> itemIds) =>
        ClueReadAudit.RecordOncePerRequestAsync(context, ReadAction, itemIds.Distinct(StringComparer.Ordinal).ToList());

    /// <summary>Logs that the caller asked for an item and got nothing.</summary>
    public static Task RecordReadDeniedAsync(ResolveContext context, string itemId) =>
        ClueReadAudit.RecordOncePerRequestAsync(context, ReadDeniedAction, [itemId]);

    /// <summary>Logs that a whole read (a register, the overdue list) was refused; the entry names no item because none was read.</summary>
    public static Task RecordListDeniedAsync(ResolveContext context, CancellationToken cancellationToken) =>
        context.GetRequiredService<IAuditLog>().AppendAsync(ClueReadAudit.Entry(context, ReadDeniedAction, null, TimeProvider.System.GetUtcNow()), cancellationToken);

    /// <summary>Logs the items of an export, issued or refused (<paramref name="denied"/>), one entry each in one group commit.</summary>
    public static Task RecordExportAsync(ResolveContext context, IEnumerable<string> itemIds, bool denied, CancellationToken cancellationToken)
    {
        var now = TimeProvider.System.GetUtcNow();
        var action = denied ? ExportDeniedAction : ExportAction;
        var entries = itemIds.Distinct(StringComparer.Ordinal).Select(id => ClueReadAudit.Entry(context, action, id, now)).ToList();
        return context.GetRequiredService<IAuditLog>().AppendManyAsync(entries, cancellationToken);
    }
}
