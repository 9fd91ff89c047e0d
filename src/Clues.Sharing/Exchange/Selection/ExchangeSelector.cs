using System.Text.Json.Nodes;
using Clues.Core.Graph;
using Clues.Core.Model;
using Clues.Core.Model.Taxonomy;
using Clues.Sharing.Exchange.Payload;

namespace Clues.Sharing.Exchange.Selection;

/// <summary>
/// Chooses what an office sends the other level. County to city: clues found by the county's own rounds whose
/// subjects include a city- or province-managed cadre (province ones as stubs only), with every round's problem list.
/// City to county: clues found by the city's elevated rounds over that county whose subjects include a
/// county-managed cadre (never one that also concerns a province-managed cadre), with those rounds' problem lists.
/// Reporter identity is never read: it lives in the sealed store, and the clue's own flag is cleared.
/// </summary>
internal sealed class ExchangeSelector(IGraphStore store)
{
    /// <summary>Marks nodes a deployment took in from an exchange; they are the other office's findings and never sent on.</summary>
    public const string OriginProperty = "exchangeOrigin";

    public const string StubSummary = "省管干部问题线索存根：线索内容由市委巡察办汇总报省委巡视办，本包不含内容与证据。";

    private static readonly IReadOnlySet<RelType> SubjectTies = new HashSet<RelType> { RelType.RelativeOf, RelType.LegalRepresentativeOf, RelType.ShareholderOf };

    private readonly Dictionary<string, NodeRecord?> _nodes = new(StringComparer.Ordinal);

    public async Task<ExchangeDocument> SelectAsync(OfficeJurisdiction from, OfficeJurisdiction to, ExchangeDirection direction, DateOnly? since, CancellationToken cancellationToken)
    {
        var rounds = await RoundsAsync(from, to, direction, cancellationToken);
        var nodes = new List<ExchangeNode>();
        var relationships = new List<ExchangeRelationship>();
        var problemLists = new List<ProblemList>();
        var subjects = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var round in rounds)
        {
            var shared = 0;
            var clues = 0;
            var byProblem = new SortedDictionary<ProblemType, int>();
            foreach (var clueId in await EndsAsync(round.Id, RelType.FoundIn, NodeLabel.Clue, Direction.Incoming, cancellationToken))
            {
                if (await NodeAsync(clueId, cancellationToken) is not { } record || IsImported(record))
                {
                    continue;
                }

                var clue = NodeMapper.FromRecord<Clue>(record);
                if (since is { } day && clue.ReceivedOn < day)
                {
                    continue;
                }

                clues++;
                foreach (var problem in clue.Problems)
                {
                    byProblem[problem] = byProblem.GetValueOrDefault(problem) + 1;
                }

                var concerns = await store.GetRelationshipsAsync(clueId, Filter(RelType.Concerns, null, Direction.Outgoing), cancellationToken);
                var levels = new List<ManagementLevel>();
                foreach (var link in concerns)
                {
                    if (await NodeAsync(link.EndId, cancellationToken) is { Label: NodeLabel.Person } subject)
                    {
                        levels.Add(NodeMapper.FromRecord<Person>(subject).ManagementLevel);
                    }
                }

                var stub = levels.Contains(ManagementLevel.Province);
                var wanted = direction == ExchangeDirection.CountyToCity
                    ? levels.Contains(ManagementLevel.City) || stub
                    : levels.Contains(ManagementLevel.County) && !stub;
                if (!wanted)
                {
                    continue;
                }

                shared++;
                nodes.Add(ClueNode(clue, stub));
                relationships.Add(Relationship(RelType.FoundIn, clueId, round.Id, null, null, []));
                foreach (var link in concerns)
                {
                    subjects.Add(link.EndId);
                    relationships.Add(Relationship(RelType.Concerns, clueId, link.EndId, link.ValidFrom, link.ValidTo, link.Properties));
                }
            }

            if (clues > 0)
            {
                problemLists.Add(new ProblemList(round.Id, round.Name, round.Kind, round.Start, round.End, clues, shared, byProblem));
            }

            if (shared > 0)
            {
                nodes.Add(new ExchangeNode(round.Id, NodeLabel.InspectionRound, NodeMapper.ToRecord(round).Properties, await GeographyReader.DivisionOfAsync(store, round.Id, cancellationToken)));
            }
        }

        await AddSubjectsAsync(subjects, nodes, relationships, cancellationToken);
        return new ExchangeDocument(
            ExchangeDocument.CurrentFormat,
            new ExchangeParty(from.Code.Value, from.OfficeName),
            new ExchangeParty(to.Code.Value, to.OfficeName),
            direction,
            SelectionRule(from, to, direction),
            since,
            nodes,
            relationships,
            problemLists);
    }

    public static string SelectionRule(OfficeJurisdiction from, OfficeJurisdiction to, ExchangeDirection direction) => direction == ExchangeDirection.CountyToCity
        ? $"{from.Name}本级各轮巡察发现的、反映对象含市管干部的问题线索，反映对象含省管干部的只报存根（不含内容）；附各轮问题清单。不含举报人信息。"
        : $"{from.Name}提级巡察{to.Name}所属单位发现的、反映对象含{to.Name}县管干部的问题线索（涉及省管干部的不下发）；附这些轮次的问题清单。不含举报人信息。";

    private static bool IsImported(NodeRecord record) => record.Properties.ContainsKey(OriginProperty);

    private static ExchangeNode ClueNode(Clue clue, bool stub)
    {
        // The sealed-reporter flag stays home: the receiver holds no sealed identity for this clue.
        var sent = stub
            ? clue with { Summary = StubSummary, Evidence = [], HasSealedReporter = false }
            : clue with { HasSealedReporter = false };
        var properties = NodeMapper.ToRecord(sent).Properties;
        properties.Remove("hasSealedReporter");
        return new ExchangeNode(clue.Id, NodeLabel.Clue, properties, Stub: stub);
    }

    private static ExchangeRelationship Relationship(RelType type, string start, string end, DateOnly? from, DateOnly? to, JsonObject properties) =>
        new(type, start, end, from, to, properties.DeepClone().AsObject());

    private static TraversalFilter Filter(RelType type, NodeLabel? label, Direction direction) =>
        new(new HashSet<RelType> { type }, label is { } l ? new HashSet<NodeLabel> { l } : null, direction);

    private async Task<List<InspectionRound>> RoundsAsync(OfficeJurisdiction from, OfficeJurisdiction to, ExchangeDirection direction, CancellationToken cancellationToken)
    {
        var rounds = new List<InspectionRound>();
        foreach (var id in await EndsAsync(from.NodeId, RelType.InJurisdiction, NodeLabel.InspectionRound, Direction.Incoming, cancellationToken))
        {
            if (await NodeAsync(id, cancellationToken) is not { } record || IsImported(record))
            {
                continue;
            }

            var round = NodeMapper.FromRecord<InspectionRound>(record);
            if (direction == ExchangeDirection.CountyToCity || (round.Kind == RoundKind.Elevated && await InspectsAsync(round.Id, to, cancellationToken)))
            {
                rounds.Add(round);
            }
        }

        return rounds.OrderBy(r => r.Start).ThenBy(r => r.Id, StringComparer.Ordinal).ToList();
    }

    // An elevated round belongs to the county whose units its groups inspect.
    private async Task<bool> InspectsAsync(string roundId, OfficeJurisdiction county, CancellationToken cancellationToken)
    {
        foreach (var group in await EndsAsync(roundId, RelType.GroupOf, NodeLabel.InspectionGroup, Direction.Incoming, cancellationToken))
        {
            foreach (var unit in await EndsAsync(group, RelType.Inspects, NodeLabel.Unit, Direction.Outgoing, cancellationToken))
            {
                if ((await EndsAsync(unit, RelType.InJurisdiction, NodeLabel.Jurisdiction, Direction.Outgoing, cancellationToken)).Contains(county.NodeId))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private async Task AddSubjectsAsync(SortedSet<string> subjects, List<ExchangeNode> nodes, List<ExchangeRelationship> relationships, CancellationToken cancellationToken)
    {
        var ties = new SortedDictionary<string, RelationshipRecord>(StringComparer.Ordinal);
        foreach (var id in subjects)
        {
            if (await NodeAsync(id, cancellationToken) is not { } record)
            {
                continue;
            }

            // Round-trip through the domain type so only the type's own properties travel.
            var properties = NodeMapper.ToRecord(NodeMapper.FromRecord(record)).Properties;
            var division = record.Label == NodeLabel.Unit ? await GeographyReader.DivisionOfAsync(store, id, cancellationToken) : null;
            nodes.Add(new ExchangeNode(id, record.Label, properties, division));
            if (record.Label is NodeLabel.Person or NodeLabel.Company)
            {
                foreach (var tie in await store.GetRelationshipsAsync(id, new TraversalFilter(SubjectTies), cancellationToken))
                {
                    if (subjects.Contains(tie.StartId) && subjects.Contains(tie.EndId))
                    {
                        ties.TryAdd(tie.Id, tie);
                    }
                }
            }
        }

        relationships.AddRange(ties.Values.Select(t => Relationship(t.Type, t.StartId, t.EndId, t.ValidFrom, t.ValidTo, t.Properties)));
    }

    private async Task<List<string>> EndsAsync(string nodeId, RelType type, NodeLabel label, Direction direction, CancellationToken cancellationToken)
    {
        var links = await store.GetRelationshipsAsync(nodeId, Filter(type, label, direction), cancellationToken);
        return links.Select(l => direction == Direction.Incoming ? l.StartId : l.EndId).Distinct(StringComparer.Ordinal).ToList();
    }

    private async Task<NodeRecord?> NodeAsync(string id, CancellationToken cancellationToken)
    {
        if (!_nodes.TryGetValue(id, out var record))
        {
            record = await store.GetNodeAsync(id, cancellationToken);
            _nodes[id] = record;
        }

        return record;
    }
}
