using Clues.Core.Graph;
using Clues.Graph.Embedded.Memory;

namespace Clues.Graph.Embedded;

public sealed partial class EmbeddedGraphStore
{
    private const int MaxSearchLimit = 1000;

    /// <inheritdoc />
    public Task<IReadOnlyList<NodeRef>> SearchNamesAsync(NameSearchQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (string.IsNullOrEmpty(query.Text))
        {
            throw new ArgumentException("Text must not be empty: give at least one character of the name.", nameof(query));
        }

        if (query.Limit is < 1 or > MaxSearchLimit)
        {
            throw new ArgumentOutOfRangeException(nameof(query), query.Limit, $"Limit must be between 1 and {MaxSearchLimit}.");
        }

        ulong labelMask = CompiledFilter.Compile(new TraversalFilter(NodeLabels: query.Labels), nameof(query)).LabelMask;
        string text = SearchText.Normalize(query.Text);
        if (text.Length == 0)
        {
            throw new ArgumentException("Text is empty after Unicode normalisation: give at least one visible character of the name.", nameof(query));
        }

        cancellationToken.ThrowIfCancellationRequested();
        ThrowIfDisposed();
        var matches = new List<(byte Rank, int Length, int Slot)>();
        var result = new List<NodeRef>();
        _indexLock.EnterReadLock();
        try
        {
            TraversalScratch scratch = RentScratch();
            try
            {
                IntBuffer found = scratch.Queue1;
                _graph.Names.FindContaining(text, found);
                for (int i = 0; i < found.Count; i++)
                {
                    int slot = found[i];
                    if (((labelMask >> _graph.NodeLabels[slot]) & 1UL) == 0)
                    {
                        continue;
                    }

                    string name = _graph.Names.NormalizedName(slot)!;
                    byte rank = name.Length == text.Length ? (byte)0 : name.StartsWith(text, StringComparison.Ordinal) ? (byte)1 : (byte)2;
                    matches.Add((rank, name.Length, slot));
                }
            }
            finally
            {
                ReturnScratch(scratch);
            }

            string?[] ids = _graph.NodeIds;
            matches.Sort((a, b) =>
                a.Rank != b.Rank ? a.Rank.CompareTo(b.Rank)
                : a.Length != b.Length ? a.Length.CompareTo(b.Length)
                : string.CompareOrdinal(ids[a.Slot], ids[b.Slot]));
            int take = Math.Min(query.Limit, matches.Count);
            for (int i = 0; i < take; i++)
            {
                result.Add(NodeRefOf(matches[i].Slot));
            }
        }
        finally
        {
            _indexLock.ExitReadLock();
        }

        return Task.FromResult<IReadOnlyList<NodeRef>>(result);
    }
}
