using System.CommandLine;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Clues.Graph.Embedded.Audit;
using Microsoft.Data.Sqlite;

namespace Clues.Cli.Commands;

/// <summary><c>clues audit verify</c> and <c>clues audit tail</c>: check the audit log's chain and anchor, show its last entries.</summary>
internal static class AuditCommand
{
    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static Command Create()
    {
        var command = new Command("audit", "Check the audit log (audit.db) and read its last entries.");
        command.Subcommands.Add(CreateVerify());
        command.Subcommands.Add(CreateTail());
        return command;
    }

    /// <summary>The audit key to check the anchor's signature with: --keys, else the default keys folder when it holds one.</summary>
    internal static AuditAnchorKey? LoadKey(DirectoryInfo data, DirectoryInfo? keys)
    {
        if (keys is not null)
        {
            return AuditAnchorKey.Load(Path.Combine(keys.FullName, AuditAnchorKey.FileName));
        }

        var fallback = Path.Combine(Path.TrimEndingDirectorySeparator(data.FullName) + "-keys", AuditAnchorKey.FileName);
        return File.Exists(fallback) ? AuditAnchorKey.Load(fallback) : null;
    }

    private static Command CreateVerify()
    {
        var data = CommonOptions.Data();
        var keys = KeysOption();
        var json = CommonOptions.Json();
        var command = new Command(
            "verify",
            "Recompute the audit log's hash chain and compare its end with the anchor (audit.head). Prints OK with the entry count and head hash, " +
            "or the first bad entry and what is wrong with it (edited, missing, reordered, truncated, rewritten). Exit code 0 when it verifies, 1 when not.")
        {
            data, keys, json,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var dir = parse.GetValue(data)!;
            var auditFile = Path.Combine(dir.FullName, "audit.db");
            if (!Directory.Exists(dir.FullName))
            {
                await Console.Error.WriteLineAsync($"No data folder at '{dir.FullName}'. Check --data.");
                return 2;
            }

            AuditAnchorKey? key;
            try
            {
                key = LoadKey(dir, parse.GetValue(keys));
            }
            catch (InvalidOperationException e)
            {
                await Console.Error.WriteLineAsync(e.Message);
                return 2;
            }

            AuditCheck check;
            using (key)
            {
                check = await AuditVerifier.VerifyAsync(auditFile, key, cancellationToken);
            }

            if (parse.GetValue(json))
            {
                Console.WriteLine(JsonSerializer.Serialize(ToJson(check, key is not null), Json));
            }
            else if (check.IsIntact)
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"OK: {check.Entries} entries, head {check.HeadHash}"));
                if (check.Anchor is { } anchor)
                {
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"anchor: entry {anchor.Sequence}, written {anchor.WrittenAt:yyyy-MM-dd HH:mm:ss}Z, {(anchor.IsSigned ? (key is null ? $"signed by key {anchor.KeyId} (not checked)" : $"signature checked with key {anchor.KeyId}") : "unsigned")}"));
                }

                foreach (var note in check.Notes)
                {
                    Console.WriteLine("note: " + note);
                }
            }
            else
            {
                Console.WriteLine(check.FirstBadSequence is { } bad
                    ? string.Create(CultureInfo.InvariantCulture, $"FAILED: {check.Fault} at entry {bad}: {check.Problem}")
                    : $"FAILED: {check.Fault}: {check.Problem}");
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"the first {check.Entries} entries verify (head {check.HeadHash})"));
            }

            return check.IsIntact ? 0 : 1;
        });
        return command;
    }

    private static Command CreateTail()
    {
        var data = CommonOptions.Data();
        var count = new Option<int>("-n", "--lines") { Description = "How many of the last entries to show (1 to 1000).", DefaultValueFactory = _ => 20 };
        var json = CommonOptions.Json();
        var command = new Command(
            "tail",
            "Show the last entries of the audit log: sequence, when (UTC), who, what, target, the GraphQL operation and field path that caused it, purpose and request id. " +
            "The log never holds clue contents, so neither does this.")
        {
            data, count, json,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var dir = parse.GetValue(data)!;
            var n = parse.GetValue(count);
            if (n is < 1 or > 1000)
            {
                await Console.Error.WriteLineAsync("-n must be between 1 and 1000.");
                return 2;
            }

            var auditFile = Path.Combine(dir.FullName, "audit.db");
            if (!File.Exists(auditFile))
            {
                await Console.Error.WriteLineAsync($"No audit log at '{auditFile}'. Check --data; the service creates audit.db when it first runs.");
                return 2;
            }

            var rows = await ReadTailAsync(auditFile, n, cancellationToken);
            if (parse.GetValue(json))
            {
                Console.WriteLine(JsonSerializer.Serialize(rows, Json));
                return 0;
            }

            foreach (var row in rows)
            {
                var via = row["operation"] is null && row["fieldPath"] is null ? "-" : $"[{row["operation"] ?? "-"}: {row["fieldPath"] ?? "-"}]";
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{row["seq"],8}  {row["at"]}  {row["user"],-20} {row["action"],-28} {row["target"] ?? "-",-36} {via} {row["purpose"] ?? "-"}"));
            }

            return 0;
        });
        return command;
    }

    private static async Task<List<Dictionary<string, object?>>> ReadTailAsync(string auditFile, int n, CancellationToken cancellationToken)
    {
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = auditFile, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        await connection.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();

        // A log the service has not opened since the operation and field path were added lacks their columns.
        command.CommandText = "SELECT count(*) FROM pragma_table_info('audit') WHERE name IN ('operation', 'field_path')";
        var graphQLColumns = Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture) == 2
            ? "operation, field_path"
            : "NULL, NULL";
        command.CommandText = $"SELECT seq, at, user_id, action, target_id, reason, request_id, {graphQLColumns} FROM (SELECT * FROM audit ORDER BY seq DESC LIMIT $n) ORDER BY seq";
        command.Parameters.AddWithValue("$n", n);
        var rows = new List<Dictionary<string, object?>>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(new Dictionary<string, object?>
            {
                ["seq"] = reader.GetInt64(0),
                ["at"] = reader.GetString(1),
                ["user"] = reader.GetString(2),
                ["action"] = reader.GetString(3),
                ["target"] = reader.IsDBNull(4) ? null : reader.GetString(4),
                ["purpose"] = reader.IsDBNull(5) ? null : reader.GetString(5),
                ["request"] = reader.IsDBNull(6) ? null : reader.GetString(6),
                ["operation"] = reader.IsDBNull(7) ? null : reader.GetString(7),
                ["fieldPath"] = reader.IsDBNull(8) ? null : reader.GetString(8),
            });
        }

        return rows;
    }

    private static Option<DirectoryInfo?> KeysOption() => new("--keys")
    {
        Description = "Keys folder holding audit.key, to check the anchor's signature. Default: <data>-keys beside the data folder, when it holds audit.key.",
    };

    private static Dictionary<string, object?> ToJson(AuditCheck check, bool keyGiven) => new()
    {
        ["ok"] = check.IsIntact,
        ["entries"] = check.Entries,
        ["head"] = check.HeadHash,
        ["fault"] = check.Fault?.ToString(),
        ["firstBad"] = check.FirstBadSequence,
        ["problem"] = check.Problem,
        ["anchor"] = check.Anchor is { } a
            ? new Dictionary<string, object?> { ["sequence"] = a.Sequence, ["hash"] = a.Hash, ["since"] = a.Since, ["writtenAt"] = a.WrittenAt, ["signed"] = a.IsSigned, ["signatureChecked"] = keyGiven && a.IsSigned }
            : null,
        ["notes"] = check.Notes,
    };
}
