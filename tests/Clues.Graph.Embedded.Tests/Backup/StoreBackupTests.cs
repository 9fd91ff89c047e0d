using Clues.Core.Access;
using Clues.Core.Audit;
using Clues.Graph.Embedded.Audit;
using Clues.Graph.Embedded.Backup;
using Clues.Graph.Embedded.CrashWriter;

namespace Clues.Graph.Embedded.Tests.Backup;

public sealed class StoreBackupTests : IDisposable
{
    private readonly TempStoreDirectory _data = new();
    private readonly TempStoreDirectory _backups = new();
    private readonly TempStoreDirectory _target = new();

    private string BackupFolder => Path.Combine(_backups.Path, "b1");

    public void Dispose()
    {
        _data.Dispose();
        _backups.Dispose();
        _target.Dispose();
    }

    [Fact]
    public async Task A_backup_taken_while_a_writer_commits_restores_whole_batches_and_a_verifiable_audit_log()
    {
        await using var store = await _data.OpenAsync();
        await using var log = SqliteAuditLog.Open(Path.Combine(_data.Path, "audit.db"), AccessPolicy.Default, null, new AuditLogOptions { AnchorEveryEntries = 1 });
        // Audit first, then the graph, as registerClue does: every batch in the graph then has its entry already
        // durable, which is what lets a backup that copies the audit log last cover the graph it copied.
        await log.AppendAsync(Entry(0));
        await store.WriteAsync(CrashBatch.Build(0));

        using var stop = new CancellationTokenSource();
        var written = 1;
        var writer = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                await log.AppendAsync(Entry(written));
                await store.WriteAsync(CrashBatch.Build(written));
                written++;
            }
        });

        // Let the writer get going so the backup overlaps commits, then back up twice in a row while it runs.
        while (Volatile.Read(ref written) < 5)
        {
            await Task.Delay(10);
        }

        var manifest = await StoreBackup.CreateAsync(_data.Path, BackupFolder);
        await StoreBackup.CreateAsync(_data.Path, Path.Combine(_backups.Path, "b2"));
        await stop.CancelAsync();
        await writer;

        var report = await StoreRestore.RestoreAsync(BackupFolder, _target.Path, force: false);

        Assert.Contains(manifest.Files, f => f.Name == "graph.db");
        Assert.Contains(manifest.Files, f => f.Name == "audit.head");
        Assert.Equal("audit.db", manifest.Files[^1].Name);
        Assert.True(report.Matches, $"restored {report.Nodes}/{report.Relationships}, audit {report.Audit.Entries} {report.Audit.Problem}; manifest {manifest.Stats}");
        Assert.True(report.Audit.IsIntact, report.Audit.Problem);
        Assert.True(report.Nodes > 0 && report.Nodes % CrashBatch.NodeCount == 0, $"a batch is torn: {report.Nodes} nodes");
        var batches = (int)(report.Nodes / CrashBatch.NodeCount);
        Assert.Equal(Enumerable.Range(0, batches).Sum(CrashBatch.RelationshipCount), report.Relationships);

        // The audit log was copied after the graph, so it covers at least every batch the copied graph holds.
        Assert.True(report.Audit.Entries >= batches, $"audit holds {report.Audit.Entries} entries for {batches} batches");
    }

    [Fact]
    public async Task Restore_refuses_a_non_empty_target_unless_forced()
    {
        await WriteSmallStoreAsync();
        await StoreBackup.CreateAsync(_data.Path, BackupFolder);
        await File.WriteAllTextAsync(Path.Combine(_target.Path, "graph.db"), "not a database");

        var refused = await Assert.ThrowsAsync<BackupException>(() => StoreRestore.RestoreAsync(BackupFolder, _target.Path, force: false));
        Assert.Equal("not a database", await File.ReadAllTextAsync(Path.Combine(_target.Path, "graph.db")));
        var forced = await StoreRestore.RestoreAsync(BackupFolder, _target.Path, force: true);

        Assert.Contains("--force", refused.Message, StringComparison.Ordinal);
        Assert.True(forced.Matches);
        Assert.Equal(2 * CrashBatch.NodeCount, forced.Nodes);
    }

    [Fact]
    public async Task Restore_refuses_an_altered_backup_before_touching_the_target()
    {
        await WriteSmallStoreAsync();
        await StoreBackup.CreateAsync(_data.Path, BackupFolder);
        await using (var stream = new FileStream(Path.Combine(BackupFolder, "graph.db"), FileMode.Open, FileAccess.ReadWrite))
        {
            stream.Seek(-10, SeekOrigin.End);
            stream.WriteByte(0x5A);
        }

        var refused = await Assert.ThrowsAsync<BackupException>(() => StoreRestore.RestoreAsync(BackupFolder, _target.Path, force: true));

        Assert.Contains("graph.db does not match the manifest", refused.Message, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(_target.Path));
    }

    [Fact]
    public async Task Restore_refuses_to_replace_a_store_that_is_open()
    {
        await WriteSmallStoreAsync();
        await StoreBackup.CreateAsync(_data.Path, BackupFolder);
        await using var open = await EmbeddedGraphStore.OpenAsync(new EmbeddedGraphStoreOptions(_target.Path));

        var refused = await Assert.ThrowsAsync<BackupException>(() => StoreRestore.RestoreAsync(BackupFolder, _target.Path, force: true));

        Assert.Contains("is open", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Backup_refuses_a_folder_that_already_holds_files()
    {
        await WriteSmallStoreAsync();
        Directory.CreateDirectory(BackupFolder);
        await File.WriteAllTextAsync(Path.Combine(BackupFolder, "old.txt"), "x");

        var refused = await Assert.ThrowsAsync<BackupException>(() => StoreBackup.CreateAsync(_data.Path, BackupFolder));

        Assert.Contains("not empty", refused.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(BackupFolder, BackupManifest.FileName)));
    }

    private static AuditEntry Entry(int batch) =>
        new("importer", DateTimeOffset.UtcNow, "ImportBatch", "batch:" + batch, "backup test", null);

    private async Task WriteSmallStoreAsync()
    {
        await using var store = await _data.OpenAsync();
        await using var log = SqliteAuditLog.Open(Path.Combine(_data.Path, "audit.db"), AccessPolicy.Default);
        for (var batch = 0; batch < 2; batch++)
        {
            await store.WriteAsync(CrashBatch.Build(batch));
            await log.AppendAsync(Entry(batch));
        }
    }
}
