using Microsoft.Data.Sqlite;

namespace Clues.Graph.Embedded.Storage;

/// <summary>
/// A read connection with its lookups prepared. WAL mode lets these read while the writer writes;
/// each sees the last committed state, so a read never shows half a batch.
/// </summary>
internal sealed class ReaderConnection : IDisposable
{
    private readonly PreparedCommand[] _all;

    public ReaderConnection(SqliteConnection connection)
    {
        Connection = connection;
        NodeById = new PreparedCommand(connection, $"SELECT {RecordCodec.NodeColumns} FROM nodes WHERE id = $id", "$id");
        NodeByKey = new PreparedCommand(connection, $"SELECT {RecordCodec.NodeColumns} FROM nodes WHERE nkey = $nkey", "$nkey");
        RelationshipById = new PreparedCommand(connection, $"SELECT {RecordCodec.RelationshipColumns} WHERE r.id = $id", "$id");
        RelationshipByRid = new PreparedCommand(connection, $"SELECT {RecordCodec.RelationshipColumns} WHERE r.rid = $rid", "$rid");
        ScanNodes = new PreparedCommand(connection,
            "SELECT id, label, name FROM nodes WHERE id > $after ORDER BY id LIMIT $limit", "$after", "$limit");
        ScanNodesOfLabel = new PreparedCommand(connection,
            "SELECT id, label, name FROM nodes WHERE id > $after AND label = $label ORDER BY id LIMIT $limit", "$after", "$label", "$limit");
        Touch = new PreparedCommand(connection, "SELECT nid FROM nodes LIMIT 1");
        _all = [NodeById, NodeByKey, RelationshipById, RelationshipByRid, ScanNodes, ScanNodesOfLabel, Touch];
    }

    public SqliteConnection Connection { get; }

    public PreparedCommand NodeById { get; }

    public PreparedCommand NodeByKey { get; }

    public PreparedCommand RelationshipById { get; }

    public PreparedCommand RelationshipByRid { get; }

    /// <summary>Parameters: after, limit.</summary>
    public PreparedCommand ScanNodes { get; }

    /// <summary>Parameters: after, label, limit.</summary>
    public PreparedCommand ScanNodesOfLabel { get; }

    /// <summary>Reads one row so that an open read transaction pins its snapshot now.</summary>
    public PreparedCommand Touch { get; }

    /// <summary>Starts a read transaction so several lookups see one snapshot.</summary>
    public SqliteTransaction BeginSnapshot()
    {
        SqliteTransaction transaction = Connection.BeginTransaction(deferred: true);
        Use(transaction);
        using (SqliteDataReader reader = Touch.Reader())
        {
            reader.Read();
        }

        return transaction;
    }

    public void Use(SqliteTransaction? transaction)
    {
        foreach (PreparedCommand command in _all)
        {
            command.Use(transaction);
        }
    }

    public void Dispose()
    {
        foreach (PreparedCommand command in _all)
        {
            command.Dispose();
        }

        Connection.Dispose();
    }
}
