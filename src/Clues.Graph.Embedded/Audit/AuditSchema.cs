using Microsoft.Data.Sqlite;

namespace Clues.Graph.Embedded.Audit;

/// <summary>
/// audit.db's layout. The triggers refuse UPDATE and DELETE through SQLite; someone editing the file by other
/// means is caught by the hash chain instead.
/// </summary>
/// <remarks>
/// <c>operation</c> and <c>field_path</c> came later: <see cref="Upgrade"/> adds them to a file made before, and
/// readers that must not write (the verifier, <c>clues audit tail</c>) read such a file through
/// <see cref="EntryColumns"/>, which stands in nulls for them.
/// </remarks>
internal static class AuditSchema
{
    public const string Create = """
        CREATE TABLE IF NOT EXISTS audit (
            seq        INTEGER PRIMARY KEY,
            user_id    TEXT NOT NULL,
            at         TEXT NOT NULL,
            action     TEXT NOT NULL,
            target_id  TEXT,
            reason     TEXT,
            request_id TEXT,
            prev_hash  TEXT NOT NULL,
            hash       TEXT NOT NULL,
            operation  TEXT,
            field_path TEXT
        );
        CREATE INDEX IF NOT EXISTS audit_target ON audit (target_id);
        CREATE INDEX IF NOT EXISTS audit_user ON audit (user_id);
        CREATE TRIGGER IF NOT EXISTS audit_no_update BEFORE UPDATE ON audit
            BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
        CREATE TRIGGER IF NOT EXISTS audit_no_delete BEFORE DELETE ON audit
            BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
        """;

    /// <summary>The columns added after the first layout, in the order they were added.</summary>
    private static readonly string[] AddedColumns = ["operation", "field_path"];

    /// <summary>Adds the columns a file made by an older layout lacks; nothing to do for a current one.</summary>
    public static void Upgrade(SqliteConnection connection)
    {
        var present = Columns(connection);
        var missing = AddedColumns.Where(c => !present.Contains(c)).ToList();
        if (missing.Count == 0)
        {
            return;
        }

        // One transaction, so a crash mid-upgrade leaves the old layout rather than half of the new one.
        using var transaction = connection.BeginTransaction();
        foreach (var column in missing)
        {
            using var alter = connection.CreateCommand();
            alter.Transaction = transaction;
            alter.CommandText = $"ALTER TABLE audit ADD COLUMN {column} TEXT;";
            alter.ExecuteNonQuery();
        }

        transaction.Commit();
    }

    /// <summary>
    /// The select list of an entry's fields, <c>user_id</c> to <c>field_path</c>, with <c>NULL</c> for columns an
    /// older file lacks; empty when the file has no audit table.
    /// </summary>
    public static string EntryColumns(SqliteConnection connection, SqliteTransaction? transaction = null)
    {
        var present = Columns(connection, transaction);
        if (present.Count == 0)
        {
            return string.Empty;
        }

        var added = AddedColumns.Select(c => present.Contains(c) ? c : "NULL AS " + c);
        return "user_id, at, action, target_id, reason, request_id, " + string.Join(", ", added);
    }

    private static HashSet<string> Columns(SqliteConnection connection, SqliteTransaction? transaction = null)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT name FROM pragma_table_info('audit')";
        using var rows = command.ExecuteReader();
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        while (rows.Read())
        {
            names.Add(rows.GetString(0));
        }

        return names;
    }

    public static SqliteConnection Open(string path)
    {
        Storage.SqliteSchema.InitialiseProvider();
        var connection = new SqliteConnection(Storage.SqliteSchema.ConnectionString(path));
        connection.Open();
        Execute(connection, "PRAGMA journal_mode = WAL;");
        // FULL: a committed audit entry survives power loss, which is the promise AppendAsync makes.
        Execute(connection, "PRAGMA synchronous = FULL;");
        Execute(connection, "PRAGMA busy_timeout = 5000;");
        return connection;
    }

    public static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
