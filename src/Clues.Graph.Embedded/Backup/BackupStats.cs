namespace Clues.Graph.Embedded.Backup;

/// <summary>What a backup holds, so a restore can be compared with it.</summary>
/// <param name="Nodes">Nodes in graph.db (0 when there is none).</param>
/// <param name="Relationships">Relationships in graph.db.</param>
/// <param name="AuditEntries">Entries in audit.db whose chain verified.</param>
/// <param name="AuditHead">Hash of the last audit entry (the genesis hash for an empty log).</param>
/// <param name="AuditProblem">Why the backed-up audit log does not verify, or null when it does.</param>
public sealed record BackupStats(long Nodes, long Relationships, long AuditEntries, string AuditHead, string? AuditProblem);
