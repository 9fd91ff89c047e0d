namespace Clues.Graph.Embedded.Memory;

/// <summary>
/// The node ids each recent write touched, by data version, in a ring. Small writes (a registered clue, a handover
/// step) are remembered individually; a bulk write is remembered only as "too large", which sends readers that
/// span it back to a full read, the right call when most of the graph may have changed anyway.
/// </summary>
internal sealed class ChangeLog
{
    /// <summary>Writes remembered; at forty writes a second, well over a minute of them.</summary>
    public const int Capacity = 4096;

    /// <summary>A write touching more nodes than this is remembered only as too large to list.</summary>
    public const int MaxIdsPerWrite = 2048;

    private readonly object _gate = new();
    private readonly string[]?[] _ids = new string[Capacity][];
    private long _latest;

    /// <summary>Records the ids of the write that produced <paramref name="version"/> (one more than the last recorded).</summary>
    public void Record(long version, HashSet<string>? ids)
    {
        var entry = ids is null || ids.Count > MaxIdsPerWrite ? null : ids.ToArray();
        lock (_gate)
        {
            _ids[version % Capacity] = entry;
            _latest = version;
        }
    }

    /// <summary>The union of the ids written after <paramref name="since"/>; false when some of them are forgotten or were too many.</summary>
    public bool TryGetSince(long since, out long version, out IReadOnlyCollection<string> ids)
    {
        lock (_gate)
        {
            version = _latest;
            if (since == _latest)
            {
                ids = [];
                return true;
            }

            if (since > _latest || _latest - since >= Capacity)
            {
                ids = [];
                return false;
            }

            var union = new HashSet<string>(StringComparer.Ordinal);
            for (var v = since + 1; v <= _latest; v++)
            {
                if (_ids[v % Capacity] is not { } entry)
                {
                    ids = [];
                    return false;
                }

                union.UnionWith(entry);
            }

            ids = union;
            return true;
        }
    }
}
