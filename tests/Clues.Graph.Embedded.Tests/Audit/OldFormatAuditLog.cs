using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Data.Sqlite;

namespace Clues.Graph.Embedded.Tests.Audit;

/// <summary>
/// Writes audit.db as the service did before entries named their GraphQL operation and field path: the nine-column
/// table, the append-only triggers, and the hash rule of that time, written out here independently of
/// <c>AuditChain</c> so that a change of the current rule cannot make an old file verify by accident.
/// </summary>
internal static class OldFormatAuditLog
{
    private const string Layout = """
        CREATE TABLE audit (
            seq        INTEGER PRIMARY KEY,
            user_id    TEXT NOT NULL,
            at         TEXT NOT NULL,
            action     TEXT NOT NULL,
            target_id  TEXT,
            reason     TEXT,
            request_id TEXT,
            prev_hash  TEXT NOT NULL,
            hash       TEXT NOT NULL
        );
        CREATE INDEX audit_target ON audit (target_id);
        CREATE INDEX audit_user ON audit (user_id);
        CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit
            BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
        CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit
            BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
        """;

    /// <summary>Creates <paramref name="auditFile"/> with <paramref name="entries"/> entries (one with null target, reason and request id) and returns the last hash.</summary>
    public static string Create(string auditFile, int entries)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = auditFile, Pooling = false }.ToString());
        connection.Open();
        using (var create = connection.CreateCommand())
        {
            create.CommandText = Layout;
            create.ExecuteNonQuery();
        }

        var previous = new string('0', 64);
        for (var seq = 1; seq <= entries; seq++)
        {
            var at = new DateTime(2025, 6, 1, 8, 0, 0, DateTimeKind.Utc).AddMinutes(seq).ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);
            string?[] fields = seq == 2
                ? ["old-user", at, "ReadAudit", null, null, null]
                : ["old-user", at, "ReadClue", "clue:" + seq, "旧日志 " + seq, "req-" + seq];
            var hash = OldHash(previous, seq, fields);
            using var insert = connection.CreateCommand();
            insert.CommandText = """
                INSERT INTO audit (seq, user_id, at, action, target_id, reason, request_id, prev_hash, hash)
                VALUES ($seq, $user, $at, $action, $target, $reason, $request, $prev, $hash)
                """;
            insert.Parameters.AddWithValue("$seq", seq);
            insert.Parameters.AddWithValue("$user", fields[0]);
            insert.Parameters.AddWithValue("$at", fields[1]);
            insert.Parameters.AddWithValue("$action", fields[2]);
            insert.Parameters.AddWithValue("$target", (object?)fields[3] ?? DBNull.Value);
            insert.Parameters.AddWithValue("$reason", (object?)fields[4] ?? DBNull.Value);
            insert.Parameters.AddWithValue("$request", (object?)fields[5] ?? DBNull.Value);
            insert.Parameters.AddWithValue("$prev", previous);
            insert.Parameters.AddWithValue("$hash", hash);
            insert.ExecuteNonQuery();
            previous = hash;
        }

        return previous;
    }

    /// <summary>The column names of the audit table as the file holds it now.</summary>
    public static List<string> Columns(string auditFile)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = auditFile, Pooling = false, Mode = SqliteOpenMode.ReadOnly }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT name FROM pragma_table_info('audit') ORDER BY cid";
        using var rows = command.ExecuteReader();
        var names = new List<string>();
        while (rows.Read())
        {
            names.Add(rows.GetString(0));
        }

        return names;
    }

    /// <summary>The old rule: SHA-256 over the previous hash, the sequence and six length-prefixed fields ("-" for null).</summary>
    private static string OldHash(string previous, long sequence, string?[] fields)
    {
        var text = new StringBuilder().Append(previous).Append('\n').Append(sequence.ToString(CultureInfo.InvariantCulture)).Append('\n');
        foreach (var field in fields)
        {
            text.Append(field is null ? "-" : field.Length.ToString(CultureInfo.InvariantCulture) + ":" + field).Append('\n');
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }
}
