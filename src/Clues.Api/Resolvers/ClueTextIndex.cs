using Clues.Core.Graph;
using Clues.Core.Model;

namespace Clues.Api.Resolvers;

/// <summary>
/// Substring search over clue summaries (线索内容), for <c>search</c>. The graph store indexes names only, and a clue's
/// name is its code; analysts also look for words of the allegation ("工程款", "低保"). Summaries are read once per
/// data version into memory (a city holds thousands of clues, a few hundred kilobytes of text) and scanned per query;
/// a write to the graph makes the next search rebuild, so a new clue is found at once.
/// </summary>
internal sealed class ClueTextIndex
{
    private const int ReadChunk = 500;

    private readonly SemaphoreSlim _building = new(1, 1);
    private Snapshot? _current;

    /// <summary>Store ids of clues whose normalised summary contains the normalised text, in store id order, at most <paramref name="limit"/>.</summary>
    public async Task<IReadOnlyList<string>> FindAsync(IGraphStore store, string text, int limit, CancellationToken cancellationToken)
    {
        var needle = Normalize(text);
        if (needle.Length == 0 || limit < 1)
        {
            return [];
        }

        var snapshot = await SnapshotAsync(store, cancellationToken).ConfigureAwait(false);
        var found = new List<string>();
        foreach (var (id, summary) in snapshot.Entries)
        {
            if (summary.Contains(needle, StringComparison.Ordinal))
            {
                found.Add(id);
                if (found.Count == limit)
                {
                    break;
                }
            }
        }

        return found;
    }

    // The store's name search form (NFKC, lower case), trimmed: a summary matches as a name would.
    private static string Normalize(string text) => SearchText.Normalize(text).Trim();

    private async Task<Snapshot> SnapshotAsync(IGraphStore store, CancellationToken cancellationToken)
    {
        // -1: the store cannot tell writes apart, so every search reads afresh rather than risk a stale answer.
        var version = store is IGraphDataVersion versioned ? versioned.DataVersion : -1;
        if (version >= 0 && _current is { } ready && ready.Version == version)
        {
            return ready;
        }

        await _building.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (version >= 0 && _current is { } built && built.Version == version)
            {
                return built;
            }

            var ids = new List<string>();
            await foreach (var node in store.ScanNodesAsync(NodeLabel.Clue, null, cancellationToken).ConfigureAwait(false))
            {
                ids.Add(node.Id);
            }

            var entries = new List<(string Id, string Summary)>(ids.Count);
            foreach (var chunk in ids.Chunk(ReadChunk))
            {
                foreach (var record in await store.GetNodesAsync(chunk, cancellationToken).ConfigureAwait(false))
                {
                    if (NodeMapper.FromRecord(record) is Clue clue)
                    {
                        entries.Add((clue.Id, Normalize(clue.Summary)));
                    }
                }
            }

            entries.Sort((a, b) => string.CompareOrdinal(a.Id, b.Id));
            var snapshot = new Snapshot(version, entries);
            _current = snapshot;
            return snapshot;
        }
        finally
        {
            _building.Release();
        }
    }

    private sealed record Snapshot(long Version, IReadOnlyList<(string Id, string Summary)> Entries);
}
