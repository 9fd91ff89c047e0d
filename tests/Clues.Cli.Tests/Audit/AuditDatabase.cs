using Microsoft.Data.Sqlite;

namespace Clues.Cli.Tests.Audit;

/// <summary>Direct access to an audit.db file, as someone with the file (not the service) would edit it.</summary>
internal static class AuditDatabase
{
    public static SqliteConnection Open(string auditFile)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = auditFile, Pooling = false }.ToString());
        connection.Open();
        return connection;
    }

    /// <summary>Runs <paramref name="sql"/> after dropping the triggers that keep the log append-only.</summary>
    public static void Tamper(string auditFile, string sql)
    {
        using var connection = Open(auditFile);
        using var command = connection.CreateCommand();
        command.CommandText = "DROP TRIGGER audit_no_update; DROP TRIGGER audit_no_delete; " + sql;
        command.ExecuteNonQuery();
    }
}
