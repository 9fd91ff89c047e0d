using Microsoft.Data.Sqlite;

namespace Clues.Graph.Embedded.Tests.Audit;

/// <summary>Edits a closed audit.db the way an intruder with file access would: triggers dropped, rows changed with plain SQL.</summary>
internal static class AuditTamper
{
    public static void Run(string auditFile, string sql, params (string Name, object Value)[] parameters)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = auditFile, Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "DROP TRIGGER IF EXISTS audit_no_update; DROP TRIGGER IF EXISTS audit_no_delete; " + sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        command.ExecuteNonQuery();
    }

    public static List<(long Sequence, string Previous, string Hash)> Links(string auditFile)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = auditFile, Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT seq, prev_hash, hash FROM audit ORDER BY seq";
        using var rows = command.ExecuteReader();
        var links = new List<(long, string, string)>();
        while (rows.Read())
        {
            links.Add((rows.GetInt64(0), rows.GetString(1), rows.GetString(2)));
        }

        return links;
    }
}
