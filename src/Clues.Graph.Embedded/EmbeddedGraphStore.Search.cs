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
        var result = new List<NodeRef>();
        _indexLock.EnterReadLock();
        try
        {
            // Only the best Limit matches are kept, the worst of them on top of a heap: a common surname matches
            // thousands of names, and collecting them all put a large-object-heap list on every such search.
            var order = new NameMatchOrder(_graph.NodeIds);
            var best = new PriorityQueue<NameMatch, NameMatch>(Math.Min(query.Limit, 64) + 1, order.Worst);
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
                    var match = new NameMatch(rank, name.Length, slot);
                    if (best.Count < query.Limit)
                    {
                        best.Enqueue(match, match);
                    }
                    else
                    {
                        // Keeps the match only when it beats the worst kept, which then leaves.
                        best.EnqueueDequeue(match, match);
                    }
                }
            }
            finally
            {
                ReturnScratch(scratch);
            }

            var kept = new NameMatch[best.Count];
            for (int i = kept.Length - 1; i >= 0; i--)
            {
                kept[i] = best.Dequeue();
            }

            foreach (var match in kept)
            {
                result.Add(NodeRefOf(match.Slot));
            }
        }
        finally
        {
            _indexLock.ExitReadLock();
        }

        return Task.FromResult<IReadOnlyList<NodeRef>>(result);
    }
}
