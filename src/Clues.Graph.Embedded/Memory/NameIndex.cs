using Clues.Core.Graph;

namespace Clues.Graph.Embedded.Memory;

/// <summary>
/// Substring search over node names. SQLite's FTS5 trigram tokenizer cannot match queries shorter
/// than three characters, and two-character Chinese given names are the common case, so names are
/// indexed by every single character and every adjacent character pair (packed into one int).
/// </summary>
internal sealed class NameIndex
{
    private readonly Dictionary<char, PostingList> _characters = [];
    private readonly Dictionary<int, PostingList> _bigrams = [];
    private string?[] _normalized = [];

    public string? NormalizedName(int slot) => slot < _normalized.Length ? _normalized[slot] : null;

    public void Add(int slot, string? name)
    {
        if (string.IsNullOrEmpty(name))
        {
            return;
        }

        if (slot >= _normalized.Length)
        {
            Array.Resize(ref _normalized, Math.Max(slot + 1, Math.Max(16, _normalized.Length * 2)));
        }

        string text = SearchText.Normalize(name);
        _normalized[slot] = text;
        for (int i = 0; i < text.Length; i++)
        {
            Postings(_characters, text[i]).Add(slot);
            if (i + 1 < text.Length)
            {
                Postings(_bigrams, Pack(text[i], text[i + 1])).Add(slot);
            }
        }
    }

    public void Remove(int slot)
    {
        string? text = NormalizedName(slot);
        if (text is null)
        {
            return;
        }

        _normalized[slot] = null;
        for (int i = 0; i < text.Length; i++)
        {
            if (_characters.TryGetValue(text[i], out PostingList? chars))
            {
                chars.Remove(slot);
                if (chars.Count == 0)
                {
                    _characters.Remove(text[i]);
                }
            }

            if (i + 1 < text.Length && _bigrams.TryGetValue(Pack(text[i], text[i + 1]), out PostingList? pairs))
            {
                pairs.Remove(slot);
                if (pairs.Count == 0)
                {
                    _bigrams.Remove(Pack(text[i], text[i + 1]));
                }
            }
        }
    }

    /// <summary>
    /// Calls <paramref name="matched"/> for every slot whose normalised name contains the normalised
    /// query, in ascending slot order.
    /// </summary>
    public void FindContaining(string query, IntBuffer matched)
    {
        matched.Clear();
        if (query.Length == 0)
        {
            return;
        }

        if (query.Length == 1)
        {
            if (_characters.TryGetValue(query[0], out PostingList? single))
            {
                for (int i = 0; i < single.Count; i++)
                {
                    matched.Add(single.Slots[i]);
                }
            }

            return;
        }

        var lists = new List<PostingList>(query.Length - 1);
        for (int i = 0; i + 1 < query.Length; i++)
        {
            if (!_bigrams.TryGetValue(Pack(query[i], query[i + 1]), out PostingList? list))
            {
                return;
            }

            if (!lists.Contains(list))
            {
                lists.Add(list);
            }
        }

        // Drive the intersection from the rarest bigram so the others are only probed.
        lists.Sort(static (a, b) => a.Count.CompareTo(b.Count));
        PostingList rarest = lists[0];
        Span<int> cursors = lists.Count <= 64 ? stackalloc int[lists.Count] : new int[lists.Count];
        for (int i = 0; i < rarest.Count; i++)
        {
            int slot = rarest.Slots[i];
            bool inAll = true;
            for (int l = 1; l < lists.Count && inAll; l++)
            {
                inAll = lists[l].SeekContains(ref cursors[l], slot);
            }

            // Bigrams only say the pairs occur somewhere; the order check is the real match.
            if (inAll && _normalized[slot]!.Contains(query, StringComparison.Ordinal))
            {
                matched.Add(slot);
            }
        }
    }

    private static int Pack(char first, char second) => (first << 16) | second;

    private static PostingList Postings<TKey>(Dictionary<TKey, PostingList> map, TKey key)
        where TKey : notnull
    {
        if (!map.TryGetValue(key, out PostingList? list))
        {
            list = new PostingList();
            map.Add(key, list);
        }

        return list;
    }
}
