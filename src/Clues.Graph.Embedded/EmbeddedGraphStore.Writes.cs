using Clues.Core.Graph;
using Clues.Graph.Embedded.Memory;
using Clues.Graph.Embedded.Storage;
using Clues.Graph.Embedded.Writes;
using Microsoft.Data.Sqlite;

namespace Clues.Graph.Embedded;

public sealed partial class EmbeddedGraphStore
{
    private static readonly WriteResult NothingWritten = new(0, 0, 0, 0, 0, 0);

    // A row written dirties its table page and a page of each index (ids, keys, ends): about 3–4 log frames, so 256
    // rows come near SQLite's own default of a checkpoint per 1,000 frames.
    private const int CheckpointEveryRows = 256;

    private readonly ChangeLog _changes = new();
    private long _dataVersion;
    private int _rowsSinceCheckpoint;

    /// <inheritdoc />
    public long DataVersion => Interlocked.Read(ref _dataVersion);

    /// <inheritdoc />
    public bool TryGetChangedNodes(long sinceVersion, out long version, out IReadOnlyCollection<string> nodeIds) =>
        _changes.TryGetSince(sinceVersion, out version, out nodeIds);

    /// <inheritdoc />
    public async Task<WriteResult> WriteAsync(GraphBatch batch, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(batch);
        ThrowIfDisposed();
        if (batch.IsEmpty)
        {
            return NothingWritten;
        }

        await _writeGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            ThrowIfDisposed();

            // Holding the gate means no other writer changes the index, so planning may read it
            // without the read lock: readers only read, and we are the only writer.
            BatchPlan plan = new BatchPlanner(_graph, FindKeyOwner).Plan(batch);
            Commit(plan, TouchedNodes(plan), cancellationToken);
            CheckpointIfDue(plan.Nodes.Count + plan.Relationships.Count + plan.DeletedNodes.Count + plan.DeletedEdges.Count);
            return plan.Result();
        }
        finally
        {
            _writeGate.Release();
        }
    }

    /// <summary>Checkpoints of the write-ahead log that failed (the log then grows until one succeeds); for tests and diagnostics.</summary>
    internal int CheckpointFailures { get; private set; }

    /// <summary>
    /// Copies the write-ahead log into the database file once enough rows went into it since the last time, so the log
    /// stays small. Runs after the commit has left the index's write lock (readers go on meanwhile) and still inside the
    /// write gate (no writer adds to the log meanwhile). Passive: it never waits for readers, and what a reader still
    /// needs is copied next time.
    /// </summary>
    private void CheckpointIfDue(int rows)
    {
        _rowsSinceCheckpoint += rows;
        if (_rowsSinceCheckpoint < CheckpointEveryRows)
        {
            return;
        }

        _rowsSinceCheckpoint = 0;
        try
        {
            SqliteSchema.Execute(_writer.Connection, "PRAGMA wal_checkpoint(PASSIVE);");
        }
        catch (SqliteException)
        {
            // The batch is committed and stays so; the next checkpoint copies what this one could not.
            CheckpointFailures++;
        }
    }

    private int FindKeyOwner(string keyText)
    {
        _writer.KeyOwner.Use(null);
        object? nid = _writer.KeyOwner.Set(0, keyText).Scalar();
        return nid is long value ? (int)value - 1 : -1;
    }

    /// <summary>
    /// The ids of the nodes the plan writes, deletes or links, for the change log; null when there are more than it
    /// keeps. Read before the plan is applied, while deleted nodes and the old ends of moved edges still have ids.
    /// </summary>
    private HashSet<string>? TouchedNodes(BatchPlan plan)
    {
        if (plan.Nodes.Count + plan.DeletedNodes.Count + (2 * (plan.Relationships.Count + plan.DeletedEdges.Count)) > ChangeLog.MaxIdsPerWrite * 2)
        {
            return null;
        }

        var ids = new HashSet<string>(StringComparer.Ordinal);
        void AddSlot(int slot)
        {
            if (slot >= 0 && slot < _graph.NodeSlotCount && _graph.NodeIds[slot] is { } id)
            {
                ids.Add(id);
            }
        }

        foreach (int edge in plan.DeletedEdges)
        {
            AddSlot(_graph.EdgeStart[edge]);
            AddSlot(_graph.EdgeEnd[edge]);
        }

        foreach (int node in plan.DeletedNodes)
        {
            AddSlot(node);
        }

        foreach (NodeOp op in plan.Nodes)
        {
            ids.Add(op.Record.Id);
        }

        foreach (RelOp op in plan.Relationships)
        {
            ids.Add(op.Record.StartId);
            ids.Add(op.Record.EndId);
            if (!op.IsNew)
            {
                AddSlot(_graph.EdgeStart[op.Slot]);
                AddSlot(_graph.EdgeEnd[op.Slot]);
            }
        }

        return ids;
    }

    private void Commit(BatchPlan plan, HashSet<string>? touched, CancellationToken cancellationToken)
    {
        SqliteTransaction transaction = _writer.Connection.BeginTransaction(deferred: false);
        try
        {
            _writer.Use(transaction);
            WriteRows(plan, cancellationToken);

            // Commit and index update happen under the write lock, so a reader never sees SQLite
            // and the index disagree, and never sees part of a batch in either.
            _indexLock.EnterWriteLock();
            try
            {
                transaction.Commit();
                ApplyToIndex(plan);

                // Raised only once the index shows the batch: a reader that sees the new version is then
                // guaranteed to read the new data, so nothing computed from old data is filed under it.
                _changes.Record(Interlocked.Increment(ref _dataVersion), touched);
            }
            finally
            {
                _indexLock.ExitWriteLock();
            }
        }
        catch (SqliteException ex)
        {
            RollBack(transaction);
            throw new GraphStoreException(
                $"The batch could not be written to SQLite ({ex.SqliteErrorCode}: {ex.Message}); nothing was written. " +
                "Check disk space and file permissions, then retry the batch.", ex);
        }
        catch
        {
            RollBack(transaction);
            throw;
        }
        finally
        {
            _writer.Use(null);
            transaction.Dispose();
        }
    }

    private static void RollBack(SqliteTransaction transaction)
    {
        try
        {
            transaction.Rollback();
        }
        catch (InvalidOperationException)
        {
            // Already committed or completed: nothing to undo.
        }
        catch (SqliteException)
        {
            // SQLite rolls back by itself when the connection is lost.
        }
    }

    private void WriteRows(BatchPlan plan, CancellationToken cancellationToken)
    {
        int step = 0;
        foreach (int edge in plan.DeletedEdges)
        {
            _writer.DeleteRelationship.Set(0, edge + 1L).Execute();
        }

        foreach (int node in plan.DeletedNodes)
        {
            _writer.DeleteNode.Set(0, node + 1L).Execute();
        }

        foreach (int node in plan.ReleasedKeys)
        {
            _writer.ClearNodeKey.Set(0, node + 1L).Execute();
        }

        foreach (NodeOp op in plan.Nodes)
        {
            if ((++step & 1023) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            NodeRecord node = op.Record;
            if (op.IsNew)
            {
                _writer.InsertNode
                    .Set(0, op.Slot + 1L)
                    .Set(1, node.Id)
                    .Set(2, (int)node.Label)
                    .Set(3, node.Name)
                    .Set(4, op.KeyText)
                    .Set(5, RecordCodec.Json(node.Properties))
                    .Execute();
            }
            else
            {
                _writer.UpdateNode
                    .Set(0, op.Slot + 1L)
                    .Set(1, node.Name)
                    .Set(2, op.KeyText)
                    .Set(3, RecordCodec.Json(node.Properties))
                    .Execute();
            }
        }

        foreach (RelOp op in plan.Relationships)
        {
            if ((++step & 1023) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            RelationshipRecord rel = op.Record;
            PreparedCommand command = op.IsNew ? _writer.InsertRelationship : _writer.UpdateRelationship;
            int at = 0;
            command.Set(at++, op.Slot + 1L);
            if (op.IsNew)
            {
                command.Set(at++, rel.Id);
            }

            command
                .Set(at++, (int)rel.Type)
                .Set(at++, op.StartSlot + 1L)
                .Set(at++, op.EndSlot + 1L)
                .Set(at++, rel.ValidFrom?.DayNumber)
                .Set(at++, rel.ValidTo?.DayNumber)
                .Set(at, RecordCodec.Json(rel.Properties))
                .Execute();
        }

        cancellationToken.ThrowIfCancellationRequested();
    }

    private void ApplyToIndex(BatchPlan plan)
    {
        foreach (int edge in plan.DeletedEdges)
        {
            _graph.RemoveEdge(edge);
        }

        foreach (int node in plan.DeletedNodes)
        {
            _graph.RemoveNode(node);
        }

        foreach (NodeOp op in plan.Nodes)
        {
            if (op.IsNew)
            {
                _graph.AddNode(op.Slot, op.Record.Id, (byte)op.Record.Label, op.Record.Name);
            }
            else
            {
                _graph.RenameNode(op.Slot, op.Record.Name);
            }
        }

        foreach (RelOp op in plan.Relationships)
        {
            if (op.IsNew)
            {
                _graph.AddEdge(op.Slot, op.Record.Id, (byte)op.Record.Type, op.StartSlot, op.EndSlot, op.ValidFrom, op.ValidTo);
            }
            else
            {
                _graph.UpdateEdge(op.Slot, (byte)op.Record.Type, op.StartSlot, op.EndSlot, op.ValidFrom, op.ValidTo);
            }
        }
    }
}
