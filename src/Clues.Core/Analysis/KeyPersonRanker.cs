using System.Globalization;
using Clues.Core.Graph;
using Clues.Core.Model;
using Clues.Core.Model.Taxonomy;

namespace Clues.Core.Analysis;

/// <summary>
/// Ranks people by how clues concentrate on them (重点人), comparing explainable factors one after
/// another (see <see cref="OrderingRule"/>) instead of weighting them into a score, so every place in
/// the ranking can be justified by the first factor on which two people differ.
/// </summary>
/// <remarks>
/// Seriousness follows the problem group (<see cref="ClueSeriousness"/>). Political problems are
/// political and organisational discipline, vote buying and organised crime (the "protective
/// umbrella"); economic problems are integrity discipline, duty crime, gifts and cash and buying
/// posts. Clues reach a person by <see cref="RelType.Concerns"/>; a Concerns without a role counts as primary.
/// </remarks>
public sealed class KeyPersonRanker
{
    /// <summary>The ordering, applied lexicographically: each factor only breaks ties left by the ones before it.</summary>
    public const string OrderingRule =
        "1. more clues; 2. more independent source channels; 3. more clues received on or after the persistence cutoff; "
        + "4. more serious worst problem (crime > discipline > work style > party building); 5. political and economic problems intertwined first; "
        + "6. more recent latest clue; 7. leading-team post first; 8. higher post rank (no post last); "
        + "9. higher management level (province > city > county > unit > none); 10. person id, ordinal.";

    private readonly IGraphStore _store;

    /// <summary>Creates a ranker reading from <paramref name="store"/>.</summary>
    public KeyPersonRanker(IGraphStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        _store = store;
    }

    /// <summary>
    /// The top people in scope. Neither jurisdiction nor round, or <see cref="KeyPersonQuery.Top"/> out of
    /// 1 to 1000, raises <see cref="ArgumentException"/>; an unknown id raises <see cref="NodeNotFoundException"/>.
    /// </summary>
    public async Task<KeyPersonRanking> RankAsync(KeyPersonQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (query.JurisdictionId is null && query.RoundId is null)
        {
            throw new ArgumentException("Give a jurisdiction, a round, or both.", nameof(query));
        }

        if (query.Top is < 1 or > 1000)
        {
            throw new ArgumentOutOfRangeException(nameof(query), query.Top, "Top must be 1 to 1000.");
        }

        var cutoff = query.PersistenceCutoff ?? KeyPersonCriteria.DefaultPersistenceCutoff;
        var cache = new Dictionary<string, NodeRecord>(StringComparer.Ordinal);

        HashSet<string>? roundClues = null;
        if (query.RoundId is not null)
        {
            var round = await _store.GetNodeAsync(query.RoundId, cancellationToken).ConfigureAwait(false) ?? throw new NodeNotFoundException(query.RoundId);
            if (round.Label != NodeLabel.InspectionRound)
            {
                throw new ArgumentException($"'{round.Id}' is a {round.Label}, not an InspectionRound.", nameof(query));
            }

            var found = await StoreReads.RelsAsync(_store, round.Id, RelType.FoundIn, Direction.Incoming, NodeLabel.Clue, cancellationToken).ConfigureAwait(false);
            roundClues = found.Select(f => f.StartId).ToHashSet(StringComparer.Ordinal);
        }

        List<string> people;
        if (query.JurisdictionId is not null)
        {
            var tree = await StoreReads.JurisdictionTreeAsync(_store, query.JurisdictionId, cancellationToken).ConfigureAwait(false);
            var units = await StoreReads.SittingInAsync(_store, tree, NodeLabel.Unit, cancellationToken).ConfigureAwait(false);
            people = await StoreReads.PeopleWithPostsInAsync(_store, units, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            people = await PeopleConcernedByAsync(roundClues!, cancellationToken).ConfigureAwait(false);
        }

        var entries = new List<KeyPersonEntry>();
        foreach (var personId in people)
        {
            var entry = await AssessAsync(personId, roundClues, query.IncludeRelatedSubjects, cutoff, cache, cancellationToken).ConfigureAwait(false);
            if (entry is not null)
            {
                entries.Add(entry);
            }
        }

        entries.Sort(Compare);
        var top = entries.Take(query.Top).Select((e, i) => e with { Rank = i + 1 }).ToList();
        return new KeyPersonRanking(top, entries.Count, cutoff, OrderingRule);
    }

    /// <summary>The lexicographic comparison of <see cref="OrderingRule"/>; negative when <paramref name="a"/> ranks higher.</summary>
    internal static int Compare(KeyPersonEntry a, KeyPersonEntry b)
    {
        int c;
        if ((c = b.ClueCount.CompareTo(a.ClueCount)) != 0
            || (c = b.SourceChannelCount.CompareTo(a.SourceChannelCount)) != 0
            || (c = b.CluesAfterCutoff.CompareTo(a.CluesAfterCutoff)) != 0
            || (c = b.Seriousness.CompareTo(a.Seriousness)) != 0
            || (c = b.PoliticalAndEconomic.CompareTo(a.PoliticalAndEconomic)) != 0
            || (c = Nullable.Compare(b.LatestClueOn, a.LatestClueOn)) != 0
            || (c = (b.Post?.LeadingTeamMember ?? false).CompareTo(a.Post?.LeadingTeamMember ?? false)) != 0
            // CadreRank and ManagementLevel count down from the most senior, so the lower value ranks higher.
            || (c = ((int?)a.Post?.Rank ?? int.MaxValue).CompareTo((int?)b.Post?.Rank ?? int.MaxValue)) != 0
            || (c = a.ManagementLevel.CompareTo(b.ManagementLevel)) != 0)
        {
            return c;
        }

        return string.CompareOrdinal(a.Person.Id, b.Person.Id);
    }

    private async Task<List<string>> PeopleConcernedByAsync(HashSet<string> clueIds, CancellationToken cancellationToken)
    {
        var people = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var clueId in clueIds)
        {
            foreach (var concerns in await StoreReads.RelsAsync(_store, clueId, RelType.Concerns, Direction.Outgoing, NodeLabel.Person, cancellationToken).ConfigureAwait(false))
            {
                people.Add(concerns.EndId);
            }
        }

        return [.. people];
    }

    private async Task<KeyPersonEntry?> AssessAsync(
        string personId, HashSet<string>? roundClues, bool includeRelated, DateOnly cutoff, Dictionary<string, NodeRecord> cache, CancellationToken cancellationToken)
    {
        var concerns = await StoreReads.RelsAsync(_store, personId, RelType.Concerns, Direction.Incoming, NodeLabel.Clue, cancellationToken).ConfigureAwait(false);
        var clueIds = concerns
            .Where(c => includeRelated || StoreReads.EnumValue<SubjectRole>(c.Properties, "role") is null or SubjectRole.Primary)
            .Select(c => c.StartId)
            .Where(id => roundClues is null || roundClues.Contains(id))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        if (clueIds.Count == 0)
        {
            return null;
        }

        var nodes = await StoreReads.LoadAsync(_store, clueIds.Append(personId), cache, cancellationToken).ConfigureAwait(false);
        var clues = clueIds.Where(nodes.ContainsKey).Select(id => NodeMapper.FromRecord<Clue>(nodes[id]))
            .OrderBy(c => c.ReceivedOn).ThenBy(c => c.Id, StringComparer.Ordinal).ToList();
        var person = NodeMapper.FromRecord<Person>(nodes[personId]);
        var problems = clues.SelectMany(c => c.Problems).Distinct().Order().ToList();
        var sources = clues.Select(c => c.Source).Distinct().Order().ToList();
        var seriousness = problems.Count == 0 ? ClueSeriousness.NotInspectionBusiness : problems.Max(KeyPersonCriteria.SeriousnessOf);
        var political = problems.Where(KeyPersonCriteria.Political.Contains).ToList();
        var economic = problems.Where(KeyPersonCriteria.Economic.Contains).ToList();
        var latest = clues.Count > 0 ? clues[^1].ReceivedOn : (DateOnly?)null;
        var afterCutoff = clues.Count(c => c.ReceivedOn >= cutoff);
        var post = await PostOfAsync(personId, cache, cancellationToken).ConfigureAwait(false);

        var factors = new List<string>
        {
            $"clues: {clues.Count} ({string.Join(", ", clues.Select(c => $"{c.Code} {Day(c.ReceivedOn)}"))})",
            $"independent source channels: {sources.Count} ({string.Join(", ", sources.Select(s => $"{s} {Labels.Of(s)}"))})",
            $"clues on or after {Day(cutoff)} (不收敛不收手): {afterCutoff}",
            $"most serious problem: {seriousness} ({string.Join(", ", problems.Select(p => $"{p} {ProblemTaxonomy.LabelOf(p)}"))})",
            political.Count > 0 && economic.Count > 0
                ? $"political and economic problems intertwined: yes (political {string.Join("/", political)}; economic {string.Join("/", economic)})"
                : $"political and economic problems intertwined: no (political {political.Count}, economic {economic.Count})",
            $"latest clue: {(latest is null ? "none" : Day(latest.Value))}",
            post is null ? "post: none recorded" : $"post: {post.Title} in {post.Unit?.Name ?? "unknown unit"}, leading team {(post.LeadingTeamMember ? "yes" : "no")}",
            post is null ? "rank: none" : $"rank: {post.Rank} {Labels.Of(post.Rank)}",
            $"management level: {person.ManagementLevel} {Labels.Of(person.ManagementLevel)}",
        };

        return new KeyPersonEntry(
            0, StoreReads.Ref(nodes[personId]), clues.Select(c => c.Id).ToList(), sources, latest, afterCutoff, seriousness,
            political, economic, post, person.ManagementLevel, factors);
    }

    private async Task<KeyPersonPost?> PostOfAsync(string personId, Dictionary<string, NodeRecord> cache, CancellationToken cancellationToken)
    {
        var holds = await StoreReads.RelsAsync(_store, personId, RelType.Holds, Direction.Outgoing, NodeLabel.Position, cancellationToken).ConfigureAwait(false);
        if (holds.Count == 0)
        {
            return null;
        }

        var nodes = await StoreReads.LoadAsync(_store, holds.Select(h => h.EndId), cache, cancellationToken).ConfigureAwait(false);
        var best = holds
            .Where(h => nodes.ContainsKey(h.EndId))
            .Select(h => (Hold: h, Position: NodeMapper.FromRecord<Position>(nodes[h.EndId])))
            .OrderBy(p => (p.Hold.ValidTo ?? p.Position.End) is null ? 0 : 1)
            .ThenBy(p => p.Position.LeadingTeamMember ? 0 : 1)
            .ThenBy(p => p.Position.Rank)
            .ThenByDescending(p => p.Hold.ValidFrom ?? p.Position.Start)
            .ThenBy(p => p.Position.Id, StringComparer.Ordinal)
            .Select(p => ((RelationshipRecord Hold, Position Position)?)p)
            .FirstOrDefault();
        if (best is not { } chosen)
        {
            return null;
        }

        var unitRel = await StoreReads.RelsAsync(_store, chosen.Position.Id, RelType.PositionIn, Direction.Outgoing, NodeLabel.Unit, cancellationToken).ConfigureAwait(false);
        NodeRef? unit = null;
        if (unitRel.Count > 0)
        {
            var units = await StoreReads.LoadAsync(_store, [unitRel[0].EndId], cache, cancellationToken).ConfigureAwait(false);
            unit = units.TryGetValue(unitRel[0].EndId, out var u) ? StoreReads.Ref(u) : null;
        }

        return new KeyPersonPost(
            StoreReads.Ref(nodes[chosen.Position.Id]), unit, chosen.Position.Title, chosen.Position.Rank, chosen.Position.LeadingTeamMember,
            chosen.Hold.ValidFrom ?? chosen.Position.Start, chosen.Hold.ValidTo ?? chosen.Position.End);
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
