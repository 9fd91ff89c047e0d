using System.Text.Json;
using System.Text.Json.Nodes;
using Clues.Cli.Tests.Commands;
using Clues.Core.Access;
using Clues.Core.Audit;
using Clues.Core.Graph;
using Clues.Graph.Embedded;
using Clues.Graph.Embedded.Audit;

namespace Clues.Cli.Tests.Backup;

public sealed class BackupCommandTests : IDisposable
{
    private const int NodesPerBatch = 40;

    private readonly TempDirectory _data = new();
    private readonly TempDirectory _work = new();

    private string BackupFolder => Path.Combine(_work.Path, "backup");

    private string Restored => Path.Combine(_work.Path, "restored");

    public void Dispose()
    {
        _data.Dispose();
        _work.Dispose();
    }

    [Fact]
    public async Task Backup_of_a_store_another_process_is_writing_restores_with_the_same_counts_and_a_verifiable_audit_log()
    {
        // This process holds the store open (and its graph.lock) and keeps committing while `clues backup` runs.
        await using (var store = await EmbeddedGraphStore.OpenAsync(new EmbeddedGraphStoreOptions(_data.Path)))
        await using (var log = SqliteAuditLog.Open(Path.Combine(_data.Path, "audit.db"), AccessPolicy.Default))
        {
            await WriteBatchAsync(store, log, 0);
            using var stop = new CancellationTokenSource();
            var writer = Task.Run(async () =>
            {
                for (var batch = 1; !stop.IsCancellationRequested; batch++)
                {
                    await WriteBatchAsync(store, log, batch);
                }
            });

            var backup = await CliProcess.RunAsync("backup", "--data", _data.Path, "--out", BackupFolder, "--json");
            await stop.CancelAsync();
            await writer;

            Assert.True(backup.ExitCode == 0, backup.StdErr);
            Assert.Empty(backup.StdErr);
        }

        var manifest = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(BackupFolder, "manifest.json")))!;
        var restore = await CliProcess.RunAsync("restore", BackupFolder, "--data", Restored);
        var stats = await CliProcess.RunAsync("stats", "--data", Restored, "--json");
        var verify = await CliProcess.RunAsync("audit", "verify", "--data", Restored);

        Assert.True(restore.ExitCode == 0, restore.StdOut + restore.StdErr);
        Assert.Contains("matches the backup", restore.StdOut, StringComparison.Ordinal);
        using var counts = JsonDocument.Parse(stats.StdOut);
        var nodes = counts.RootElement.GetProperty("nodes").GetInt64();
        Assert.Equal((long)manifest["stats"]!["nodes"]!, nodes);
        Assert.Equal((long)manifest["stats"]!["relationships"]!, counts.RootElement.GetProperty("relationships").GetInt64());
        Assert.True(nodes > 0 && nodes % NodesPerBatch == 0, $"the backup holds a torn batch: {nodes} nodes");
        Assert.True(verify.ExitCode == 0, verify.StdOut);
        Assert.Contains($"OK: {(long)manifest["stats"]!["auditEntries"]!} entries", verify.StdOut, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Restore_into_a_folder_that_holds_files_is_refused_without_force()
    {
        await WriteSmallStoreAsync();
        Assert.Equal(0, (await CliProcess.RunAsync("backup", "--data", _data.Path, "--out", BackupFolder)).ExitCode);
        Directory.CreateDirectory(Restored);
        await File.WriteAllTextAsync(Path.Combine(Restored, "notes.txt"), "keep me");

        var refused = await CliProcess.RunAsync("restore", BackupFolder, "--data", Restored);
        var forced = await CliProcess.RunAsync("restore", BackupFolder, "--data", Restored, "--force");

        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("--force", refused.StdErr, StringComparison.Ordinal);
        Assert.True(forced.ExitCode == 0, forced.StdOut + forced.StdErr);
        Assert.Equal("keep me", await File.ReadAllTextAsync(Path.Combine(Restored, "notes.txt")));
    }

    [Fact]
    public async Task Restore_refuses_a_backup_whose_manifest_hash_does_not_match()
    {
        await WriteSmallStoreAsync();
        Assert.Equal(0, (await CliProcess.RunAsync("backup", "--data", _data.Path, "--out", BackupFolder)).ExitCode);
        await File.AppendAllTextAsync(Path.Combine(BackupFolder, "audit.head"), " ");

        var refused = await CliProcess.RunAsync("restore", BackupFolder, "--data", Restored);

        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("audit.head does not match the manifest", refused.StdErr, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(Restored, "graph.db")));
    }

    private static async Task WriteBatchAsync(EmbeddedGraphStore store, SqliteAuditLog log, int batch)
    {
        var nodes = Enumerable.Range(0, NodesPerBatch)
            .Select(i => new NodeRecord($"b{batch}-n{i}", NodeLabel.Person, $"人员{batch}-{i}", null, new JsonObject { ["batch"] = batch }))
            .ToList();
        var rels = Enumerable.Range(1, NodesPerBatch - 1)
            .Select(i => new RelationshipRecord($"b{batch}-r{i}", RelType.AssociateOf, $"b{batch}-n{i - 1}", $"b{batch}-n{i}", null, null, []))
            .ToList();
        await store.WriteAsync(new GraphBatch { Nodes = nodes, Relationships = rels });
        await log.AppendAsync(new AuditEntry("importer", DateTimeOffset.UtcNow, "ImportBatch", "batch:" + batch, "导入", null));
    }

    private async Task WriteSmallStoreAsync()
    {
        await using var store = await EmbeddedGraphStore.OpenAsync(new EmbeddedGraphStoreOptions(_data.Path));
        await using var log = SqliteAuditLog.Open(Path.Combine(_data.Path, "audit.db"), AccessPolicy.Default);
        await WriteBatchAsync(store, log, 0);
        await WriteBatchAsync(store, log, 1);
    }
}
