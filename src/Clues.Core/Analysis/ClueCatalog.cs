using Clues.Core.Graph;
using Clues.Core.Model;

namespace Clues.Core.Analysis;

/// <summary>
/// Every clue of the store in memory, kept current: the clue list filters, counts and pages it, and clue text search
/// scans its summaries, without reading thousands of clues from the store per request. When the store moves on, the
/// catalog re-reads only the nodes the store's change feed names (a registration costs one small read); a store
/// without a feed, or a gap the feed no longer covers, is read in full. One instance per store, shared by requests.
/// </summary>
public sealed class ClueCatalog
{
    private const int ReadChunk = 500;

    private readonly IGraphStore _store;
    private readonly SemaphoreSlim _refreshing = new(1, 1);
    private volatile ClueCatalogSnapshot? _current;

    /// <summary>Creates a catalog of the clues in <paramref name="store"/>; nothing is read until first asked.</summary>
    public ClueCatalog(IGraphStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        _store = store;
    }

    /// <summary>Full reads so far (the first, plus any the change feed could not spare); for tests and diagnostics.</summary>
    public int FullReads { get; private set; }

    /// <summary>
    /// The clues as of now: every write committed before the call is reflected. A store that keeps no data version
    /// is read in full on every call, rather than risk a stale answer.
    /// </summary>
    public async Task<ClueCatalogSnapshot> CurrentAsync(CancellationToken cancellationToken = default)
    {
        var version = VersionNow();
        if (version >= 0 && _current is { } ready && ready.Version >= version)
        {
            return ready;
        }

        await _refreshing.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            version = VersionNow();
            var known = _current;
            if (version >= 0 && known is { } fresh && fresh.Version >= version)
            {
                return fresh;
            }

            ClueCatalogSnapshot next;
            if (version >= 0 && known is not null && _store is IGraphChangeFeed feed
                && feed.TryGetChangedNodes(known.Version, out var upTo, out var changed))
            {
                // Reading after taking the list shows at least version upTo, so nothing older is filed under it.
                var clues = new List<Clue>();
                foreach (var chunk in changed.Chunk(ReadChunk))
                {
                    clues.AddRange(ClueRecords(await _store.GetNodesAsync(chunk, cancellationToken).ConfigureAwait(false)));
                }

                next = known.With(upTo, changed, clues);
            }
            else
            {
                next = await ReadAllAsync(version, cancellationToken).ConfigureAwait(false);
            }

            if (version >= 0)
            {
                _current = next;
            }

            return next;
        }
        finally
        {
            _refreshing.Release();
        }
    }

    private long VersionNow() => _store is IGraphDataVersion versioned ? versioned.DataVersion : -1;

    private async Task<ClueCatalogSnapshot> ReadAllAsync(long version, CancellationToken cancellationToken)
    {
        FullReads++;
        var ids = new List<string>();
        await foreach (var node in _store.ScanNodesAsync(NodeLabel.Clue, null, cancellationToken).ConfigureAwait(false))
        {
            ids.Add(node.Id);
        }

        var clues = new List<Clue>(ids.Count);
        foreach (var chunk in ids.Chunk(ReadChunk))
        {
            clues.AddRange(ClueRecords(await _store.GetNodesAsync(chunk, cancellationToken).ConfigureAwait(false)));
        }

        return ClueCatalogSnapshot.Create(version, clues);
    }

    private static IEnumerable<Clue> ClueRecords(IReadOnlyList<NodeRecord> records) =>
        records.Where(r => r.Label == NodeLabel.Clue).Select(r => NodeMapper.FromRecord<Clue>(r));
}
