using Clues.Graph.Embedded.Audit;

namespace Clues.Graph.Embedded.Backup;

/// <summary>What a restore put in place and what the restored store holds when opened.</summary>
/// <param name="Manifest">The backup's manifest (hashes checked).</param>
/// <param name="Nodes">Nodes counted by opening the restored graph store.</param>
/// <param name="Relationships">Relationships counted by opening the restored graph store.</param>
/// <param name="Audit">The restored audit log's verification.</param>
public sealed record RestoreReport(BackupManifest Manifest, long Nodes, long Relationships, AuditCheck Audit)
{
    /// <summary>True when the restored store matches the manifest's counts and its audit log verifies.</summary>
    public bool Matches =>
        Nodes == Manifest.Stats.Nodes
        && Relationships == Manifest.Stats.Relationships
        && Audit.IsIntact
        && Audit.Entries == Manifest.Stats.AuditEntries
        && string.Equals(Audit.HeadHash, Manifest.Stats.AuditHead, StringComparison.Ordinal);
}
