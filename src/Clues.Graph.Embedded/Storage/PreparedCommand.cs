using Microsoft.Data.Sqlite;

namespace Clues.Graph.Embedded.Storage;

/// <summary>
/// A command compiled once and run many times with new parameter values: bulk loads spend their
/// time in SQLite's B-trees, not in re-parsing SQL.
/// </summary>
internal sealed class PreparedCommand : IDisposable
{
    private readonly SqliteCommand _command;
    private readonly SqliteParameter[] _parameters;

    public PreparedCommand(SqliteConnection connection, string sql, params string[] parameterNames)
    {
        _command = connection.CreateCommand();
        _command.CommandText = sql;
        _parameters = new SqliteParameter[parameterNames.Length];
        for (int i = 0; i < parameterNames.Length; i++)
        {
            _parameters[i] = _command.Parameters.Add(new SqliteParameter(parameterNames[i], DBNull.Value));
        }

        _command.Prepare();
    }

    /// <summary>Sets parameter <paramref name="index"/> (in the order named at construction); null becomes SQL NULL.</summary>
    public PreparedCommand Set(int index, object? value)
    {
        _parameters[index].Value = value ?? DBNull.Value;
        return this;
    }

    /// <summary>Binds the command to the connection's current transaction (or none); Microsoft.Data.Sqlite insists on it.</summary>
    public void Use(SqliteTransaction? transaction) => _command.Transaction = transaction;

    public int Execute() => _command.ExecuteNonQuery();

    public object? Scalar() => _command.ExecuteScalar();

    public SqliteDataReader Reader() => _command.ExecuteReader();

    public void Dispose() => _command.Dispose();
}
