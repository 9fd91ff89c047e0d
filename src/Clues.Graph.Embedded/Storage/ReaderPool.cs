using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;

namespace Clues.Graph.Embedded.Storage;

/// <summary>Read connections handed to one caller at a time; a few are kept so hot reads skip opening and preparing.</summary>
internal sealed class ReaderPool : IDisposable
{
    private const int MaxIdle = 16;
    private readonly ConcurrentBag<ReaderConnection> _idle = [];
    private readonly string _connectionString;
    private volatile bool _disposed;

    public ReaderPool(string connectionString) => _connectionString = connectionString;

    public ReaderConnection Rent()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (_idle.TryTake(out ReaderConnection? reader))
        {
            return reader;
        }

        var connection = new SqliteConnection(_connectionString);
        connection.Open();
        return new ReaderConnection(connection);
    }

    public void Return(ReaderConnection reader)
    {
        reader.Use(null);
        if (_disposed || _idle.Count >= MaxIdle)
        {
            reader.Dispose();
            return;
        }

        _idle.Add(reader);
        if (_disposed && _idle.TryTake(out ReaderConnection? late))
        {
            late.Dispose();
        }
    }

    public void Dispose()
    {
        _disposed = true;
        while (_idle.TryTake(out ReaderConnection? reader))
        {
            reader.Dispose();
        }
    }
}
