using Clues.Core.Graph;
using Clues.Core.Identifiers;
using Clues.Core.Model;
using Clues.Core.Model.Taxonomy;
using Clues.Handover.Routing;

namespace Clues.Handover.Drafting;

/// <summary>
/// Reads from the graph what routing needs of a clue. A person's jurisdiction is that of the unit of their current
/// post (the post with the latest start; a unit without a jurisdiction of its own takes that of the unit it is subordinate to); a unit's is
/// its own. A person's management level is on the person (干部管理权限); a unit is routed as UNIT-managed. A clue
/// without a round, or a subject whose jurisdiction cannot be found, is refused with a message naming what is missing,
/// since guessing a recipient is worse than asking the officer to complete the data.
/// </summary>
public sealed class ClueFactsReader(IGraphStore store)
{
    private const int MaxUnitHops = 6;

    /// <summary>The facts of one clue.</summary>
    /// <exception cref="RoutingException">The clue, its round or a subject's jurisdiction is missing.</exception>
    public async Task<ClueHandoverFacts> ReadAsync(string clueId, CancellationToken cancellationToken)
    {
        var record = await store.GetNodeAsync(clueId, cancellationToken).ConfigureAwait(false);
        if (record is null || record.Label != NodeLabel.Clue)
        {
            throw new RoutingException($"No clue with id '{clueId}' is in the store; use the id of a registered clue.");
        }

        var clue = NodeMapper.FromRecord<Clue>(record);
        var rels = await store.GetRelationshipsAsync(clueId, new TraversalFilter(new HashSet<RelType> { RelType.FoundIn, RelType.Concerns }, Direction: Direction.Outgoing), cancellationToken).ConfigureAwait(false);
        var roundId = rels.FirstOrDefault(r => r.Type == RelType.FoundIn)?.EndId
            ?? throw new RoutingException($"Clue {clue.Code} ({clueId}) is not linked to the inspection round that found it (FoundIn); link it before drafting a handover.");
        var roundRecord = await store.GetNodeAsync(roundId, cancellationToken).ConfigureAwait(false)
            ?? throw new RoutingException($"The round {roundId} of clue {clue.Code} is missing from the store.");
        var round = NodeMapper.FromRecord<InspectionRound>(roundRecord);
        var roundJurisdiction = await JurisdictionOfAsync(roundId, cancellationToken).ConfigureAwait(false)
            ?? throw new RoutingException($"Round {round.Name} ({roundId}) has no jurisdiction (InJurisdiction); the office that found clue {clue.Code} cannot be told.");
        var foundBy = new FindingOffice(round.Level, roundJurisdiction);

        var subjects = new List<ClueHandoverSubject>();
        var subjectIds = rels.Where(r => r.Type == RelType.Concerns).Select(r => r.EndId).Distinct(StringComparer.Ordinal).ToList();
        foreach (var subject in await store.GetNodesAsync(subjectIds, cancellationToken).ConfigureAwait(false))
        {
            switch (NodeMapper.FromRecord(subject))
            {
                case Person person:
                    var personJurisdiction = await PersonJurisdictionAsync(person.Id, cancellationToken).ConfigureAwait(false)
                        ?? throw new RoutingException($"Subject {person.Name} ({person.Id}) of clue {clue.Code} holds no post in a unit with a jurisdiction; record the post before drafting.");
                    subjects.Add(new ClueHandoverSubject(person.Id, NodeLabel.Person, person.Name, new RoutingSubject(person.ManagementLevel, personJurisdiction)));
                    break;
                case Unit unit:
                    var unitJurisdiction = await UnitJurisdictionAsync(unit.Id, cancellationToken).ConfigureAwait(false)
                        ?? throw new RoutingException($"Subject unit {unit.Name} ({unit.Id}) of clue {clue.Code} has no jurisdiction; link it (InJurisdiction) before drafting.");
                    subjects.Add(new ClueHandoverSubject(unit.Id, NodeLabel.Unit, unit.Name, new RoutingSubject(ManagementLevel.Unit, unitJurisdiction)));
                    break;
            }
        }

        if (subjects.Count == 0)
        {
            throw new RoutingException($"Clue {clue.Code} ({clueId}) concerns no person or unit; link its subject (Concerns) before drafting a handover.");
        }

        return new ClueHandoverFacts(clue, round, foundBy, subjects);
    }

    private async Task<DivisionCode?> PersonJurisdictionAsync(string personId, CancellationToken cancellationToken)
    {
        var holds = await store.GetRelationshipsAsync(personId, new TraversalFilter(new HashSet<RelType> { RelType.Holds }, Direction: Direction.Outgoing), cancellationToken).ConfigureAwait(false);

        // The current post first: open-ended, then the latest start.
        foreach (var hold in holds.OrderBy(h => h.ValidTo is null ? 0 : 1).ThenByDescending(h => h.ValidFrom ?? DateOnly.MinValue))
        {
            var units = await store.GetRelationshipsAsync(hold.EndId, new TraversalFilter(new HashSet<RelType> { RelType.PositionIn }, Direction: Direction.Outgoing), cancellationToken).ConfigureAwait(false);
            foreach (var unit in units)
            {
                if (await UnitJurisdictionAsync(unit.EndId, cancellationToken).ConfigureAwait(false) is { } code)
                {
                    return code;
                }
            }
        }

        return null;
    }

    private async Task<DivisionCode?> UnitJurisdictionAsync(string unitId, CancellationToken cancellationToken)
    {
        var current = unitId;
        for (var hop = 0; hop < MaxUnitHops; hop++)
        {
            if (await JurisdictionOfAsync(current, cancellationToken).ConfigureAwait(false) is { } code)
            {
                return code;
            }

            var parents = await store.GetRelationshipsAsync(current, new TraversalFilter(new HashSet<RelType> { RelType.SubordinateTo }, Direction: Direction.Outgoing), cancellationToken).ConfigureAwait(false);
            if (parents.Count == 0)
            {
                return null;
            }

            current = parents[0].EndId;
        }

        return null;
    }

    private async Task<DivisionCode?> JurisdictionOfAsync(string nodeId, CancellationToken cancellationToken)
    {
        var links = await store.GetRelationshipsAsync(nodeId, new TraversalFilter(new HashSet<RelType> { RelType.InJurisdiction }, Direction: Direction.Outgoing), cancellationToken).ConfigureAwait(false);
        foreach (var link in links)
        {
            if (await store.GetNodeAsync(link.EndId, cancellationToken).ConfigureAwait(false) is { Label: NodeLabel.Jurisdiction } record)
            {
                return NodeMapper.FromRecord<Jurisdiction>(record).Code;
            }
        }

        return null;
    }
}
