using System.Collections.Concurrent;
using Clues.Core.Graph;
using Clues.Graph.Embedded.Memory;
using Clues.Graph.Embedded.Storage;
using Microsoft.Data.Sqlite;

namespace Clues.Graph.Embedded;

/// <summary>
/// The graph store that runs inside the service process: SQLite (one <c>graph.db</c> file, WAL) for
/// durability and properties, and an in-memory index rebuilt on open for traversals and name search.
/// </summary>
/// <remarks>
/// Writes are serialised by a gate; a batch is committed to SQLite and applied to the index while
/// the index's write lock is held, so every read sees a batch entirely or not at all. Reads take the
/// index's read lock only around synchronous in-memory work and never across an await.
/// </remarks>
public sealed partial class EmbeddedGraphStore : IGraphStore, IGraphChangeFeed
{
    private const string LockFileName = "graph.lock";
    private const int MaxIdleScratch = 8;

    private readonly GraphIndex _graph = new();
    private readonly ReaderWriterLockSlim _indexLock = new(LockRecursionPolicy.NoRecursion);
    private readonly SemaphoreSlim _writeGate = new(1, 1);
    private readonly ConcurrentBag<TraversalScratch> _scratch = [];
    private readonly WriterConnection _writer;
    private readonly ReaderPool _readers;
    private readonly FileStream _lockFile;
    private volatile bool _disposed;

    private EmbeddedGraphStore(WriterConnection writer, ReaderPool readers, FileStream lockFile)
    {
        _writer = writer;
        _readers = readers;
        _lockFile = lockFile;
    }

    /// <summary>
    /// Opens (or creates) the store in <see cref="EmbeddedGraphStoreOptions.DataDirectory"/> and rebuilds the
    /// in-memory index from it. Only one store instance may have a directory open at a time.
    /// </summary>
    /// <param name="options">Where the data lives and how hard commits are synced.</param>
    /// <param name="progress">Receives row counts while the index is rebuilt.</param>
    /// <param name="cancellationToken">Stops the rebuild; the store is then closed again.</param>
    /// <returns>The open store; dispose it to close the files.</returns>
    /// <exception cref="GraphStoreException">The directory is in use by another store, or the file has an unknown schema version.</exception>
    public static async Task<EmbeddedGraphStore> OpenAsync(
        EmbeddedGraphStoreOptions options,
        IProgress<StoreOpenProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentException.ThrowIfNullOrWhiteSpace(options.DataDirectory);
        SqliteSchema.InitialiseProvider();
        Directory.CreateDirectory(options.DataDirectory);
        FileStream lockFile = TakeDirectoryLock(options.DataDirectory);
        WriterConnection? writer = null;
        ReaderPool? readers = null;
        try
        {
            string connectionString = SqliteSchema.ConnectionString(Path.Combine(options.DataDirectory, SqliteSchema.FileName));
            var connection = new SqliteConnection(connectionString);
            try
            {
                await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
                SqliteSchema.Prepare(connection, options.SynchronousFull);
            }
            catch
            {
                await connection.DisposeAsync().ConfigureAwait(false);
                throw;
            }

            writer = new WriterConnection(connection);
            readers = new ReaderPool(connectionString);
            var store = new EmbeddedGraphStore(writer, readers, lockFile);

            // The rebuild is a long synchronous scan; keep it off the caller's thread.
            await Task.Run(() => store.RebuildIndex(progress, cancellationToken), cancellationToken).ConfigureAwait(false);
            return store;
        }
        catch
        {
            readers?.Dispose();
            writer?.Dispose();
            await lockFile.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Checkpoints the write-ahead log into <c>graph.db</c> and closes the files. Waits for a running write to finish.</summary>
    /// <returns>A task that completes when the store is closed.</returns>
    public async ValueTask DisposeAsync()
    {
        if (_disposed)
        {
            return;
        }

        await _writeGate.WaitAsync().ConfigureAwait(false);
        try
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
            _readers.Dispose();
            try
            {
                // Fold the WAL into the main file so a closed store is one self-contained file.
                SqliteSchema.Execute(_writer.Connection, "PRAGMA wal_checkpoint(TRUNCATE);");
            }
            catch (SqliteException)
            {
                // A reader still finishing can block the checkpoint; SQLite will checkpoint on next open.
            }

            _writer.Dispose();
            await _lockFile.DisposeAsync().ConfigureAwait(false);
        }
        finally
        {
            _writeGate.Release();
        }
    }

    private static FileStream TakeDirectoryLock(string directory)
    {
        string path = Path.Combine(directory, LockFileName);
        try
        {
            // FileShare.None is an exclusive OS lock that dies with the process, so a killed writer never leaves it behind.
            return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException ex)
        {
            throw new GraphStoreException(
                $"The graph store in '{directory}' is already open (lock file '{path}' is held). " +
                "Close the other store instance or process first; two writers would give each a stale index.", ex);
        }
    }

    private void RebuildIndex(IProgress<StoreOpenProgress>? progress, CancellationToken cancellationToken)
    {
        SqliteConnection connection = _writer.Connection;
        long nodeTotal = SqliteSchema.Scalar(connection, "SELECT count(*) FROM nodes");
        long nodeSlots = SqliteSchema.Scalar(connection, "SELECT max(nid) FROM nodes");
        long edgeTotal = SqliteSchema.Scalar(connection, "SELECT count(*) FROM rels");
        long edgeSlots = SqliteSchema.Scalar(connection, "SELECT max(rid) FROM rels");
        // A quarter to spare. Sized exactly, the first write after opening copied every array of the index and
        // doubled its two id dictionaries (tens of MB for a city, most of it then idle); and each later growth copies
        // them under the write lock (about a second for a million edges), so it should come seldom.
        _graph.Reserve((int)(nodeSlots + (nodeSlots / 4)), (int)(edgeSlots + (edgeSlots / 4)));
        const int ReportEvery = 1 << 16;

        progress?.Report(new StoreOpenProgress("nodes", 0, nodeTotal));
        using (SqliteCommand command = connection.CreateCommand())
        {
            command.CommandText = "SELECT nid, id, label, name FROM nodes";
            using SqliteDataReader reader = command.ExecuteReader();
            long done = 0;
            while (reader.Read())
            {
                _graph.AddNode(
                    (int)reader.GetInt64(0) - 1,
                    reader.GetString(1),
                    (byte)reader.GetInt32(2),
                    reader.IsDBNull(3) ? null : reader.GetString(3));
                if (++done % ReportEvery == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    progress?.Report(new StoreOpenProgress("nodes", done, nodeTotal));
                }
            }

            progress?.Report(new StoreOpenProgress("nodes", done, nodeTotal));
        }

        progress?.Report(new StoreOpenProgress("relationships", 0, edgeTotal));
        using (SqliteCommand command = connection.CreateCommand())
        {
            command.CommandText = "SELECT rid, id, type, start_nid, end_nid, valid_from, valid_to FROM rels";
            using SqliteDataReader reader = command.ExecuteReader();
            long done = 0;
            byte[] labels = _graph.NodeLabels;
            while (reader.Read())
            {
                int start = (int)reader.GetInt64(3) - 1;
                int end = (int)reader.GetInt64(4) - 1;
                string id = reader.GetString(1);
                if (start < 0 || end < 0 || start >= labels.Length || end >= labels.Length || labels[start] == 0 || labels[end] == 0)
                {
                    throw new GraphStoreException(
                        $"The store file is inconsistent: relationship '{id}' points at a node that does not exist. " +
                        "Restore graph.db from a backup or re-import the data.");
                }

                _graph.AddEdge(
                    (int)reader.GetInt64(0) - 1,
                    id,
                    (byte)reader.GetInt32(2),
                    start,
                    end,
                    reader.IsDBNull(5) ? int.MinValue : reader.GetInt32(5),
                    reader.IsDBNull(6) ? int.MaxValue : reader.GetInt32(6),
                    linkNow: false);
                if (++done % ReportEvery == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    progress?.Report(new StoreOpenProgress("relationships", done, edgeTotal));
                }
            }

            progress?.Report(new StoreOpenProgress("relationships", done, edgeTotal));
        }

        _graph.BuildAdjacency();
        progress?.Report(new StoreOpenProgress("adjacency", edgeTotal, edgeTotal));
    }

    private void ThrowIfDisposed() => ObjectDisposedException.ThrowIf(_disposed, this);

    /// <summary>Takes pooled traversal memory sized for the current graph; call inside the read lock.</summary>
    private TraversalScratch RentScratch()
    {
        if (!_scratch.TryTake(out TraversalScratch? scratch))
        {
            scratch = new TraversalScratch();
        }

        scratch.EnsureCapacity(_graph.NodeSlotCount);
        return scratch;
    }

    private void ReturnScratch(TraversalScratch scratch)
    {
        if (_scratch.Count < MaxIdleScratch)
        {
            _scratch.Add(scratch);
        }
    }

    /// <summary>The slot of a node that must exist; call inside the read lock.</summary>
    private int RequireNode(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        return _graph.TryGetNode(id, out int slot) ? slot : throw new NodeNotFoundException(id);
    }

    private NodeRef NodeRefOf(int slot) => _graph.NodeRefOf(slot);

    private EdgeRef EdgeRefOf(int edge) => _graph.EdgeRefOf(edge);
}
