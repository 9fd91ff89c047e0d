using Clues.Graph.Embedded.Audit;

namespace Clues.Graph.Embedded.Backup;

/// <summary>
/// Restores a backup made by <see cref="StoreBackup"/> into a data folder: checks every file against the manifest
/// before touching the target, copies them in, then opens the restored store to compare its counts and verify its
/// audit log.
/// </summary>
public static class StoreRestore
{
    private const string LockFileName = "graph.lock";

    /// <summary>Restores <paramref name="backupDirectory"/> into <paramref name="dataDirectory"/>.</summary>
    /// <param name="backupDirectory">A backup folder with its manifest.</param>
    /// <param name="dataDirectory">The target data folder; must be empty or missing unless <paramref name="force"/>.</param>
    /// <param name="force">Replace the store files in a non-empty target (never while a store has it open).</param>
    /// <param name="auditKey">The audit anchor key, to check the restored anchor's signature; null to skip that.</param>
    /// <param name="cancellationToken">Cancels the restore.</param>
    /// <returns>What was restored and what the restored store holds.</returns>
    /// <exception cref="BackupException">The backup is damaged or incomplete, or the target is not empty or in use.</exception>
    public static async Task<RestoreReport> RestoreAsync(
        string backupDirectory,
        string dataDirectory,
        bool force,
        AuditAnchorKey? auditKey = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(backupDirectory);
        ArgumentException.ThrowIfNullOrWhiteSpace(dataDirectory);
        backupDirectory = Path.GetFullPath(backupDirectory);
        dataDirectory = Path.GetFullPath(dataDirectory);
        var manifest = await BackupManifest.ReadAsync(backupDirectory, cancellationToken).ConfigureAwait(false);
        await CheckFilesAsync(backupDirectory, manifest, cancellationToken).ConfigureAwait(false);

        if (Directory.Exists(dataDirectory) && Directory.EnumerateFileSystemEntries(dataDirectory).Any() && !force)
        {
            throw new BackupException($"The target folder '{dataDirectory}' is not empty. Restore into a new folder, or pass --force to replace the store files in it.");
        }

        Directory.CreateDirectory(dataDirectory);
        await using (var dataLock = TakeLock(dataDirectory))
        {
            // A stale -wal beside a restored file would be replayed into it, so every store file of the target goes first.
            foreach (var stale in Directory.GetFiles(dataDirectory).Where(IsStoreFile))
            {
                File.Delete(stale);
            }

            foreach (var file in manifest.Files)
            {
                var temporary = Path.Combine(dataDirectory, file.Name + ".restoring");
                await using (var source = File.OpenRead(Path.Combine(backupDirectory, file.Name)))
                await using (var target = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None))
                {
                    await source.CopyToAsync(target, cancellationToken).ConfigureAwait(false);
                    target.Flush(flushToDisk: true);
                }

                File.Move(temporary, Path.Combine(dataDirectory, file.Name), overwrite: true);
            }
        }

        long nodes;
        long relationships;
        await using (var store = await EmbeddedGraphStore.OpenAsync(new EmbeddedGraphStoreOptions(dataDirectory), null, cancellationToken).ConfigureAwait(false))
        {
            var stats = await store.GetStatsAsync(cancellationToken).ConfigureAwait(false);
            nodes = stats.Nodes;
            relationships = stats.Relationships;
        }

        var audit = await AuditVerifier.VerifyAsync(Path.Combine(dataDirectory, "audit.db"), auditKey, cancellationToken).ConfigureAwait(false);
        return new RestoreReport(manifest, nodes, relationships, audit);
    }

    private static async Task CheckFilesAsync(string backupDirectory, BackupManifest manifest, CancellationToken cancellationToken)
    {
        foreach (var file in manifest.Files)
        {
            if (file.Name != Path.GetFileName(file.Name) || file.Name.Length == 0 || file.Name.StartsWith('.'))
            {
                throw new BackupException($"The manifest of '{backupDirectory}' lists '{file.Name}', which is not a plain file name; the manifest was tampered with.");
            }

            var path = Path.Combine(backupDirectory, file.Name);
            if (!File.Exists(path))
            {
                throw new BackupException($"The backup '{backupDirectory}' is missing {file.Name}, which its manifest lists. Use another backup.");
            }

            var actual = await StoreBackup.DescribeAsync(path, cancellationToken).ConfigureAwait(false);
            if (actual.Bytes != file.Bytes || !string.Equals(actual.Sha256, file.Sha256, StringComparison.Ordinal))
            {
                throw new BackupException($"{path} does not match the manifest (SHA-256 {actual.Sha256}, expected {file.Sha256}): the backup was damaged or altered. Use another backup.");
            }
        }
    }

    private static bool IsStoreFile(string path)
    {
        var name = Path.GetFileName(path);
        return name.EndsWith(".db", StringComparison.Ordinal)
            || name.EndsWith(".db-wal", StringComparison.Ordinal)
            || name.EndsWith(".db-shm", StringComparison.Ordinal)
            || name.EndsWith(".db-journal", StringComparison.Ordinal)
            || name.EndsWith(AuditAnchorFile.Extension, StringComparison.Ordinal);
    }

    private static FileStream TakeLock(string dataDirectory)
    {
        var path = Path.Combine(dataDirectory, LockFileName);
        try
        {
            // The same exclusive lock the store takes: while we hold it no store can open the folder, and if a store
            // holds it we must not replace files under it.
            return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException e)
        {
            throw new BackupException($"The store in '{dataDirectory}' is open (lock file '{path}' is held). Stop `clues serve` or the other process first.", e);
        }
    }
}
