using System.Collections;
using Clues.Core.Graph;
using Clues.Core.Model;

namespace Clues.Core.Analysis;

/// <summary>
/// Every clue of the store at one data version, in ascending (ordinal) id order, with its summary in the name
/// search form. Immutable: a newer version is a new snapshot, so readers never see one half updated. The clues lie in
/// chunks of at most <see cref="MaxChunk"/>, and a newer version shares every chunk a write did not touch: copying
/// one array of all clues per write (tens a second) put a large-object allocation behind every registration once a
/// city held some ten thousand clues, and the collections that followed stalled the server.
/// </summary>
public sealed class ClueCatalogSnapshot : IReadOnlyList<Clue>
{
    // Small chunks because a write's copy is what it leaves behind: registrations land at random places in id order,
    // so the chunk a write replaces has usually lived long enough to reach gen 2, and every registration used to leave
    // a 4–8 KB array there (half the garbage that grew the heap under load). A 128–256 entry chunk leaves 1–2 KB; the
    // chunk table each version copies (one reference per chunk, a few hundred for a city) dies young. 32–64 entry
    // chunks were tried: the one 10-minute load run with them fell behind in its last 40 s (p99 1.9 s), which no run
    // with 128–256 did; not understood yet (see the note on issue 8), so the measured size stays.
    private const int MaxChunk = 256;
    private const int Chunk = 128;

    private readonly Entry[][] _chunks;
    private readonly int[] _starts;

    private ClueCatalogSnapshot(long version, Entry[][] chunks)
    {
        Version = version;
        _chunks = chunks;
        _starts = new int[chunks.Length + 1];
        for (var i = 0; i < chunks.Length; i++)
        {
            _starts[i + 1] = _starts[i] + chunks[i].Length;
        }
    }

    /// <summary>The data version the snapshot shows (-1 when the store keeps none).</summary>
    public long Version { get; }

    /// <summary>The clues in ascending id order.</summary>
    public IReadOnlyList<Clue> Clues => this;

    /// <inheritdoc />
    public int Count => _starts[^1];

    /// <inheritdoc />
    public Clue this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfNegative(index);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Count);
            var chunk = ChunkHolding(index);
            return _chunks[chunk][index - _starts[chunk]].Clue;
        }
    }

    /// <summary>The clue with <paramref name="id"/>, or null.</summary>
    public Clue? Find(string id)
    {
        // The clue, if present, is the last one at or before id in its chunk: no chunk lookup by position needed.
        var (chunk, after) = PositionAfter(id);
        return after > 0 && _chunks[chunk][after - 1].Clue.Id == id ? _chunks[chunk][after - 1].Clue : null;
    }

    /// <summary>The position of the first clue whose id sorts after <paramref name="id"/> (Count when none does).</summary>
    public int IndexAfter(string id)
    {
        var (chunk, after) = PositionAfter(id);
        return _starts[chunk] + after;
    }

    /// <summary>The clues from position <paramref name="start"/> on, in id order.</summary>
    public IEnumerable<Clue> From(int start)
    {
        if (start >= Count)
        {
            yield break;
        }

        var chunk = ChunkHolding(Math.Max(0, start));
        for (var offset = Math.Max(0, start) - _starts[chunk]; chunk < _chunks.Length; chunk++, offset = 0)
        {
            var entries = _chunks[chunk];
            for (var i = offset; i < entries.Length; i++)
            {
                yield return entries[i].Clue;
            }
        }
    }

    /// <summary>Ids of the clues whose summary contains <paramref name="text"/> (compared in the name search form), in id order, at most <paramref name="limit"/>.</summary>
    public IReadOnlyList<string> FindBySummary(string text, int limit)
    {
        var needle = SearchForm(text);
        var found = new List<string>();
        if (needle.Length == 0 || limit < 1)
        {
            return found;
        }

        foreach (var entries in _chunks)
        {
            foreach (var entry in entries)
            {
                if (entry.Summary.Contains(needle, StringComparison.Ordinal))
                {
                    found.Add(entry.Clue.Id);
                    if (found.Count == limit)
                    {
                        return found;
                    }
                }
            }
        }

        return found;
    }

    /// <inheritdoc />
    public IEnumerator<Clue> GetEnumerator() => From(0).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    internal static ClueCatalogSnapshot Create(long version, List<Clue> clues)
    {
        clues.Sort((a, b) => string.CompareOrdinal(a.Id, b.Id));
        return new ClueCatalogSnapshot(version, [.. Split(clues.Select(c => new Entry(c, SearchForm(c.Summary))).ToList())]);
    }

    /// <summary>
    /// A snapshot at <paramref name="version"/> with the clues among <paramref name="changedIds"/> replaced by
    /// <paramref name="current"/> (their state now; a changed id missing from it is no longer a clue). Only the chunks
    /// holding a changed id, or the place of a new one, are copied.
    /// </summary>
    internal ClueCatalogSnapshot With(long version, IReadOnlyCollection<string> changedIds, IReadOnlyList<Clue> current)
    {
        if (changedIds.Count == 0 || _chunks.Length == 0)
        {
            return changedIds.Count == 0 ? new ClueCatalogSnapshot(version, _chunks) : Create(version, [.. current]);
        }

        var changed = changedIds as IReadOnlySet<string> ?? changedIds.ToHashSet(StringComparer.Ordinal);
        var incoming = new Dictionary<int, List<Clue>>();
        var dirty = new HashSet<int>();
        foreach (var id in changed)
        {
            dirty.Add(ChunkFor(id));
        }

        foreach (var clue in current)
        {
            var chunk = ChunkFor(clue.Id);
            dirty.Add(chunk);
            (incoming.TryGetValue(chunk, out var list) ? list : incoming[chunk] = []).Add(clue);
        }

        var chunks = new List<Entry[]>(_chunks.Length + 1);
        for (var i = 0; i < _chunks.Length; i++)
        {
            if (!dirty.Contains(i))
            {
                chunks.Add(_chunks[i]);
                continue;
            }

            var merged = _chunks[i].Where(e => !changed.Contains(e.Clue.Id)).ToList();
            if (incoming.TryGetValue(i, out var added))
            {
                merged.AddRange(added.Select(c => new Entry(c, SearchForm(c.Summary))));
                merged.Sort((a, b) => string.CompareOrdinal(a.Clue.Id, b.Clue.Id));
            }

            chunks.AddRange(merged.Count > MaxChunk ? Split(merged) : merged.Count > 0 ? [[.. merged]] : []);
        }

        return new ClueCatalogSnapshot(version, [.. chunks]);
    }

    // The store's name search form (NFKC, lower case), trimmed: a summary matches as a name would.
    private static string SearchForm(string text) => SearchText.Normalize(text).Trim();

    private static IEnumerable<Entry[]> Split(List<Entry> entries)
    {
        for (var at = 0; at < entries.Count; at += Chunk)
        {
            yield return [.. entries.GetRange(at, Math.Min(Chunk, entries.Count - at))];
        }
    }

    /// <summary>The chunk <paramref name="id"/> belongs in and the position in it of the first clue sorting after it.</summary>
    private (int Chunk, int After) PositionAfter(string id)
    {
        if (_chunks.Length == 0)
        {
            return (0, 0);
        }

        // Every chunk after ChunkFor(id) starts after id, so the answer lies in that chunk or at its end.
        var chunk = ChunkFor(id);
        var entries = _chunks[chunk];
        int low = 0, high = entries.Length;
        while (low < high)
        {
            var mid = low + ((high - low) >> 1);
            if (string.CompareOrdinal(entries[mid].Clue.Id, id) <= 0)
            {
                low = mid + 1;
            }
            else
            {
                high = mid;
            }
        }

        return (chunk, low);
    }

    /// <summary>The chunk an id belongs in: the last whose first id is not after it (the first chunk for ids before all).</summary>
    private int ChunkFor(string id)
    {
        int low = 0, high = _chunks.Length - 1;
        while (low < high)
        {
            var mid = low + ((high - low + 1) >> 1);
            if (string.CompareOrdinal(_chunks[mid][0].Clue.Id, id) <= 0)
            {
                low = mid;
            }
            else
            {
                high = mid - 1;
            }
        }

        return low;
    }

    private int ChunkHolding(int index)
    {
        int low = 0, high = _chunks.Length - 1;
        while (low < high)
        {
            var mid = low + ((high - low + 1) >> 1);
            if (_starts[mid] <= index)
            {
                low = mid;
            }
            else
            {
                high = mid - 1;
            }
        }

        return low;
    }

    private sealed record Entry(Clue Clue, string Summary);
}
