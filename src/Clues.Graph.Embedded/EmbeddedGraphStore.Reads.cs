using System.Runtime.CompilerServices;
using Clues.Core.Graph;
using Clues.Graph.Embedded.Memory;
using Clues.Graph.Embedded.Storage;
using Microsoft.Data.Sqlite;

namespace Clues.Graph.Embedded;

public sealed partial class EmbeddedGraphStore
{
    private const int ScanPageSize = 1024;

    /// <inheritdoc />
    public Task<NodeRecord?> GetNodeAsync(string id, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(id);
        cancellationToken.ThrowIfCancellationRequested();
        ThrowIfDisposed();
        ReaderConnection reader = _readers.Rent();
        try
        {
            return Task.FromResult(ReadOneNode(reader.NodeById.Set(0, id), id));
        }
        finally
        {
            _readers.Return(reader);
        }
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<NodeRecord>> GetNodesAsync(IReadOnlyList<string> ids, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ids);
        cancellationToken.ThrowIfCancellationRequested();
        ThrowIfDisposed();
        var found = new List<NodeRecord>(ids.Count);
        ReaderConnection reader = _readers.Rent();
        try
        {
            // One snapshot for all lookups, so a batch committed meanwhile shows up for all ids or none.
            using SqliteTransaction snapshot = reader.BeginSnapshot();
            foreach (string id in ids)
            {
                if (id is not null && ReadOneNode(reader.NodeById.Set(0, id), id) is { } node)
                {
                    found.Add(node);
                }
            }

            snapshot.Commit();
        }
        finally
        {
            _readers.Return(reader);
        }

        return Task.FromResult<IReadOnlyList<NodeRecord>>(found);
    }

    /// <inheritdoc />
    public Task<RelationshipRecord?> GetRelationshipAsync(string id, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(id);
        cancellationToken.ThrowIfCancellationRequested();
        ThrowIfDisposed();
        ReaderConnection reader = _readers.Rent();
        try
        {
            return Task.FromResult(ReadOneRelationship(reader.RelationshipById.Set(0, id)));
        }
        finally
        {
            _readers.Return(reader);
        }
    }

    /// <inheritdoc />
    public Task<NodeRecord?> FindByKeyAsync(NaturalKey key, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        ThrowIfDisposed();
        if (key.Value is null)
        {
            return Task.FromResult<NodeRecord?>(null);
        }

        ReaderConnection reader = _readers.Rent();
        try
        {
            return Task.FromResult(ReadOneNode(reader.NodeByKey.Set(0, key.ToString()), knownId: null));
        }
        finally
        {
            _readers.Return(reader);
        }
    }

    /// <inheritdoc />
    public Task<GraphStats> GetStatsAsync(CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        ThrowIfDisposed();
        var byLabel = new Dictionary<NodeLabel, long>();
        var byType = new Dictionary<RelType, long>();
        long nodes;
        long relationships;
        _indexLock.EnterReadLock();
        try
        {
            nodes = _graph.NodeCount;
            relationships = _graph.EdgeCount;
            for (int i = 1; i < 256; i++)
            {
                if (_graph.NodesByLabel[i] > 0)
                {
                    byLabel[(NodeLabel)i] = _graph.NodesByLabel[i];
                }

                if (_graph.EdgesByType[i] > 0)
                {
                    byType[(RelType)i] = _graph.EdgesByType[i];
                }
            }
        }
        finally
        {
            _indexLock.ExitReadLock();
        }

        return Task.FromResult(new GraphStats(nodes, relationships, byLabel, byType));
    }

    /// <inheritdoc />
    /// <remarks>
    /// Pages through SQLite's id index, a page per query, so a slow consumer holds no lock or
    /// snapshot between pages. SQLite orders by UTF-8 bytes, which equals ordinal (UTF-16) order
    /// unless surrogate pairs are involved; when any id (or <paramref name="afterId"/>) holds one, the
    /// scan sorts the ids in memory instead.
    /// </remarks>
    public async IAsyncEnumerable<NodeRef> ScanNodesAsync(
        NodeLabel? label = null,
        string? afterId = null,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ThrowIfDisposed();
        string after = afterId ?? string.Empty;
        if (NeedsOrdinalScan(after))
        {
            foreach (NodeRef node in SortedNodesAfter(label, after))
            {
                cancellationToken.ThrowIfCancellationRequested();
                yield return node;
            }

            yield break;
        }

        var page = new List<NodeRef>(ScanPageSize);
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            page.Clear();
            ReadNodePage(label, after, page);
            foreach (NodeRef node in page)
            {
                yield return node;
            }

            if (page.Count < ScanPageSize)
            {
                yield break;
            }

            after = page[^1].Id;
            await Task.Yield();
        }
    }

    /// <inheritdoc />
    /// <remarks>Served from the in-memory index in slot order, a chunk at a time under the read lock.</remarks>
    public async IAsyncEnumerable<EdgeRef> ScanEdgesAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ThrowIfDisposed();
        const int Chunk = 4096;
        var chunk = new List<EdgeRef>(Chunk);
        int next = 0;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            chunk.Clear();
            _indexLock.EnterReadLock();
            try
            {
                while (next < _graph.EdgeSlotCount && chunk.Count < Chunk)
                {
                    if (_graph.EdgeType[next] != 0)
                    {
                        chunk.Add(EdgeRefOf(next));
                    }

                    next++;
                }
            }
            finally
            {
                _indexLock.ExitReadLock();
            }

            foreach (EdgeRef edge in chunk)
            {
                yield return edge;
            }

            if (chunk.Count < Chunk)
            {
                yield break;
            }

            await Task.Yield();
        }
    }

    private bool NeedsOrdinalScan(string afterId)
    {
        _indexLock.EnterReadLock();
        try
        {
            return _graph.IdsWithSurrogates > 0 || GraphIndex.HasSurrogate(afterId);
        }
        finally
        {
            _indexLock.ExitReadLock();
        }
    }

    private List<NodeRef> SortedNodesAfter(NodeLabel? label, string afterId)
    {
        var slots = new List<int>();
        _indexLock.EnterReadLock();
        try
        {
            for (int slot = 0; slot < _graph.NodeSlotCount; slot++)
            {
                byte stored = _graph.NodeLabels[slot];
                if (stored != 0 && (label is null || (byte)label == stored) && string.CompareOrdinal(_graph.NodeIds[slot], afterId) > 0)
                {
                    slots.Add(slot);
                }
            }

            slots.Sort(new SlotIdComparer(_graph.NodeIds));
            var nodes = new List<NodeRef>(slots.Count);
            foreach (int slot in slots)
            {
                nodes.Add(NodeRefOf(slot));
            }

            return nodes;
        }
        finally
        {
            _indexLock.ExitReadLock();
        }
    }

    private void ReadNodePage(NodeLabel? label, string after, List<NodeRef> page)
    {
        ReaderConnection reader = _readers.Rent();
        try
        {
            PreparedCommand command = label is { } only
                ? reader.ScanNodesOfLabel.Set(0, after).Set(1, (int)only).Set(2, ScanPageSize)
                : reader.ScanNodes.Set(0, after).Set(1, ScanPageSize);
            using SqliteDataReader rows = command.Reader();
            while (rows.Read())
            {
                page.Add(new NodeRef(rows.GetString(0), (NodeLabel)rows.GetInt32(1), rows.IsDBNull(2) ? null : rows.GetString(2)));
            }
        }
        finally
        {
            _readers.Return(reader);
        }
    }

    // A lookup by id answers with the caller's id string (the column holds exactly it): callers keep records for long
    // (the clue catalog, the jurisdiction cache), and a fresh copy of the id per read would be kept beside the one
    // the caller and the index already share. Not for ids with surrogates: a lone one is stored as U+FFFD, so the
    // stored id is not the asked one.
    private static NodeRecord? ReadOneNode(PreparedCommand command, string? knownId)
    {
        using SqliteDataReader rows = command.Reader();
        return rows.Read() ? RecordCodec.ReadNode(rows, knownId is not null && !GraphIndex.HasSurrogate(knownId) ? knownId : null) : null;
    }

    private static RelationshipRecord? ReadOneRelationship(PreparedCommand command)
    {
        using SqliteDataReader rows = command.Reader();
        return rows.Read() ? RecordCodec.ReadRelationship(rows) : null;
    }
}
