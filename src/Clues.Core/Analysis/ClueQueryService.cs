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
/// are cheap to read from the other end); property criteria are checked on the clues of the
/// <see cref="ClueCatalog"/>, so a request reads from the store only the page it returns.
/// </summary>
public sealed class ClueQueryService
{
    /// <summary>The largest page a request may ask for.</summary>
    public const int MaxPageSize = 500;

    private const string CursorPrefix = "clue:";

    private readonly IGraphStore _store;
    private readonly ClueCatalog _catalog;

    /// <summary>
    /// Creates a service reading from <paramref name="store"/> and the shared <paramref name="catalog"/> of its clues;
    /// without one, a catalog of its own is read in full on first use.
    /// </summary>
    public ClueQueryService(IGraphStore store, ClueCatalog? catalog = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        _store = store;
        _catalog = catalog ?? new ClueCatalog(store);
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
        var matches = await MatchesAsync(filter, cancellationToken).ConfigureAwait(false);
        var total = matches.After(null).Count();

        // One extra match past the page tells whether a next page exists.
        var window = matches.After(afterId).Take(first + 1).ToList();
        var page = window.Take(first).ToList();
        var items = await ItemsAsync(page, cancellationToken).ConfigureAwait(false);
        return new CluePage(items, total, page.Count == 0 ? null : EncodeCursor(page[^1].Id), window.Count > first);
    }

    /// <summary>
    /// The clues matching <paramref name="filter"/> as of now, read lazily: a page takes only what it needs, and nothing
    /// the size of the catalog is allocated per request.
    /// </summary>
    public async Task<ClueMatches> MatchesAsync(ClueFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var candidates = await CandidatesAsync(filter, cancellationToken).ConfigureAwait(false);
        var catalog = await _catalog.CurrentAsync(cancellationToken).ConfigureAwait(false);
        return new ClueMatches(catalog, clue => (candidates is null || candidates.Contains(clue.Id)) && Matches(clue, filter));
    }

    /// <summary>The list entries (subjects, round, group) of <paramref name="clues"/>, in the same order.</summary>
    public async Task<IReadOnlyList<ClueListItem>> ItemsAsync(IReadOnlyList<Clue> clues, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(clues);
        var items = new List<ClueListItem>(clues.Count);
        foreach (var clue in clues)
        {
            items.Add(await ItemAsync(clue, cancellationToken).ConfigureAwait(false));
        }

        return items;
    }

    /// <summary>The cursor that resumes a listing after the clue <paramref name="id"/>.</summary>
    public static string CursorAfter(string id) => EncodeCursor(id);

    /// <summary>The clue id a cursor from <see cref="CursorAfter"/> resumes after; <see cref="ArgumentException"/> for any other text.</summary>
    public static string IdAfter(string cursor) => DecodeCursor(cursor);

    private static bool Matches(Clue clue, ClueFilter filter) =>
        (filter.Statuses is null || filter.Statuses.Contains(clue.Status))
        && (filter.Sources is null || filter.Sources.Contains(clue.Source))
        && (filter.ReceivedFrom is null || clue.ReceivedOn >= filter.ReceivedFrom.Value)
        && (filter.ReceivedTo is null || clue.ReceivedOn <= filter.ReceivedTo.Value)
        && (filter.ProblemTypes is null || clue.Problems.Any(filter.ProblemTypes.Contains))
        && (filter.ProblemGroups is null || clue.Problems.Any(p => filter.ProblemGroups.Contains(ProblemTaxonomy.GroupOf(p))));

    /// <summary>Candidate clue ids: the intersection of every relationship criterion, or null when there is none (every clue).</summary>
    private async Task<HashSet<string>?> CandidatesAsync(ClueFilter filter, CancellationToken cancellationToken)
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
            Narrow(await CluesLinkedAsync(filter.RoundIds, RelType.FoundIn, checkExists: true, cancellationToken).ConfigureAwait(false));
        }

        if (filter.GroupIds is not null)
        {
            Narrow(await CluesLinkedAsync(filter.GroupIds, RelType.CollectedBy, checkExists: true, cancellationToken).ConfigureAwait(false));
        }

        if (filter.SubjectIds is not null)
        {
            Narrow(await CluesLinkedAsync(filter.SubjectIds, RelType.Concerns, checkExists: true, cancellationToken).ConfigureAwait(false));
        }

        if (filter.JurisdictionId is not null)
        {
            Narrow(await CluesInJurisdictionAsync(filter.JurisdictionId, cancellationToken).ConfigureAwait(false));
        }

        return set;
    }

    /// <summary>Clues with a relationship of <paramref name="type"/> to any of the nodes; unknown nodes contribute nothing.</summary>
    private async Task<List<string>> CluesLinkedAsync(IEnumerable<string> nodeIds, RelType type, bool checkExists, CancellationToken cancellationToken)
    {
        var clues = new List<string>();
        foreach (var id in nodeIds)
        {
            // A filter value that names no node is an empty match, not an error: lists are often built from stale
            // selections. Ids found in the graph itself need no such check (a read per person of a whole county).
            if (checkExists && await _store.GetNodeAsync(id, cancellationToken).ConfigureAwait(false) is null)
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
        clues.AddRange(await CluesLinkedAsync(rounds, RelType.FoundIn, checkExists: false, cancellationToken).ConfigureAwait(false));
        clues.AddRange(await CluesLinkedAsync(units, RelType.Concerns, checkExists: false, cancellationToken).ConfigureAwait(false));
        clues.AddRange(await CluesLinkedAsync(people, RelType.Concerns, checkExists: false, cancellationToken).ConfigureAwait(false));
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
        // Checked before decoding: a cursor is client input, and a huge or malformed one must cost nothing.
        if (cursor.Length <= 256 && Base64Url.IsValid(cursor))
        {
            var text = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(cursor));
            if (text.StartsWith(CursorPrefix, StringComparison.Ordinal) && text.Length > CursorPrefix.Length)
            {
                return text[CursorPrefix.Length..];
            }
        }

        throw new ArgumentException("The cursor is not one this service issued.", "after");
    }
}
