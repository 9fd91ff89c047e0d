using Clues.Core.Graph;
using Clues.Core.Model;

namespace Clues.Core.Analysis;

/// <summary>
/// Every clue of the store at one data version, in ascending (ordinal) id order, with its summary in the name
/// search form. Immutable: a newer version is a new snapshot, so readers never see one half updated.
/// </summary>
public sealed class ClueCatalogSnapshot
{
    private static readonly IComparer<Clue> ById = Comparer<Clue>.Create((a, b) => string.CompareOrdinal(a.Id, b.Id));

    private readonly Clue[] _clues;
    private readonly string[] _summaries;

    private ClueCatalogSnapshot(long version, Clue[] clues, string[] summaries)
    {
        Version = version;
        _clues = clues;
        _summaries = summaries;
    }

    /// <summary>The data version the snapshot shows (-1 when the store keeps none).</summary>
    public long Version { get; }

    /// <summary>The clues in ascending id order.</summary>
    public IReadOnlyList<Clue> Clues => _clues;

    /// <summary>The clue with <paramref name="id"/>, or null.</summary>
    public Clue? Find(string id)
    {
        var at = IndexOf(id);
        return at >= 0 ? _clues[at] : null;
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

        for (var i = 0; i < _summaries.Length && found.Count < limit; i++)
        {
            if (_summaries[i].Contains(needle, StringComparison.Ordinal))
            {
                found.Add(_clues[i].Id);
            }
        }

        return found;
    }

    internal static ClueCatalogSnapshot Create(long version, List<Clue> clues)
    {
        clues.Sort(ById);
        return new ClueCatalogSnapshot(version, [.. clues], [.. clues.Select(c => SearchForm(c.Summary))]);
    }

    /// <summary>
    /// A snapshot at <paramref name="version"/> with the clues among <paramref name="changedIds"/> replaced by
    /// <paramref name="current"/> (their state now; a changed id missing from it is no longer a clue). A merge of two
    /// sorted runs: a few changes cost one copy of the arrays, not a sort.
    /// </summary>
    internal ClueCatalogSnapshot With(long version, IReadOnlyCollection<string> changedIds, IReadOnlyList<Clue> current)
    {
        if (changedIds.Count == 0)
        {
            return new ClueCatalogSnapshot(version, _clues, _summaries);
        }

        var changed = changedIds as IReadOnlySet<string> ?? changedIds.ToHashSet(StringComparer.Ordinal);
        var incoming = current.ToList();
        incoming.Sort(ById);
        var clues = new List<Clue>(_clues.Length + incoming.Count);
        var summaries = new List<string>(_clues.Length + incoming.Count);
        var i = 0;
        var j = 0;
        while (i < _clues.Length || j < incoming.Count)
        {
            if (i < _clues.Length && changed.Contains(_clues[i].Id))
            {
                // Dropped here; its current state, if it is still a clue, comes from the incoming run.
                i++;
                continue;
            }

            if (j >= incoming.Count || (i < _clues.Length && string.CompareOrdinal(_clues[i].Id, incoming[j].Id) < 0))
            {
                clues.Add(_clues[i]);
                summaries.Add(_summaries[i]);
                i++;
            }
            else
            {
                clues.Add(incoming[j]);
                summaries.Add(SearchForm(incoming[j].Summary));
                j++;
            }
        }

        return new ClueCatalogSnapshot(version, [.. clues], [.. summaries]);
    }

    // The store's name search form (NFKC, lower case), trimmed: a summary matches as a name would.
    private static string SearchForm(string text) => SearchText.Normalize(text).Trim();

    private int IndexOf(string id)
    {
        int low = 0, high = _clues.Length - 1;
        while (low <= high)
        {
            var mid = low + ((high - low) >> 1);
            var order = string.CompareOrdinal(_clues[mid].Id, id);
            if (order == 0)
            {
                return mid;
            }

            if (order < 0)
            {
                low = mid + 1;
            }
            else
            {
                high = mid - 1;
            }
        }

        return -1;
    }
}
