using System.Collections.Concurrent;
using Clues.Core.Graph;
using Clues.Core.Identifiers;
using Clues.Core.Model;

namespace Clues.Api.Authorization;

/// <summary>
/// The jurisdictions a node belongs to, derived from the graph because nodes carry none themselves. The rule:
/// <list type="bullet">
/// <item>a Jurisdiction is its own code;</item>
/// <item>a Unit, Body or InspectionRound is the jurisdiction it is <c>InJurisdiction</c> of (a unit without one: its parent unit's);</item>
/// <item>a Position is its unit's; a Person the units' of all their positions (a person without posts: their
/// relatives', so a cadre's family is seen where the cadre is; failing that, their companies');</item>
/// <item>a Company is the division code inside its unified social credit code (characters 3–8, where it was registered);</item>
/// <item>a Project is its owner unit's, a Fund its managing unit's, a Payment its payer's;</item>
/// <item>an InspectionGroup is its round's; a Clue is its round's (the office that owns the clue), or, without a round,
/// its subjects'.</item>
/// </list>
/// A node is visible when any of its jurisdictions is; a node with none is hidden (deny by default). Jurisdiction
/// nodes themselves are reference geography (a name and a division code), visible to every graph reader
/// (<see cref="IsReference"/>): hiding the province from a city user would only break navigation.
/// Derivation costs store reads, so results are kept across requests and dropped whenever the API writes to the graph
/// (the only writer while it runs); a per-request cache would repeat the same reads on every query.
/// </summary>
internal sealed class NodeJurisdictions
{
    // Person → relatives → their posts is the longest chain; the bound stops odd data (cycles) from recursing far.
    private const int MaxDepth = 4;

    private readonly ConcurrentDictionary<string, IReadOnlyList<DivisionCode>> _cache = new(StringComparer.Ordinal);

    private readonly ConcurrentDictionary<string, bool> _reference = new(StringComparer.Ordinal);

    // One list per distinct set of codes: a city has a few hundred such sets but 10^5 nodes, and the cache fills as
    // analysts reach new nodes, so a list per node would keep growing the heap long after the working set is warm.
    private readonly ConcurrentDictionary<string, IReadOnlyList<DivisionCode>> _shared = new(StringComparer.Ordinal);

    private Task<JurisdictionDirectory>? _directory;

    /// <summary>
    /// Forgets what a written batch may have changed. A batch of clues and their own links (Concerns, FoundIn,
    /// CollectedBy, HandedTo; no deletions) changes only those clues' jurisdictions, since no other node derives its
    /// jurisdiction from a clue: registering or linking clues then keeps everything else cached, which matters when
    /// clues are registered while analysts read. Any other batch forgets everything.
    /// </summary>
    public void InvalidateFor(GraphBatch batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var cluesOnly = batch.DeleteNodes.Count == 0 && batch.DeleteRelationships.Count == 0
            && batch.Nodes.All(n => n.Label == NodeLabel.Clue)
            && batch.Relationships.All(r => r.Type is RelType.Concerns or RelType.FoundIn or RelType.CollectedBy or RelType.HandedTo);
        if (!cluesOnly)
        {
            Invalidate();
            return;
        }

        foreach (var id in batch.Nodes.Select(n => n.Id).Concat(batch.Relationships.Select(r => r.StartId)))
        {
            _cache.TryRemove(id, out _);
        }
    }

    /// <summary>Forgets every derived jurisdiction and the directory; called after a write that may change them.</summary>
    public void Invalidate()
    {
        _cache.Clear();
        _reference.Clear();
        _shared.Clear();
        _directory = null;
    }

    /// <summary>The configured jurisdictions (names and PartOf tree), read once until the next <see cref="Invalidate"/>.</summary>
    public Task<JurisdictionDirectory> DirectoryAsync(IGraphStore store)
    {
        var current = _directory;
        if (current is null || current.IsFaulted || current.IsCanceled)
        {
            // Not tied to one request's token: the directory is shared, and a cancelled request must not poison it.
            current = JurisdictionDirectory.LoadAsync(store, CancellationToken.None);
            _directory = current;
        }

        return current;
    }

    /// <summary>Whether the node is reference data visible to all (a Jurisdiction); known once derived by <see cref="OfAsync"/>.</summary>
    public bool IsReference(string id) => _reference.ContainsKey(id);

    /// <summary>The jurisdictions of many nodes (unknown nodes get none), one store read for the nodes not yet known.</summary>
    public async Task<IReadOnlyDictionary<string, IReadOnlyList<DivisionCode>>> OfAsync(IGraphStore store, IReadOnlyCollection<string> ids, CancellationToken cancellationToken)
    {
        var result = new Dictionary<string, IReadOnlyList<DivisionCode>>(StringComparer.Ordinal);
        var missing = new List<string>();
        foreach (var id in ids)
        {
            if (_cache.TryGetValue(id, out var known))
            {
                result[id] = known;
            }
            else
            {
                missing.Add(id);
            }
        }

        if (missing.Count > 0)
        {
            foreach (var record in await store.GetNodesAsync(missing, cancellationToken))
            {
                result[record.Id] = await DeriveAsync(store, record, 0, cancellationToken);
            }

            foreach (var id in missing)
            {
                result.TryAdd(id, []);
            }
        }

        return result;
    }

    private async Task<IReadOnlyList<DivisionCode>> OfIdsAsync(IGraphStore store, IEnumerable<string> ids, int depth, CancellationToken cancellationToken)
    {
        var codes = new List<DivisionCode>();
        var missing = new List<string>();
        foreach (var id in ids.Distinct(StringComparer.Ordinal))
        {
            if (_cache.TryGetValue(id, out var known))
            {
                codes.AddRange(known);
            }
            else
            {
                missing.Add(id);
            }
        }

        if (missing.Count > 0 && depth < MaxDepth)
        {
            foreach (var record in await store.GetNodesAsync(missing, cancellationToken))
            {
                codes.AddRange(await DeriveAsync(store, record, depth + 1, cancellationToken));
            }
        }

        return codes.DistinctBy(c => c.Value).ToList();
    }

    private async Task<IReadOnlyList<DivisionCode>> DeriveAsync(IGraphStore store, NodeRecord record, int depth, CancellationToken cancellationToken)
    {
        if (_cache.TryGetValue(record.Id, out var cached))
        {
            return cached;
        }

        var node = NodeMapper.FromRecord(record);
        if (node is Jurisdiction)
        {
            _reference[record.Id] = true;
        }

        IReadOnlyList<DivisionCode> codes = node switch
        {
            Jurisdiction j => [j.Code],
            Company c => Division(c.CreditCode),
            Unit => await ViaAsync(store, record.Id, RelType.InJurisdiction, Direction.Outgoing, depth, cancellationToken) is { Count: > 0 } own
                ? own
                : await ViaAsync(store, record.Id, RelType.SubordinateTo, Direction.Outgoing, depth, cancellationToken),
            Body or InspectionRound => await ViaAsync(store, record.Id, RelType.InJurisdiction, Direction.Outgoing, depth, cancellationToken),
            Position => await ViaAsync(store, record.Id, RelType.PositionIn, Direction.Outgoing, depth, cancellationToken),
            Person => await PersonAsync(store, record.Id, depth, cancellationToken),
            Project => await ViaAsync(store, record.Id, RelType.OwnsProject, Direction.Incoming, depth, cancellationToken),
            Fund => await ViaAsync(store, record.Id, RelType.ManagesFund, Direction.Incoming, depth, cancellationToken),
            Payment => await ViaAsync(store, record.Id, RelType.PaidFrom, Direction.Outgoing, depth, cancellationToken),
            InspectionGroup => await ViaAsync(store, record.Id, RelType.GroupOf, Direction.Outgoing, depth, cancellationToken),
            Clue => await ViaAsync(store, record.Id, RelType.FoundIn, Direction.Outgoing, depth, cancellationToken) is { Count: > 0 } round
                ? round
                : await ViaAsync(store, record.Id, RelType.Concerns, Direction.Outgoing, depth, cancellationToken),
            _ => [],
        };

        // A result cut short by the depth bound is not cached: asked for directly, the node may derive more.
        if (depth == 0 || codes.Count > 0)
        {
            codes = Shared(codes);
            _cache[record.Id] = codes;
        }

        return codes;
    }

    /// <summary>A person's posts; else their relatives' (a cadre's family); else their companies' (business people).</summary>
    private async Task<IReadOnlyList<DivisionCode>> PersonAsync(IGraphStore store, string personId, int depth, CancellationToken cancellationToken)
    {
        var posts = await ViaAsync(store, personId, RelType.Holds, Direction.Outgoing, depth, cancellationToken);
        if (posts.Count > 0)
        {
            return posts;
        }

        var family = await ViaAsync(store, personId, RelType.RelativeOf, Direction.Both, depth, cancellationToken);
        if (family.Count > 0)
        {
            return family;
        }

        var represented = await ViaAsync(store, personId, RelType.LegalRepresentativeOf, Direction.Outgoing, depth, cancellationToken);
        var held = await ViaAsync(store, personId, RelType.ShareholderOf, Direction.Outgoing, depth, cancellationToken);
        return [.. represented.Concat(held).DistinctBy(c => c.Value)];
    }

    private async Task<IReadOnlyList<DivisionCode>> ViaAsync(IGraphStore store, string nodeId, RelType type, Direction direction, int depth, CancellationToken cancellationToken)
    {
        var links = await store.GetRelationshipsAsync(nodeId, new TraversalFilter(RelTypes: new HashSet<RelType> { type }), cancellationToken);
        var others = new List<string>();
        foreach (var link in links)
        {
            if (direction != Direction.Incoming && link.StartId == nodeId)
            {
                others.Add(link.EndId);
            }
            else if (direction != Direction.Outgoing && link.EndId == nodeId)
            {
                others.Add(link.StartId);
            }
        }

        return others.Count == 0 ? [] : await OfIdsAsync(store, others, depth, cancellationToken);
    }

    private IReadOnlyList<DivisionCode> Shared(IReadOnlyList<DivisionCode> codes) =>
        codes.Count == 0 ? [] : _shared.GetOrAdd(string.Join(',', codes.Select(c => c.Value)), _ => codes);

    /// <summary>GB 32100: characters 3–8 of a unified social credit code are the registering division's code.</summary>
    private static IReadOnlyList<DivisionCode> Division(CreditCode code) =>
        DivisionCode.TryParse(code.Value.Substring(2, 6), out var division, out _) ? [division] : [];
}
