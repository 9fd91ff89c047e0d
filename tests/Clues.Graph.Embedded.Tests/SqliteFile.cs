using Microsoft.Data.Sqlite;

namespace Clues.Graph.Embedded.Tests;

/// <summary>Looks at graph.db directly, behind the store's back, to check what really reached disk.</summary>
internal static class SqliteFile
{
    public static long Count(string databaseFile, string sql)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = databaseFile, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        connection.Open();
        using SqliteCommand command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)command.ExecuteScalar()!;
    }
}
