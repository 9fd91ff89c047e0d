using System.Buffers.Text;
using System.Text;
using Clues.Core.Graph;
using Clues.Core.Model;
using Clues.Core.Model.Taxonomy;

namespace Clues.Core.Analysis;

/// <summary>
/// Lists clues matching a <see cref="ClueFilter"/>, a page at a time in ascending (ordinal) id order.
/// The cursor is opaque to callers but is only the last id seen, so a page stays stable while
/// clues are added elsewhere in the order. Relationship criteria narrow the candidates first (they
/// are cheap to read from the other end); property criteria are checked on the clue itself.
/// </summary>
public sealed class ClueQueryService
{
    /// <summary>The largest page a request may ask for.</summary>
    public const int MaxPageSize = 500;

    private const string CursorPrefix = "clue:";
    private const int LoadChunk = 256;

    private readonly IGraphStore _store;

    /// <summary>Creates a service reading from <paramref name="store"/>.</summary>
    public ClueQueryService(IGraphStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        _store = store;
    }

    /// <summary>
    /// The page of up to <paramref name="first"/> (1 to <see cref="MaxPageSize"/>) clues after the cursor
    /// <paramref name="after"/> (from an earlier page's <see cref="CluePage.EndCursor"/>), with the total count.
    /// A malformed cursor or an out-of-range page size raises <see cref="ArgumentException"/>.
    /// </summary>
    public async Task<CluePage> QueryAsync(ClueFilter filter, int first = 50, string? after = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        if (first is < 1 or > MaxPageSize)
        {
            throw new ArgumentOutOfRangeException(nameof(first), first, $"Page size must be 1 to {MaxPageSize}.");
        }

        var afterId = after is null ? null : DecodeCursor(after);
        var candidates = await CandidatesAsync(filter, cancellationToken).ConfigureAwait(false);

        var matches = new List<Clue>();
        var total = 0;
        for (var start = 0; start < candidates.Count; start += LoadChunk)
        {
            var chunk = candidates.GetRange(start, Math.Min(LoadChunk, candidates.Count - start));
            foreach (var record in await _store.GetNodesAsync(chunk, cancellationToken).ConfigureAwait(false))
            {
                if (record.Label != NodeLabel.Clue)
                {
                    continue;
                }

                var clue = NodeMapper.FromRecord<Clue>(record);
                if (!Matches(clue, filter))
                {
                    continue;
                }

                total++;
                // One extra match past the page tells whether a next page exists.
                if ((afterId is null || string.CompareOrdinal(clue.Id, afterId) > 0) && matches.Count <= first)
                {
                    matches.Add(clue);
                }
            }
        }

        var hasNext = matches.Count > first;
        var page = matches.Take(first).ToList();
        var items = new List<ClueListItem>(page.Count);
        foreach (var clue in page)
        {
            items.Add(await ItemAsync(clue, cancellationToken).ConfigureAwait(false));
        }

        return new CluePage(items, total, page.Count == 0 ? null : EncodeCursor(page[^1].Id), hasNext);
    }

    private static bool Matches(Clue clue, ClueFilter filter) =>
        (filter.Statuses is null || filter.Statuses.Contains(clue.Status))
        && (filter.Sources is null || filter.Sources.Contains(clue.Source))
        && (filter.ReceivedFrom is null || clue.ReceivedOn >= filter.ReceivedFrom.Value)
        && (filter.ReceivedTo is null || clue.ReceivedOn <= filter.ReceivedTo.Value)
        && (filter.ProblemTypes is null || clue.Problems.Any(filter.ProblemTypes.Contains))
        && (filter.ProblemGroups is null || clue.Problems.Any(p => filter.ProblemGroups.Contains(ProblemTaxonomy.GroupOf(p))));

    /// <summary>Candidate clue ids in ascending id order: the intersection of every relationship criterion, or every clue.</summary>
    private async Task<List<string>> CandidatesAsync(ClueFilter filter, CancellationToken cancellationToken)
    {
        HashSet<string>? set = null;

        void Narrow(IEnumerable<string> ids)
        {
            var next = ids.ToHashSet(StringComparer.Ordinal);
            if (set is null)
            {
                set = next;
            }
            else
            {
                set.IntersectWith(next);
            }
        }

        if (filter.RoundIds is not null)
        {
            Narrow(await CluesLinkedAsync(filter.RoundIds, RelType.FoundIn, cancellationToken).ConfigureAwait(false));
        }

        if (filter.GroupIds is not null)
        {
            Narrow(await CluesLinkedAsync(filter.GroupIds, RelType.CollectedBy, cancellationToken).ConfigureAwait(false));
        }

        if (filter.SubjectIds is not null)
        {
            Narrow(await CluesLinkedAsync(filter.SubjectIds, RelType.Concerns, cancellationToken).ConfigureAwait(false));
        }

        if (filter.JurisdictionId is not null)
        {
            Narrow(await CluesInJurisdictionAsync(filter.JurisdictionId, cancellationToken).ConfigureAwait(false));
        }

        List<string> ids;
        if (set is null)
        {
            ids = [];
            await foreach (var node in _store.ScanNodesAsync(NodeLabel.Clue, null, cancellationToken).ConfigureAwait(false))
            {
                ids.Add(node.Id);
            }
        }
        else
        {
            ids = [.. set];
        }

        ids.Sort(StringComparer.Ordinal);
        return ids;
    }

    /// <summary>Clues with a relationship of <paramref name="type"/> to any of the nodes; unknown nodes contribute nothing.</summary>
    private async Task<List<string>> CluesLinkedAsync(IEnumerable<string> nodeIds, RelType type, CancellationToken cancellationToken)
    {
        var clues = new List<string>();
        foreach (var id in nodeIds)
        {
            // A filter value that names no node is an empty match, not an error: lists are often built from stale selections.
            if (await _store.GetNodeAsync(id, cancellationToken).ConfigureAwait(false) is null)
            {
                continue;
            }

            foreach (var rel in await StoreReads.RelsAsync(_store, id, type, Direction.Incoming, NodeLabel.Clue, cancellationToken).ConfigureAwait(false))
            {
                clues.Add(rel.StartId);
            }
        }

        return clues;
    }

    private async Task<List<string>> CluesInJurisdictionAsync(string jurisdictionId, CancellationToken cancellationToken)
    {
        var tree = await StoreReads.JurisdictionTreeAsync(_store, jurisdictionId, cancellationToken).ConfigureAwait(false);
        var rounds = await StoreReads.SittingInAsync(_store, tree, NodeLabel.InspectionRound, cancellationToken).ConfigureAwait(false);
        var units = await StoreReads.SittingInAsync(_store, tree, NodeLabel.Unit, cancellationToken).ConfigureAwait(false);
        var people = await StoreReads.PeopleWithPostsInAsync(_store, units, cancellationToken).ConfigureAwait(false);
        var clues = new List<string>();
        clues.AddRange(await CluesLinkedAsync(rounds, RelType.FoundIn, cancellationToken).ConfigureAwait(false));
        clues.AddRange(await CluesLinkedAsync(units, RelType.Concerns, cancellationToken).ConfigureAwait(false));
        clues.AddRange(await CluesLinkedAsync(people, RelType.Concerns, cancellationToken).ConfigureAwait(false));
        return clues;
    }

    private async Task<ClueListItem> ItemAsync(Clue clue, CancellationToken cancellationToken)
    {
        var rels = await _store.GetRelationshipsAsync(
            clue.Id,
            new TraversalFilter(new HashSet<RelType> { RelType.Concerns, RelType.FoundIn, RelType.CollectedBy }, Direction: Direction.Outgoing),
            cancellationToken).ConfigureAwait(false);
        var cache = new Dictionary<string, NodeRecord>(StringComparer.Ordinal);
        var nodes = await StoreReads.LoadAsync(_store, rels.Select(r => r.EndId), cache, cancellationToken).ConfigureAwait(false);
        NodeRef? RefOf(RelType type) =>
            rels.FirstOrDefault(r => r.Type == type && nodes.ContainsKey(r.EndId)) is { } rel ? StoreReads.Ref(nodes[rel.EndId]) : null;

        var subjects = rels
            .Where(r => r.Type == RelType.Concerns && nodes.ContainsKey(r.EndId))
            .Select(r => new ClueSubject(StoreReads.Ref(nodes[r.EndId]), StoreReads.EnumValue<SubjectRole>(r.Properties, "role") ?? SubjectRole.Primary))
            .OrderBy(s => s.Role).ThenBy(s => s.Subject.Id, StringComparer.Ordinal)
            .ToList();
        return new ClueListItem(clue, subjects, RefOf(RelType.FoundIn), RefOf(RelType.CollectedBy));
    }

    private static string EncodeCursor(string id) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(CursorPrefix + id));

    private static string DecodeCursor(string cursor)
    {
        try
        {
            var text = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(cursor));
            if (text.StartsWith(CursorPrefix, StringComparison.Ordinal) && text.Length > CursorPrefix.Length)
            {
                return text[CursorPrefix.Length..];
            }
        }
        catch (FormatException)
        {
            // Reported below as one kind of error, whatever was wrong with it.
        }

        throw new ArgumentException("The cursor is not one this service issued.", "after");
    }
}
