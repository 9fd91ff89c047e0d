using Microsoft.Data.Sqlite;

namespace Clues.Graph.Embedded.Storage;

/// <summary>The single connection that writes, with every write statement prepared once.</summary>
internal sealed class WriterConnection : IDisposable
{
    private readonly PreparedCommand[] _all;

    public WriterConnection(SqliteConnection connection)
    {
        Connection = connection;
        InsertNode = new PreparedCommand(connection,
            "INSERT INTO nodes (nid, id, label, name, nkey, props) VALUES ($nid, $id, $label, $name, $nkey, $props)",
            "$nid", "$id", "$label", "$name", "$nkey", "$props");
        UpdateNode = new PreparedCommand(connection,
            "UPDATE nodes SET name = $name, nkey = $nkey, props = $props WHERE nid = $nid",
            "$nid", "$name", "$nkey", "$props");
        ClearNodeKey = new PreparedCommand(connection, "UPDATE nodes SET nkey = NULL WHERE nid = $nid", "$nid");
        DeleteNode = new PreparedCommand(connection, "DELETE FROM nodes WHERE nid = $nid", "$nid");
        KeyOwner = new PreparedCommand(connection, "SELECT nid FROM nodes WHERE nkey = $nkey", "$nkey");
        InsertRelationship = new PreparedCommand(connection,
            "INSERT INTO rels (rid, id, type, start_nid, end_nid, valid_from, valid_to, props) VALUES ($rid, $id, $type, $start, $end, $from, $to, $props)",
            "$rid", "$id", "$type", "$start", "$end", "$from", "$to", "$props");
        UpdateRelationship = new PreparedCommand(connection,
            "UPDATE rels SET type = $type, start_nid = $start, end_nid = $end, valid_from = $from, valid_to = $to, props = $props WHERE rid = $rid",
            "$rid", "$type", "$start", "$end", "$from", "$to", "$props");
        DeleteRelationship = new PreparedCommand(connection, "DELETE FROM rels WHERE rid = $rid", "$rid");
        _all = [InsertNode, UpdateNode, ClearNodeKey, DeleteNode, KeyOwner, InsertRelationship, UpdateRelationship, DeleteRelationship];
    }

    public SqliteConnection Connection { get; }

    /// <summary>Parameters: nid, id, label, name, nkey, props.</summary>
    public PreparedCommand InsertNode { get; }

    /// <summary>Parameters: nid, name, nkey, props.</summary>
    public PreparedCommand UpdateNode { get; }

    /// <summary>Parameters: nid.</summary>
    public PreparedCommand ClearNodeKey { get; }

    /// <summary>Parameters: nid.</summary>
    public PreparedCommand DeleteNode { get; }

    /// <summary>Parameters: nkey. Returns the owner's nid or null.</summary>
    public PreparedCommand KeyOwner { get; }

    /// <summary>Parameters: rid, id, type, start, end, from, to, props.</summary>
    public PreparedCommand InsertRelationship { get; }

    /// <summary>Parameters: rid, type, start, end, from, to, props.</summary>
    public PreparedCommand UpdateRelationship { get; }

    /// <summary>Parameters: rid.</summary>
    public PreparedCommand DeleteRelationship { get; }

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
