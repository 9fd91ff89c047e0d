using System.Text.RegularExpressions;
using Clues.Api.Resolvers;
using Clues.Core.Analysis;
using Clues.Core.Graph;
using Clues.Core.Model;
using Clues.GraphQL.Execution;

namespace Clues.Api.Authorization;

/// <summary>
/// Need to know for the analyses and the clue list: the services compute one answer for everyone (it is cached by
/// query and data version), and this layer cuts each caller's view out of it afterwards. Nothing here changes the
/// cached value; every method returns a new object. A hit, entry or edge that would name a node the caller may not
/// see is left out and counted, so the caller knows that something was withheld but not what.
/// </summary>
internal static partial class AnalysisVisibility
{
    /// <summary>Matches whose visibility is decided at once: small enough to stay off the large-object heap.</summary>
    private const int VisibilityBatch = 512;

    /// <summary>Words that may be store ids in a note (ids join their parts with hyphens: <c>pay-s2-1</c>).</summary>
    [GeneratedRegex(@"[\p{L}\p{N}_]+(?:-[\p{L}\p{N}_]+)+")]
    private static partial Regex IdLike();

    /// <summary>The caller's part of a conflict-of-interest report: hits whose chain touches a hidden node are dropped.</summary>
    public static async Task<ConflictReportView> ConflictsAsync(ResolveContext context, ConflictOfInterestReport report)
    {
        var visible = await CallerAccess.VisibilityAsync(context, report.Hits.SelectMany(NodesOf).Select(n => n.Id));
        var hits = report.Hits.Where(hit => NodesOf(hit).All(n => visible[n.Id])).ToList();
        return new ConflictReportView(report.Subject, hits, await NotesAsync(context, report.Notes), report.Hits.Count - hits.Count);
    }

    /// <summary>
    /// The caller's part of a fund flow: hidden nodes are dropped, and so is every edge that touches one (or sums a
    /// payment the caller may not see); both are counted.
    /// </summary>
    public static async Task<FundFlowView> FundFlowAsync(ResolveContext context, FundFlow flow)
    {
        var ids = flow.Nodes.Select(n => n.Node.Id)
            .Concat(flow.Edges.SelectMany(e => e.Payments.Select(p => p.Payment.Id).Append(e.From.Id).Append(e.To.Id)));
        var visible = await CallerAccess.VisibilityAsync(context, ids);
        var nodes = flow.Nodes.Where(n => visible[n.Node.Id]).ToList();
        var edges = flow.Edges
            .Where(e => visible[e.From.Id] && visible[e.To.Id] && e.Payments.All(p => visible[p.Payment.Id]))
            .ToList();
        var notes = await NotesAsync(context, flow.Notes);
        return new FundFlowView(nodes, edges, flow.Truncated, notes, flow.Nodes.Count - nodes.Count, flow.Edges.Count - edges.Count);
    }

    /// <summary>
    /// The caller's part of a key-person ranking: entries for hidden persons are dropped and the rest renumbered from
    /// 1 (a gap in the ranks would tell that someone was left out); a post in a hidden unit is not shown.
    /// </summary>
    public static async Task<KeyPersonRankingView> KeyPersonsAsync(ResolveContext context, KeyPersonRanking ranking)
    {
        var ids = ranking.Entries.SelectMany(e => e.Post is { } post
            ? new[] { e.Person.Id, post.Position.Id }.Concat(post.Unit is { } unit ? [unit.Id] : [])
            : [e.Person.Id]);
        var visible = await CallerAccess.VisibilityAsync(context, ids);
        var entries = new List<KeyPersonEntry>(ranking.Entries.Count);
        foreach (var entry in ranking.Entries)
        {
            if (!visible[entry.Person.Id])
            {
                continue;
            }

            var post = entry.Post is { } p && visible[p.Position.Id] && (p.Unit is null || visible[p.Unit.Id]) ? p : null;
            entries.Add(entry with { Rank = entries.Count + 1, Post = post });
        }

        return new KeyPersonRankingView(
            entries, ranking.Candidates, ranking.PersistenceCutoff, ranking.OrderingRule, ranking.Entries.Count - entries.Count);
    }

    /// <summary>
    /// Pages the clue list over the caller's visible clues only, so the total, the pages and the cursors agree with
    /// each other. <paramref name="matches"/> gives the matching clues after an id (all for null) in ascending id
    /// order, lazily. Visibility is decided only as far as the page and one more, and, with <paramref name="countAll"/>,
    /// for every match in batches (the total counts visible clues only; without it the total is -1 and must not be
    /// shown). List entries are built for the page alone. Cursors have the service's form (the last id seen).
    /// Subjects, rounds and groups outside the caller's jurisdiction are left out of each listed clue.
    /// </summary>
    public static async Task<VisibleCluePage> CluesAsync(
        ResolveContext context, ClueMatches matches, Func<IReadOnlyList<Clue>, Task<IReadOnlyList<ClueListItem>>> itemsOf, int first, string? after, bool countAll)
    {
        var afterId = after is null ? null : ClueQueryService.IdAfter(after);
        var selected = new List<Clue>(first);
        var hasNext = false;
        var total = -1;
        if (countAll)
        {
            total = 0;
            foreach (var batch in matches.After(null).Chunk(VisibilityBatch))
            {
                var visible = await CallerAccess.VisibilityAsync(context, batch.Select(c => c.Id));
                total += batch.Count(c => visible[c.Id]);
            }
        }

        // In growing batches: a county user's first visible clue may lie thousands of matches in.
        using var pending = matches.After(afterId).GetEnumerator();
        for (var size = first + 1; !hasNext; size = Math.Min(size * 4, VisibilityBatch))
        {
            var batch = new List<Clue>(size);
            while (batch.Count < size && pending.MoveNext())
            {
                batch.Add(pending.Current);
            }

            if (batch.Count == 0)
            {
                break;
            }

            var visible = await CallerAccess.VisibilityAsync(context, batch.Select(c => c.Id));
            foreach (var clue in batch.Where(c => visible[c.Id]))
            {
                if (selected.Count < first)
                {
                    selected.Add(clue);
                }
                else
                {
                    hasNext = true;
                    break;
                }
            }
        }

        var page = await itemsOf(selected);

        // A visible clue may name nodes of another office: subjects of a cross round's clue about a neighbour's unit, or
        // the round and group of a clue another office shared. They are left out of the listing, as they are from the
        // clue's own fields.
        var named = await CallerAccess.VisibilityAsync(context, page.SelectMany(i => i.Subjects.Select(s => s.Subject.Id)
            .Concat(i.Round is { } r ? [r.Id] : []).Concat(i.Group is { } g ? [g.Id] : [])));
        var shown = page.Select(i => i with
        {
            Subjects = i.Subjects.All(s => named[s.Subject.Id]) ? i.Subjects : i.Subjects.Where(s => named[s.Subject.Id]).ToList(),
            Round = i.Round is { } r && named[r.Id] ? r : null,
            Group = i.Group is { } g && named[g.Id] ? g : null,
        }).ToList();
        return new VisibleCluePage(shown, total, shown.Count == 0 ? null : ClueQueryService.CursorAfter(shown[^1].Clue.Id), hasNext);
    }

    /// <summary>
    /// The notes that name no node outside the caller's jurisdiction. Notes are sentences that may quote store ids
    /// (a payment without a payee, a post with odd dates); a note quoting a hidden node is left out.
    /// </summary>
    private static async Task<IReadOnlyList<string>> NotesAsync(ResolveContext context, IReadOnlyList<string> notes)
    {
        if (notes.Count == 0)
        {
            return notes;
        }

        var words = notes.Select(n => IdLike().Matches(n).Select(m => m.Value).ToList()).ToList();
        var nodes = await GraphReads.NodesAsync(context, words.SelectMany(w => w).Distinct(StringComparer.Ordinal));
        var ids = nodes.OfType<IGraphNode>().Select(n => n.Id).ToHashSet(StringComparer.Ordinal);
        var visible = await CallerAccess.VisibilityAsync(context, ids);
        return notes.Where((_, i) => words[i].All(w => !ids.Contains(w) || visible[w])).ToList();
    }

    /// <summary>Every node a conflict hit names or passes through.</summary>
    private static IEnumerable<NodeRef> NodesOf(ConflictOfInterestHit hit)
    {
        yield return hit.Cadre;
        yield return hit.Relative;
        yield return hit.Company;
        yield return hit.Unit;
        yield return hit.Tenure.Position;
        if (hit.Contract is { } contract)
        {
            yield return contract.Project;
        }

        if (hit.Payment is { } payment)
        {
            yield return payment.Payment;
            yield return payment.Payer;
            if (payment.Project is { } project)
            {
                yield return project;
            }
        }

        foreach (var node in hit.Path.Nodes)
        {
            yield return node;
        }
    }
}

/// <summary>A <c>ConflictReport</c> as one caller may see it.</summary>
/// <param name="Subject">The cadre or unit asked about.</param>
/// <param name="Hits">The hits whose every node the caller may see.</param>
/// <param name="Notes">The finder's notes.</param>
/// <param name="HiddenHits">Hits left out because their chain touches a node outside the caller's jurisdiction.</param>
internal sealed record ConflictReportView(NodeRef Subject, IReadOnlyList<ConflictOfInterestHit> Hits, IReadOnlyList<string> Notes, int HiddenHits);

/// <summary>A <c>FundFlow</c> as one caller may see it.</summary>
/// <param name="Nodes">The visible nodes.</param>
/// <param name="Edges">The edges between visible nodes.</param>
/// <param name="Truncated">Whether the trace was cut at the depth limit.</param>
/// <param name="Notes">The tracer's notes.</param>
/// <param name="HiddenNodes">Nodes left out as outside the caller's jurisdiction.</param>
/// <param name="HiddenEdges">Edges left out because they touch a hidden node or payment.</param>
internal sealed record FundFlowView(
    IReadOnlyList<FundFlowNode> Nodes, IReadOnlyList<FundFlowEdge> Edges, bool Truncated, IReadOnlyList<string> Notes, int HiddenNodes, int HiddenEdges);

/// <summary>A <c>KeyPersonRanking</c> as one caller may see it.</summary>
/// <param name="Entries">Visible people, renumbered from 1.</param>
/// <param name="Candidates">People in scope with at least one counted clue (all offices).</param>
/// <param name="PersistenceCutoff">The persistence cutoff day.</param>
/// <param name="OrderingRule">The ordering in words.</param>
/// <param name="HiddenEntries">Entries left out because the person is outside the caller's jurisdiction.</param>
internal sealed record KeyPersonRankingView(
    IReadOnlyList<KeyPersonEntry> Entries, int Candidates, DateOnly PersistenceCutoff, string OrderingRule, int HiddenEntries);

/// <summary>One page of the caller's visible clues.</summary>
/// <param name="Items">The page.</param>
/// <param name="TotalCount">Visible clues matching the filter; -1 when not counted (not selected).</param>
/// <param name="EndCursor">Cursor after the page's last clue.</param>
/// <param name="HasNextPage">Whether more visible clues follow.</param>
internal sealed record VisibleCluePage(IReadOnlyList<ClueListItem> Items, int TotalCount, string? EndCursor, bool HasNextPage);
