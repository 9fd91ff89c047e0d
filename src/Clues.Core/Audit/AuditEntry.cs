namespace Clues.Core.Audit;

/// <summary>One audited act: who did what to which target, when, why, and in which request.</summary>
/// <param name="UserId">The acting user's id.</param>
/// <param name="At">When it happened; stored in UTC.</param>
/// <param name="Action">What was done, e.g. <c>ReadClue</c> or <c>ReadReporterIdentity</c> (permission names, plus a <c>Denied</c> suffix for refusals).</param>
/// <param name="TargetId">The node or item acted on, or null.</param>
/// <param name="Reason">The purpose the user stated (why), or null.</param>
/// <param name="RequestId">The HTTP request or job id, to tie entries to server logs; or null.</param>
/// <param name="Operation">
/// The GraphQL operation that caused the entry, as its type and name (<c>query ClueDetail</c>, or
/// <c>query (anonymous)</c> when unnamed); null for entries not written by a GraphQL request.
/// </param>
/// <param name="FieldPath">
/// The response path of the resolver that caused the entry, keys and list indices joined by dots
/// (<c>clues.edges.0.node.summary</c>); null for entries not written by a GraphQL request.
/// </param>
public sealed record AuditEntry(
    string UserId,
    DateTimeOffset At,
    string Action,
    string? TargetId,
    string? Reason,
    string? RequestId,
    string? Operation = null,
    string? FieldPath = null);
