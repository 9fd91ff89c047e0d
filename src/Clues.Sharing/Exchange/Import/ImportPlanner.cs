using System.Text.Json;
using System.Text.Json.Nodes;
using Clues.Core.Graph;
using Clues.Core.Identifiers;
using Clues.Core.Model;
using Clues.Sharing.Exchange.Payload;
using Clues.Sharing.Exchange.Provenance;
using Clues.Sharing.Exchange.Selection;
using Clues.Sharing.Identifiers;
using Clues.Sharing.Matching;
using Clues.Sharing.Matching.Decisions;
using Clues.Sharing.Matching.Model;

namespace Clues.Sharing.Exchange.Import;

/// <summary>
/// Works out what an exchange document means for the local graph. Persons and companies go through entity
/// resolution against every local person and company: MATCH links to the local node (its facts are kept; differing
/// incoming facts become conflicts), REVIEW creates a separate node marked with the sending office and queues the
/// pair, NO_MATCH creates. Units link by exact name when the name is unique locally. Rounds and clues are always the
/// sender's own and are created under derived ids. Nothing existing is ever rewritten.
/// </summary>
internal sealed class ImportPlanner(IGraphStore store, IReadOnlyDictionary<(string Left, string Right), HumanDecision> decisions, Matcher matcher)
{
    public const string SenderIdProperty = "exchangeSenderId";
    public const string StubProperty = "exchangeStub";
    public const string KeyHeldByProperty = "keyHeldBy";

    private const int ReadChunk = 500;

    private readonly Dictionary<string, string> _local = new(StringComparer.Ordinal);
    private readonly Dictionary<string, NodeLabel> _labels = new(StringComparer.Ordinal);
    private readonly List<NodeRecord> _nodes = [];
    private readonly Dictionary<string, RelationshipRecord> _relationships = new(StringComparer.Ordinal);
    private readonly List<ProvenanceEntry> _provenance = [];
    private readonly List<ConflictEntry> _conflicts = [];
    private readonly List<MatchPair> _review = [];
    private string _origin = "";

    public async Task<ImportPlan> PlanAsync(ExchangeDocument document, CancellationToken cancellationToken)
    {
        _origin = document.From.Code;
        var parsed = document.Nodes.Select(n => (Node: n, Typed: Parse(n))).ToList();
        await ResolveEntitiesAsync(parsed.Where(p => p.Node.Label is NodeLabel.Person or NodeLabel.Company).ToList(), cancellationToken);
        await ResolveUnitsAsync(parsed.Where(p => p.Node.Label == NodeLabel.Unit).ToList(), cancellationToken);
        foreach (var (node, typed) in parsed.Where(p => p.Node.Label is NodeLabel.InspectionRound or NodeLabel.Clue))
        {
            await TakeOwnAsync(node, typed, cancellationToken);
        }

        foreach (var relationship in document.Relationships)
        {
            await AddRelationshipAsync(relationship, cancellationToken);
        }

        var batch = new GraphBatch { Nodes = _nodes.ToArray(), Relationships = _relationships.Values.ToArray() };
        return new ImportPlan(batch, _provenance, _conflicts, _review);
    }

    private static IGraphNode Parse(ExchangeNode node)
    {
        if (node?.SenderId is null || node.Properties is null)
        {
            throw Refused("a node has no senderId or no properties");
        }

        if (node.Label is not (NodeLabel.Person or NodeLabel.Company or NodeLabel.Unit or NodeLabel.InspectionRound or NodeLabel.Clue))
        {
            throw Refused($"{node.Label} '{node.SenderId}' is not a kind of node exchange packages carry (persons, companies, units, rounds, clues)");
        }

        IGraphNode typed;
        try
        {
            // Through the domain type: identifiers are checked again, and anything the type does not know is dropped.
            typed = NodeMapper.FromRecord(new NodeRecord(node.SenderId, node.Label, null, null, node.Properties.DeepClone().AsObject()));
        }
        catch (Exception e) when (e is JsonException or DomainValidationException or NotSupportedException or ArgumentException)
        {
            throw Refused($"{node.Label} '{node.SenderId}' cannot be read{FieldOf(e)}: {e.Message}");
        }

        return typed;
    }

    // The JSON path of the value a converter refused (e.g. $.nationalId), named the way the file names it.
    private static string FieldOf(Exception e) =>
        e is JsonException { Path: { Length: > 2 } path } ? $", field \"{path.TrimStart('$', '.')}\"" :
        e is DomainValidationException { Field: { Length: > 0 } field } ? $", field \"{field}\"" : "";

    private static ExchangeRefusedException Refused(string what) =>
        new(Packages.Container.PackageProblem.None, $"exchange.json: {what.TrimEnd('.')}. The package is signed, so ask the sending office to check its data and export again; nothing was imported.");

    private async Task ResolveEntitiesAsync(List<(ExchangeNode Node, IGraphNode Typed)> entities, CancellationToken cancellationToken)
    {
        var pending = new List<(ExchangeNode Node, IGraphNode Typed, string Derived)>();
        foreach (var (node, typed) in entities)
        {
            var derived = ExchangeIds.Derived(_origin, node.SenderId);
            var decided = decisions.Values.FirstOrDefault(d => d.LeftId == derived && d.Decision == MatchDecision.Match);
            if (decided is not null && await store.GetNodeAsync(decided.RightId, cancellationToken) is { } confirmed)
            {
                Link(node, typed, confirmed, ProvenanceAction.Linked, 1.0, [$"human decision MATCH by {decided.DecidedBy}"]);
            }
            else if (await store.GetNodeAsync(derived, cancellationToken) is { } earlier)
            {
                Link(node, typed, earlier, ProvenanceAction.Known, null, ["taken in from this office before"]);
            }
            else
            {
                pending.Add((node, typed, derived));
            }
        }

        if (pending.Count == 0)
        {
            return;
        }

        var incoming = pending.Select(p => ToMatchRecord(p.Derived, p.Typed)).ToList();
        var local = await LocalRecordsAsync(cancellationToken);
        var result = matcher.Match(incoming, local, cancellationToken);
        var pairs = HumanDecisionOverlay.Apply(result.Pairs, decisions, incoming, local)
            .GroupBy(p => p.LeftId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(p => p.Score).ThenBy(p => p.RightId, StringComparer.Ordinal).ToList(), StringComparer.Ordinal);
        foreach (var (node, typed, derived) in pending)
        {
            var candidates = pairs.GetValueOrDefault(derived) ?? [];
            if (candidates.FirstOrDefault(p => p.Decision == MatchDecision.Match) is { } match
                && await store.GetNodeAsync(match.RightId, cancellationToken) is { } same)
            {
                Link(node, typed, same, ProvenanceAction.Linked, match.Score, match.Reasons);
                continue;
            }

            var review = candidates.Where(p => p.Decision == MatchDecision.Review).ToList();
            var best = review.FirstOrDefault();
            await CreateAsync(node, typed, derived, review.Count > 0 ? ProvenanceAction.Review : ProvenanceAction.Created, best?.Score, best?.Reasons ?? [], cancellationToken);
            _review.AddRange(review);
        }
    }

    private static MatchRecord ToMatchRecord(string id, IGraphNode node) => node switch
    {
        Person p => new MatchRecord(id, EntityKind.Person, p.Name, p.NationalId?.Value, p.BirthDate, p.Gender),
        Company c => new MatchRecord(id, EntityKind.Company, c.Name, CreditCode: c.CreditCode.Value),
        _ => throw new ArgumentException($"{node.GetType().Name} is not resolved by matching.", nameof(node)),
    };

    private async Task<List<MatchRecord>> LocalRecordsAsync(CancellationToken cancellationToken)
    {
        var records = new List<MatchRecord>();
        foreach (var label in new[] { NodeLabel.Person, NodeLabel.Company })
        {
            var ids = new List<string>(ReadChunk);
            await foreach (var reference in store.ScanNodesAsync(label, null, cancellationToken))
            {
                ids.Add(reference.Id);
                if (ids.Count == ReadChunk)
                {
                    await AddLocalAsync(ids, records, cancellationToken);
                    ids.Clear();
                }
            }

            await AddLocalAsync(ids, records, cancellationToken);
        }

        return records;
    }

    private async Task AddLocalAsync(List<string> ids, List<MatchRecord> records, CancellationToken cancellationToken)
    {
        if (ids.Count == 0)
        {
            return;
        }

        foreach (var record in await store.GetNodesAsync(ids.ToArray(), cancellationToken))
        {
            records.Add(ToMatchRecord(record.Id, NodeMapper.FromRecord(record)));
        }
    }

    private async Task ResolveUnitsAsync(List<(ExchangeNode Node, IGraphNode Typed)> units, CancellationToken cancellationToken)
    {
        if (units.Count == 0)
        {
            return;
        }

        var byName = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        await foreach (var reference in store.ScanNodesAsync(NodeLabel.Unit, null, cancellationToken))
        {
            if (reference.Name is { } name)
            {
                if (!byName.TryGetValue(name, out var list))
                {
                    list = [];
                    byName[name] = list;
                }

                list.Add(reference.Id);
            }
        }

        foreach (var (node, typed) in units)
        {
            var unit = (Unit)typed;
            var derived = ExchangeIds.Derived(_origin, node.SenderId);
            if (byName.TryGetValue(unit.Name, out var same) && same.Count == 1 && await store.GetNodeAsync(same[0], cancellationToken) is { } local)
            {
                Link(node, typed, local, ProvenanceAction.Linked, null, ["same unit name, unique locally"]);
            }
            else
            {
                await TakeOwnAsync(node, typed, cancellationToken);
            }
        }
    }

    // Rounds, clues and unmatched units are the sender's own: created once under the derived id, never rewritten.
    private async Task TakeOwnAsync(ExchangeNode node, IGraphNode typed, CancellationToken cancellationToken)
    {
        var derived = ExchangeIds.Derived(_origin, node.SenderId);
        if (await store.GetNodeAsync(derived, cancellationToken) is { } earlier)
        {
            Link(node, typed, earlier, ProvenanceAction.Known, null, ["taken in from this office before"]);
            return;
        }

        await CreateAsync(node, typed, derived, ProvenanceAction.Created, null, [], cancellationToken);
        if (node.DivisionCode is { } code
            && await store.FindByKeyAsync(new NaturalKey(NaturalKeyKind.DivisionCode, code), cancellationToken) is { Label: NodeLabel.Jurisdiction } jurisdiction)
        {
            _labels[jurisdiction.Id] = NodeLabel.Jurisdiction;
            Add(new RelationshipRecord(GraphBatchBuilder.IdOf(RelType.InJurisdiction, derived, jurisdiction.Id), RelType.InJurisdiction, derived, jurisdiction.Id, null, null, []));
        }
    }

    private void Link(ExchangeNode node, IGraphNode typed, NodeRecord local, ProvenanceAction action, double? score, IReadOnlyList<string> reasons)
    {
        _local[node.SenderId] = local.Id;
        _labels[local.Id] = local.Label;
        _provenance.Add(new ProvenanceEntry(node.SenderId, local.Id, local.Label, action, score, reasons));
        CompareFacts(node.SenderId, typed, local);
    }

    private void CompareFacts(string senderId, IGraphNode incoming, NodeRecord local)
    {
        var theirs = NodeMapper.ToRecord(incoming).Properties;
        JsonObject ours;
        try
        {
            ours = NodeMapper.ToRecord(NodeMapper.FromRecord(local)).Properties;
        }
        catch (Exception e) when (e is JsonException or DomainValidationException or InvalidOperationException)
        {
            _conflicts.Add(new ConflictEntry(senderId, local.Id, "*", null, $"local node cannot be read ({e.Message}); incoming facts not compared"));
            return;
        }

        foreach (var (field, value) in theirs)
        {
            // The sender saying nothing is no contradiction; only facts it states are compared.
            if (value is null || field == "hasSealedReporter")
            {
                continue;
            }

            var mine = ours[field];
            if (!JsonNode.DeepEquals(value, mine))
            {
                _conflicts.Add(new ConflictEntry(senderId, local.Id, field, mine?.ToJsonString(), value.ToJsonString()));
            }
        }
    }

    private async Task CreateAsync(ExchangeNode node, IGraphNode typed, string derived, ProvenanceAction action, double? score, IReadOnlyList<string> reasons, CancellationToken cancellationToken)
    {
        var record = NodeMapper.ToRecord(typed);
        var properties = record.Properties;
        properties[ExchangeSelector.OriginProperty] = _origin;
        properties[SenderIdProperty] = node.SenderId;
        if (node.Stub)
        {
            properties[StubProperty] = true;
        }

        var key = record.Key;
        // A natural key is unique in the store: a REVIEW twin keeps its number as a property and leaves the key to the local node.
        if (key is { } k && await store.FindByKeyAsync(k, cancellationToken) is { } holder)
        {
            properties[KeyHeldByProperty] = holder.Id;
            key = null;
        }

        _nodes.Add(record with { Id = derived, Key = key, Properties = properties });
        _local[node.SenderId] = derived;
        _labels[derived] = record.Label;
        _provenance.Add(new ProvenanceEntry(node.SenderId, derived, record.Label, action, score, reasons));
    }

    private async Task AddRelationshipAsync(ExchangeRelationship relationship, CancellationToken cancellationToken)
    {
        if (relationship?.StartId is null || relationship.EndId is null)
        {
            throw Refused("a relationship does not name both its ends");
        }

        if (!_local.TryGetValue(relationship.StartId, out var start) || !_local.TryGetValue(relationship.EndId, out var end))
        {
            throw Refused($"{relationship.Type} from '{relationship.StartId}' to '{relationship.EndId}' names a node the package does not carry");
        }

        if (!RelationshipSchema.Allows(relationship.Type, _labels[start], _labels[end]))
        {
            throw Refused($"{relationship.Type} from '{relationship.StartId}' to '{relationship.EndId}' breaks the schema: {RelationshipSchema.Describe(relationship.Type)}");
        }

        var id = GraphBatchBuilder.IdOf(relationship.Type, start, end);
        // A relationship the local graph already holds (two linked nodes) stays as it is.
        if (_relationships.ContainsKey(id) || await store.GetRelationshipAsync(id, cancellationToken) is not null)
        {
            return;
        }

        Add(new RelationshipRecord(id, relationship.Type, start, end, relationship.ValidFrom, relationship.ValidTo, relationship.Properties?.DeepClone().AsObject() ?? []));
    }

    private void Add(RelationshipRecord relationship) => _relationships[relationship.Id] = relationship;
}
