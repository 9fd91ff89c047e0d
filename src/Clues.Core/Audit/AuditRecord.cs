namespace Clues.Core.Audit;

/// <summary>An entry as stored: its position in the log and its link in the hash chain.</summary>
/// <param name="Sequence">1-based position in the log; consecutive, so a removed entry leaves a gap.</param>
/// <param name="Entry">The entry (time in UTC).</param>
/// <param name="Hash">Lower-case hex SHA-256 over the previous entry's hash and this entry's content.</param>
public sealed record AuditRecord(long Sequence, AuditEntry Entry, string Hash);
