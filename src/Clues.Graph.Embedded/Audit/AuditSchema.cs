using Microsoft.Data.Sqlite;

namespace Clues.Graph.Embedded.Audit;

/// <summary>
/// audit.db's layout. The triggers refuse UPDATE and DELETE through SQLite; someone editing the file by other
/// means is caught by the hash chain instead.
/// </summary>
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
            hash       TEXT NOT NULL
        );
        CREATE INDEX IF NOT EXISTS audit_target ON audit (target_id);
        CREATE INDEX IF NOT EXISTS audit_user ON audit (user_id);
        CREATE TRIGGER IF NOT EXISTS audit_no_update BEFORE UPDATE ON audit
            BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
        CREATE TRIGGER IF NOT EXISTS audit_no_delete BEFORE DELETE ON audit
            BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
        """;

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
