using System.CommandLine;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Clues.Graph.Embedded.Audit;
using Clues.Graph.Embedded.Backup;

namespace Clues.Cli.Commands;

/// <summary><c>clues backup</c> and <c>clues restore</c>: copy a live store into a backup folder, and put one back.</summary>
internal static class BackupCommand
{
    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static Command Create()
    {
        var data = new Option<DirectoryInfo>("--data") { Description = "Data folder of the store to back up; it may be in use by `clues serve`.", Required = true };
        var output = new Option<DirectoryInfo>("--out") { Description = "New (or empty) folder for the backup.", Required = true };
        var json = CommonOptions.Json();
        var command = new Command(
            "backup",
            "Back up a store, even while `clues serve` runs on it: every SQLite file (graph.db, sealed.db, audit.db, ...) through SQLite's online backup, " +
            "the audit anchor, and a manifest.json with each file's SHA-256 and the store's counts. Keys are not copied; back up the keys folder separately.")
        {
            data, output, json,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            BackupManifest manifest;
            try
            {
                manifest = await StoreBackup.CreateAsync(parse.GetValue(data)!.FullName, parse.GetValue(output)!.FullName, cancellationToken);
            }
            catch (BackupException e)
            {
                await Console.Error.WriteLineAsync(e.Message);
                return 2;
            }

            if (parse.GetValue(json))
            {
                Console.WriteLine(manifest.ToJson());
            }
            else
            {
                Console.WriteLine($"Backed up {manifest.Source} to {parse.GetValue(output)!.FullName}");
                foreach (var file in manifest.Files)
                {
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {file.Name,-14} {file.Bytes,14:N0} bytes  sha256 {file.Sha256}"));
                }

                var stats = manifest.Stats;
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"nodes: {stats.Nodes:N0}, relationships: {stats.Relationships:N0}, audit entries: {stats.AuditEntries:N0} (head {stats.AuditHead})"));
            }

            if (manifest.Stats.AuditProblem is { } problem)
            {
                await Console.Error.WriteLineAsync("warning: the backed-up audit log does not verify: " + problem);
            }

            return 0;
        });
        return command;
    }

    public static Command CreateRestore()
    {
        var backup = new Argument<DirectoryInfo>("backup") { Description = "A backup folder made by `clues backup`." };
        var data = new Option<DirectoryInfo>("--data") { Description = "Data folder to restore into; must be empty or missing unless --force.", Required = true };
        var force = new Option<bool>("--force") { Description = "Replace the store files in a non-empty data folder (refused while a store has it open)." };
        var keys = new Option<DirectoryInfo?>("--keys") { Description = "Keys folder holding audit.key, to check the restored audit anchor's signature. Default: <data>-keys when it holds one." };
        var json = CommonOptions.Json();
        var command = new Command(
            "restore",
            "Restore a backup: checks every file's SHA-256 against the manifest before touching the target, copies the files in, then opens the " +
            "restored store and verifies its node and relationship counts and its audit chain. Exit code 0 when all match, 1 when not, 2 when refused.")
        {
            backup, data, force, keys, json,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var target = parse.GetValue(data)!;
            RestoreReport report;
            try
            {
                using var key = AuditCommand.LoadKey(target, parse.GetValue(keys));
                report = await StoreRestore.RestoreAsync(parse.GetValue(backup)!.FullName, target.FullName, parse.GetValue(force), key, cancellationToken);
            }
            catch (Exception e) when (e is BackupException or InvalidOperationException)
            {
                await Console.Error.WriteLineAsync(e.Message);
                return 2;
            }

            var stats = report.Manifest.Stats;
            if (parse.GetValue(json))
            {
                Console.WriteLine(JsonSerializer.Serialize(new Dictionary<string, object?>
                {
                    ["matches"] = report.Matches,
                    ["nodes"] = report.Nodes,
                    ["relationships"] = report.Relationships,
                    ["auditEntries"] = report.Audit.Entries,
                    ["auditHead"] = report.Audit.HeadHash,
                    ["auditProblem"] = report.Audit.Problem,
                    ["manifest"] = stats,
                }, Json));
            }
            else
            {
                Console.WriteLine($"Restored {report.Manifest.Files.Count} files (taken {report.Manifest.CreatedAt:yyyy-MM-dd HH:mm:ss}Z from {report.Manifest.Source}) into {target.FullName}");
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"nodes: {report.Nodes:N0} (backup {stats.Nodes:N0}), relationships: {report.Relationships:N0} (backup {stats.Relationships:N0})"));
                Console.WriteLine(report.Audit.IsIntact
                    ? string.Create(CultureInfo.InvariantCulture, $"audit: OK, {report.Audit.Entries} entries, head {report.Audit.HeadHash}")
                    : $"audit: FAILED ({report.Audit.Fault}): {report.Audit.Problem}");
                Console.WriteLine(report.Matches ? "The restored store matches the backup." : "The restored store does NOT match the backup's manifest.");
            }

            return report.Matches ? 0 : 1;
        });
        return command;
    }
}
