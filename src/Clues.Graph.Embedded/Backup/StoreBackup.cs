using System.Security.Cryptography;
using Clues.Graph.Embedded.Audit;
using Clues.Graph.Embedded.Storage;
using Microsoft.Data.Sqlite;

namespace Clues.Graph.Embedded.Backup;

/// <summary>
/// Backs up a data folder, live or not: every SQLite file in it (<c>graph.db</c>, <c>sealed.db</c>,
/// <c>handover.db</c>, <c>audit.db</c>, ...) through SQLite's online backup API, plus the audit anchor, into a folder
/// with a <c>manifest.json</c>.
/// </summary>
/// <remarks>
/// The sources are opened read-only and the store's <c>graph.lock</c> is not taken, so a running service keeps
/// writing; WAL lets each copy read one committed snapshot while the writer commits. Each file is a consistent
/// snapshot on its own, taken in a fixed order: the graph first, then the other stores, the anchor, and the audit
/// log last, so the copied log covers every read of what the copied graph holds and the copied anchor never runs
/// ahead of the copied log. Key folders are never copied: keys must not travel with the data they protect.
/// </remarks>
public static class StoreBackup
{
    /// <summary>Backs up <paramref name="dataDirectory"/> into the new or empty folder <paramref name="backupDirectory"/>.</summary>
    /// <param name="dataDirectory">The store's data folder.</param>
    /// <param name="backupDirectory">Where the backup goes; must not hold anything yet.</param>
    /// <param name="cancellationToken">Cancels the backup; a cancelled backup has no manifest.</param>
    /// <returns>The manifest written.</returns>
    /// <exception cref="BackupException">No store in the data folder, or the target folder is not empty.</exception>
    public static async Task<BackupManifest> CreateAsync(string dataDirectory, string backupDirectory, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(dataDirectory);
        ArgumentException.ThrowIfNullOrWhiteSpace(backupDirectory);
        dataDirectory = Path.GetFullPath(dataDirectory);
        backupDirectory = Path.GetFullPath(backupDirectory);
        var databases = Directory.Exists(dataDirectory)
            ? Directory.GetFiles(dataDirectory, "*.db").Select(Path.GetFileName).OfType<string>().OrderBy(CopyOrder).ThenBy(n => n, StringComparer.Ordinal).ToList()
            : [];
        if (databases.Count == 0)
        {
            throw new BackupException($"There is no store in '{dataDirectory}' (no *.db files). Check --data.");
        }

        if (Directory.Exists(backupDirectory) && Directory.EnumerateFileSystemEntries(backupDirectory).Any())
        {
            throw new BackupException($"The backup folder '{backupDirectory}' is not empty. Choose a new folder, so no older backup is mixed into this one.");
        }

        Directory.CreateDirectory(backupDirectory);
        SqliteSchema.InitialiseProvider();
        var files = new List<BackupFile>();
        foreach (var name in databases)
        {
            if (string.Equals(name, "audit.db", StringComparison.Ordinal))
            {
                // The anchor is copied just before the log, so it never names entries the copied log lacks.
                var anchor = AuditAnchorFile.PathFor(Path.Combine(dataDirectory, name));
                if (File.Exists(anchor))
                {
                    var anchorCopy = Path.Combine(backupDirectory, Path.GetFileName(anchor));
                    File.Copy(anchor, anchorCopy);
                    files.Add(await DescribeAsync(anchorCopy, cancellationToken).ConfigureAwait(false));
                }
            }

            cancellationToken.ThrowIfCancellationRequested();
            var copy = Path.Combine(backupDirectory, name);
            CopyDatabase(Path.Combine(dataDirectory, name), copy);
            files.Add(await DescribeAsync(copy, cancellationToken).ConfigureAwait(false));
        }

        var stats = await MeasureAsync(backupDirectory, cancellationToken).ConfigureAwait(false);
        var manifest = new BackupManifest(1, DateTimeOffset.UtcNow, dataDirectory, files, stats);
        var temporary = Path.Combine(backupDirectory, BackupManifest.FileName + ".tmp");
        await File.WriteAllTextAsync(temporary, manifest.ToJson() + "\n", cancellationToken).ConfigureAwait(false);
        File.Move(temporary, Path.Combine(backupDirectory, BackupManifest.FileName));
        return manifest;
    }

    /// <summary>Counts what a folder holds: nodes and relationships of graph.db, and the audit chain's length and head.</summary>
    /// <param name="directory">A data or backup folder.</param>
    /// <param name="cancellationToken">Cancels counting.</param>
    /// <returns>The counts.</returns>
    public static async Task<BackupStats> MeasureAsync(string directory, CancellationToken cancellationToken = default)
    {
        long nodes = 0;
        long relationships = 0;
        var graph = Path.Combine(directory, SqliteSchema.FileName);
        if (File.Exists(graph))
        {
            SqliteSchema.InitialiseProvider();
            await using var connection = new SqliteConnection(AuditVerifier.ReadOnly(graph));
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            nodes = SqliteSchema.Scalar(connection, "SELECT count(*) FROM nodes");
            relationships = SqliteSchema.Scalar(connection, "SELECT count(*) FROM rels");
        }

        var audit = await AuditVerifier.VerifyAsync(Path.Combine(directory, "audit.db"), null, cancellationToken).ConfigureAwait(false);
        return new BackupStats(nodes, relationships, audit.Entries, audit.HeadHash, audit.Problem);
    }

    /// <summary>Lower-case hex SHA-256 of a file.</summary>
    internal static async Task<BackupFile> DescribeAsync(string path, CancellationToken cancellationToken)
    {
        await using var stream = File.OpenRead(path);
        var hash = await SHA256.HashDataAsync(stream, cancellationToken).ConfigureAwait(false);
        return new BackupFile(Path.GetFileName(path), stream.Length, Convert.ToHexStringLower(hash));
    }

    private static int CopyOrder(string name) => name switch
    {
        SqliteSchema.FileName => 0,
        "audit.db" => 2,
        _ => 1,
    };

    private static void CopyDatabase(string source, string destination)
    {
        using var from = new SqliteConnection(AuditVerifier.ReadOnly(source));
        from.Open();
        using (var to = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = destination, Mode = SqliteOpenMode.ReadWriteCreate, Pooling = false }.ToString()))
        {
            to.Open();
            from.BackupDatabase(to);

            // Rollback journal in the copy: one self-contained file, no -wal beside it to lose. The store switches back
            // to WAL when it opens the restored file.
            SqliteSchema.Execute(to, "PRAGMA journal_mode = DELETE;");
        }
    }
}
