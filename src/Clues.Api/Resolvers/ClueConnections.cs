using Clues.Api.Authorization;
using Clues.Core.Access;
using Clues.Core.Graph;
using Clues.Core.Model;
using Clues.Core.Model.Taxonomy;
using Clues.GraphQL.Execution;

namespace Clues.Api.Resolvers;

/// <summary>
/// The <c>clues(filter, first, after)</c> connections of persons, units, companies, rounds, groups and bodies:
/// the clue links of the node, filtered by a <c>ClueFilter</c>, newest first, paged by cursor.
/// </summary>
internal static class ClueConnections
{
    public static async Task<Connection> PageAsync(ResolveContext context, RelType type, Direction direction)
    {
        // Even the count and cursors of a node's clues are clue data.
        CallerAccess.Demand(context, Permission.ReadClue);
        var links = await GraphReads.LinksAsync(context, type, direction);

        // The filter and the order need the clues themselves; they come in one batched read, and the loader's cache
        // then serves the page's node fields without another call.
        var clues = await Task.WhenAll(links.Select(l => GraphReads.NodeAsync(context, l.OtherId)));
        var filter = Arguments.Input(context, "filter");
        var role = filter is not null && filter.TryGetValue("role", out var r) && r is SubjectRole wantedRole ? wantedRole : (SubjectRole?)null;
        var statuses = filter is not null && filter.TryGetValue("status", out var s) && s is System.Collections.IEnumerable list
            ? list.Cast<object>().OfType<ClueStatus>().ToHashSet()
            : null;
        var receivedFrom = filter is null ? null : Arguments.Date(filter, "receivedFrom");
        var receivedTo = filter is null ? null : Arguments.Date(filter, "receivedTo");

        var kept = new List<(Link Link, Clue Clue)>();
        for (var i = 0; i < links.Count; i++)
        {
            if (clues[i] is not Clue clue)
            {
                continue;
            }

            if ((role is null || links[i].Enum<SubjectRole>("role") == role)
                && (statuses is null || statuses.Contains(clue.Status))
                && (receivedFrom is null || clue.ReceivedOn >= receivedFrom)
                && (receivedTo is null || clue.ReceivedOn <= receivedTo))
            {
                kept.Add((links[i], clue));
            }
        }

        var ordered = kept
            .OrderByDescending(k => k.Clue.ReceivedOn)
            .ThenBy(k => k.Clue.Code, StringComparer.Ordinal)
            .Select(k => k.Link)
            .ToList();
        return Connection.Page(ordered, context.GetArgument<int?>("first") ?? 20, context.GetArgument<string>("after"));
    }
}
