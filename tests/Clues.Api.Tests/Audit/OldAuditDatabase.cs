using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Data.Sqlite;

namespace Clues.Api.Tests.Audit;

/// <summary>
/// An audit.db as the service wrote it before entries named their GraphQL operation and field path: the old
/// nine-column table with its triggers, hashed by the old rule (written out here, not borrowed from the service).
/// </summary>
internal static class OldAuditDatabase
{
    public static void Create(string auditFile, int entries)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(auditFile)!);
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = auditFile, Pooling = false }.ToString());
        connection.Open();
        using (var create = connection.CreateCommand())
        {
            create.CommandText = """
                CREATE TABLE audit (seq INTEGER PRIMARY KEY, user_id TEXT NOT NULL, at TEXT NOT NULL, action TEXT NOT NULL,
                    target_id TEXT, reason TEXT, request_id TEXT, prev_hash TEXT NOT NULL, hash TEXT NOT NULL);
                CREATE INDEX audit_target ON audit (target_id);
                CREATE INDEX audit_user ON audit (user_id);
                CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
                CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
                """;
            create.ExecuteNonQuery();
        }

        var previous = new string('0', 64);
        for (var seq = 1; seq <= entries; seq++)
        {
            string?[] fields = ["before-upgrade", $"2025-12-0{1 + (seq % 9)}T02:00:00.0000000Z", "ReadClue", "clue-old-" + seq, seq % 2 == 0 ? null : "初核", "req-old-" + seq];
            var text = new StringBuilder().Append(previous).Append('\n').Append(seq.ToString(CultureInfo.InvariantCulture)).Append('\n');
            foreach (var field in fields)
            {
                text.Append(field is null ? "-" : $"{field.Length.ToString(CultureInfo.InvariantCulture)}:{field}").Append('\n');
            }

            var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
            using var insert = connection.CreateCommand();
            insert.CommandText = "INSERT INTO audit VALUES ($seq, $user, $at, $action, $target, $reason, $request, $prev, $hash)";
            insert.Parameters.AddWithValue("$seq", seq);
            insert.Parameters.AddWithValue("$user", fields[0]);
            insert.Parameters.AddWithValue("$at", fields[1]);
            insert.Parameters.AddWithValue("$action", fields[2]);
            insert.Parameters.AddWithValue("$target", fields[3]);
            insert.Parameters.AddWithValue("$reason", (object?)fields[4] ?? DBNull.Value);
            insert.Parameters.AddWithValue("$request", fields[5]);
            insert.Parameters.AddWithValue("$prev", previous);
            insert.Parameters.AddWithValue("$hash", hash);
            insert.ExecuteNonQuery();
            previous = hash;
        }
    }
}
