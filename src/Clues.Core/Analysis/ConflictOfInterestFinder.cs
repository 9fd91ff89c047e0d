using System.Globalization;
using Clues.Core.Graph;
using Clues.Core.Model;
using Clues.Core.Model.Taxonomy;

namespace Clues.Core.Analysis;

/// <summary>
/// Finds conflicts of interest (利益冲突): cadre – RelativeOf (either way) – relative –
/// ShareholderOf/LegalRepresentativeOf → company, then either company – Contracted → project ←
/// OwnsProject – unit, with the contract dated inside the cadre's leading-team tenure in that unit,
/// or Payment – PaidTo → company with the payment PaidFrom that unit or a fund the unit managed
/// (ManagesFund valid on the day), paid during the tenure. The relative's tie to the company must be
/// valid on the same day. Only one kinship hop is followed: longer chains are for the analyst to
/// draw, and would flood the answer with distant family.
/// </summary>
public sealed class ConflictOfInterestFinder
{
    private readonly IGraphStore _store;

    /// <summary>Creates a finder reading from <paramref name="store"/>.</summary>
    public ConflictOfInterestFinder(IGraphStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        _store = store;
    }

    /// <summary>
    /// Every contract and payment hit for the subject. An unknown id raises <see cref="NodeNotFoundException"/>;
    /// a subject that is neither a Person nor a Unit raises <see cref="ArgumentException"/>.
    /// </summary>
    public async Task<ConflictOfInterestReport> FindAsync(ConflictOfInterestQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var run = new Run(_store, query.Window, cancellationToken);
        var subject = await _store.GetNodeAsync(query.SubjectId, cancellationToken).ConfigureAwait(false)
            ?? throw new NodeNotFoundException(query.SubjectId);
        run.Cache[subject.Id] = subject;

        var posts = subject.Label switch
        {
            NodeLabel.Person => await run.PostsOfPersonAsync(subject.Id).ConfigureAwait(false),
            NodeLabel.Unit => await run.PostsInUnitAsync(subject.Id).ConfigureAwait(false),
            _ => throw new ArgumentException($"'{subject.Id}' is a {subject.Label}; ask about a Person or a Unit.", nameof(query)),
        };

        if (posts.Count == 0)
        {
            run.Notes.Add(subject.Label == NodeLabel.Person
                ? $"{Describe(subject)} holds no leading-team post, so no unit of theirs can be checked."
                : $"{Describe(subject)} has no leading-team posts recorded.");
        }

        foreach (var cadrePosts in posts.GroupBy(p => p.CadreId, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            await run.CheckCadreAsync(cadrePosts.Key, cadrePosts.ToList()).ConfigureAwait(false);
        }

        var hits = run.Hits
            .OrderBy(h => h.Cadre.Id, StringComparer.Ordinal)
            .ThenBy(h => h.Kind)
            .ThenBy(h => h.Contract?.SignedOn ?? h.Payment?.PaidOn ?? DateOnly.MinValue)
            .ThenBy(h => h.Company.Id, StringComparer.Ordinal)
            .ThenBy(h => h.Contract?.Project.Id ?? h.Payment?.Payment.Id, StringComparer.Ordinal)
            .ThenBy(h => h.Tenure.Position.Id, StringComparer.Ordinal)
            .ToList();
        return new ConflictOfInterestReport(StoreReads.Ref(subject), hits, run.Notes);
    }

    private static string Describe(NodeRecord node) => node.Name is { Length: > 0 } name ? $"{name} ({node.Id})" : node.Id;

    private static string Day(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "open";

    private static string Money(decimal? amount) => amount?.ToString("N0", CultureInfo.InvariantCulture) ?? "unknown";

    /// <summary>Who the relative is to the cadre when the kinship was recorded from the relative's side.</summary>
    private static KinshipRelation Inverse(KinshipRelation relation) => relation switch
    {
        KinshipRelation.Child => KinshipRelation.Parent,
        KinshipRelation.Parent => KinshipRelation.Child,
        _ => relation,
    };

    /// <summary>A leading-team post with the edges that prove it and its tenure.</summary>
    private sealed record LeadingPost(string CadreId, NodeRecord PositionNode, Position Position, string UnitId, RelationshipRecord Holds, RelationshipRecord PositionIn, Interval Tenure);

    private sealed record Kin(NodeRecord Relative, KinshipRelation? Relation, RelationshipRecord Edge);

    /// <summary>State of one request: the node cache, notes and hits.</summary>
    private sealed class Run(IGraphStore store, TimeWindow? window, CancellationToken cancellationToken)
    {
        public Dictionary<string, NodeRecord> Cache { get; } = new(StringComparer.Ordinal);

        public List<string> Notes { get; } = [];

        public List<ConflictOfInterestHit> Hits { get; } = [];

        private readonly Interval _window = Interval.Of(window);

        public async Task<List<LeadingPost>> PostsOfPersonAsync(string personId)
        {
            var holds = await StoreReads.RelsAsync(store, personId, RelType.Holds, Direction.Outgoing, NodeLabel.Position, cancellationToken).ConfigureAwait(false);
            var posts = new List<LeadingPost>();
            foreach (var hold in holds)
            {
                await AddPostAsync(posts, hold, unitFilter: null).ConfigureAwait(false);
            }

            return posts;
        }

        public async Task<List<LeadingPost>> PostsInUnitAsync(string unitId)
        {
            var posts = new List<LeadingPost>();
            foreach (var positionIn in await StoreReads.RelsAsync(store, unitId, RelType.PositionIn, Direction.Incoming, NodeLabel.Position, cancellationToken).ConfigureAwait(false))
            {
                foreach (var hold in await StoreReads.RelsAsync(store, positionIn.StartId, RelType.Holds, Direction.Incoming, NodeLabel.Person, cancellationToken).ConfigureAwait(false))
                {
                    await AddPostAsync(posts, hold, unitId).ConfigureAwait(false);
                }
            }

            return posts;
        }

        private async Task AddPostAsync(List<LeadingPost> posts, RelationshipRecord hold, string? unitFilter)
        {
            var nodes = await StoreReads.LoadAsync(store, [hold.EndId], Cache, cancellationToken).ConfigureAwait(false);
            if (!nodes.TryGetValue(hold.EndId, out var positionNode))
            {
                return;
            }

            var position = NodeMapper.FromRecord<Position>(positionNode);
            if (!position.LeadingTeamMember)
            {
                return;
            }

            foreach (var positionIn in await StoreReads.RelsAsync(store, positionNode.Id, RelType.PositionIn, Direction.Outgoing, NodeLabel.Unit, cancellationToken).ConfigureAwait(false))
            {
                if (unitFilter is not null && !string.Equals(positionIn.EndId, unitFilter, StringComparison.Ordinal))
                {
                    continue;
                }

                // The tenure is what every record agrees on: the person held it, the post was in the unit, and the post existed.
                var tenure = new Interval(hold.ValidFrom, hold.ValidTo)
                    .Intersect(new Interval(positionIn.ValidFrom, positionIn.ValidTo))
                    .Intersect(new Interval(position.Start, position.End));
                if (tenure.IsEmpty)
                {
                    Notes.Add($"Post {positionNode.Id}: the holding and the post's dates do not overlap, so it was skipped.");
                    continue;
                }

                posts.Add(new LeadingPost(hold.StartId, positionNode, position, positionIn.EndId, hold, positionIn, tenure));
            }
        }

        public async Task CheckCadreAsync(string cadreId, List<LeadingPost> posts)
        {
            var unitIds = posts.Select(p => p.UnitId).ToHashSet(StringComparer.Ordinal);
            var kin = await RelativesAsync(cadreId).ConfigureAwait(false);
            foreach (var relative in kin)
            {
                var ties = new List<RelationshipRecord>();
                ties.AddRange(await StoreReads.RelsAsync(store, relative.Relative.Id, RelType.ShareholderOf, Direction.Outgoing, NodeLabel.Company, cancellationToken).ConfigureAwait(false));
                ties.AddRange(await StoreReads.RelsAsync(store, relative.Relative.Id, RelType.LegalRepresentativeOf, Direction.Outgoing, NodeLabel.Company, cancellationToken).ConfigureAwait(false));
                foreach (var company in ties.GroupBy(t => t.EndId, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
                {
                    var companyTies = company.OrderBy(t => t.Type == RelType.ShareholderOf ? 0 : 1).ThenBy(t => t.Id, StringComparer.Ordinal).ToList();
                    await CheckContractsAsync(cadreId, relative, company.Key, companyTies, posts, unitIds).ConfigureAwait(false);
                    await CheckPaymentsAsync(cadreId, relative, company.Key, companyTies, posts, unitIds).ConfigureAwait(false);
                }
            }
        }

        private async Task<List<Kin>> RelativesAsync(string cadreId)
        {
            var rels = await StoreReads.RelsAsync(store, cadreId, RelType.RelativeOf, Direction.Both, NodeLabel.Person, cancellationToken).ConfigureAwait(false);
            var firstEdge = new Dictionary<string, RelationshipRecord>(StringComparer.Ordinal);
            foreach (var rel in rels)
            {
                var other = StoreReads.OtherEnd(rel, cadreId);
                // A kinship recorded both ways is one relative; the cadre's own record of it wins.
                if (!string.Equals(other, cadreId, StringComparison.Ordinal)
                    && (!firstEdge.TryGetValue(other, out var seen) || (seen.StartId != cadreId && rel.StartId == cadreId)))
                {
                    firstEdge[other] = rel;
                }
            }

            var nodes = await StoreReads.LoadAsync(store, firstEdge.Keys, Cache, cancellationToken).ConfigureAwait(false);
            var kin = new List<Kin>();
            foreach (var (relativeId, edge) in firstEdge.OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                var recorded = StoreReads.EnumValue<KinshipRelation>(edge.Properties, "relation");
                var relation = recorded is { } r && !string.Equals(edge.StartId, cadreId, StringComparison.Ordinal) ? Inverse(r) : recorded;
                kin.Add(new Kin(nodes[relativeId], relation, edge));
            }

            return kin;
        }

        private async Task CheckContractsAsync(string cadreId, Kin relative, string companyId, List<RelationshipRecord> ties, List<LeadingPost> posts, HashSet<string> unitIds)
        {
            foreach (var contract in await StoreReads.RelsAsync(store, companyId, RelType.Contracted, Direction.Outgoing, NodeLabel.Project, cancellationToken).ConfigureAwait(false))
            {
                var owners = await StoreReads.RelsAsync(store, contract.EndId, RelType.OwnsProject, Direction.Incoming, NodeLabel.Unit, cancellationToken).ConfigureAwait(false);
                foreach (var owns in owners.Where(o => unitIds.Contains(o.StartId)))
                {
                    foreach (var post in posts.Where(p => string.Equals(p.UnitId, owns.StartId, StringComparison.Ordinal)))
                    {
                        var contractSpan = new Interval(contract.ValidFrom, contract.ValidTo);
                        List<RelationshipRecord> validTies;
                        if (contract.ValidFrom is { } signed)
                        {
                            if (!post.Tenure.Contains(signed) || !_window.Contains(signed))
                            {
                                continue;
                            }

                            validTies = ties.Where(t => new Interval(t.ValidFrom, t.ValidTo).Contains(signed)).ToList();
                        }
                        else
                        {
                            // Without a contract date the best evidence is that the contract ran during the tenure; say so.
                            if (contractSpan.Intersect(post.Tenure).IsEmpty || contractSpan.Intersect(_window).IsEmpty)
                            {
                                continue;
                            }

                            validTies = ties;
                            Notes.Add($"Contract {contract.Id} has no date; it is reported because its validity overlaps the tenure of post {post.PositionNode.Id}.");
                        }

                        if (validTies.Count == 0)
                        {
                            continue;
                        }

                        await AddContractHitAsync(cadreId, relative, companyId, validTies, post, owns, contract).ConfigureAwait(false);
                    }
                }
            }
        }

        private async Task AddContractHitAsync(string cadreId, Kin relative, string companyId, List<RelationshipRecord> ties, LeadingPost post, RelationshipRecord owns, RelationshipRecord contract)
        {
            var nodes = await StoreReads.LoadAsync(store, [cadreId, companyId, contract.EndId, post.UnitId], Cache, cancellationToken).ConfigureAwait(false);
            var cadre = nodes[cadreId];
            var company = nodes[companyId];
            var project = nodes[contract.EndId];
            var unit = nodes[post.UnitId];
            var facts = new ContractFacts(
                StoreReads.Ref(project),
                StoreReads.Number(contract.Properties, "amount"),
                StoreReads.Text(contract.Properties, "contractNo"),
                contract.ValidFrom,
                contract.ValidTo,
                StoreReads.Edge(contract));
            var path = new GraphPath(
                [StoreReads.Ref(cadre), StoreReads.Ref(relative.Relative), StoreReads.Ref(company), StoreReads.Ref(project), StoreReads.Ref(unit), StoreReads.Ref(post.PositionNode), StoreReads.Ref(cadre)],
                [StoreReads.Edge(relative.Edge), StoreReads.Edge(ties[0]), StoreReads.Edge(contract), StoreReads.Edge(owns), StoreReads.Edge(post.PositionIn), StoreReads.Edge(post.Holds)]);
            var explanation =
                $"{Describe(cadre)}'s {RelationText(relative)} {Describe(relative.Relative)} is {TiesText(ties)} of {Describe(company)}, "
                + $"which signed contract {facts.ContractNo ?? "(no number)"} for {Money(facts.Amount)} yuan on {(facts.SignedOn is null ? "an unknown day" : Day(facts.SignedOn))} "
                + $"for {Describe(project)}, owned by {Describe(unit)}, where {cadre.Name ?? cadre.Id} held leading-team post '{post.Position.Title}' from {Day(post.Tenure.From)} to {Day(post.Tenure.To)}.";
            Hits.Add(new ConflictOfInterestHit(
                ConflictKind.Contract, StoreReads.Ref(cadre), StoreReads.Ref(relative.Relative), relative.Relation, StoreReads.Ref(company),
                ties.Select(Tie).ToList(), StoreReads.Ref(unit), Tenure(post), facts, null, path, explanation));
        }

        private async Task CheckPaymentsAsync(string cadreId, Kin relative, string companyId, List<RelationshipRecord> ties, List<LeadingPost> posts, HashSet<string> unitIds)
        {
            var paidTo = await StoreReads.RelsAsync(store, companyId, RelType.PaidTo, Direction.Incoming, NodeLabel.Payment, cancellationToken).ConfigureAwait(false);
            var paymentNodes = await StoreReads.LoadAsync(store, paidTo.Select(p => p.StartId), Cache, cancellationToken).ConfigureAwait(false);
            foreach (var toEdge in paidTo)
            {
                if (!paymentNodes.TryGetValue(toEdge.StartId, out var paymentNode))
                {
                    continue;
                }

                var payment = NodeMapper.FromRecord<Payment>(paymentNode);
                if (!_window.Contains(payment.PaidOn))
                {
                    continue;
                }

                var validTies = ties.Where(t => new Interval(t.ValidFrom, t.ValidTo).Contains(payment.PaidOn)).ToList();
                if (validTies.Count == 0)
                {
                    continue;
                }

                foreach (var fromEdge in await StoreReads.RelsAsync(store, paymentNode.Id, RelType.PaidFrom, Direction.Outgoing, null, cancellationToken).ConfigureAwait(false))
                {
                    // The payer is either the unit itself or a fund; a fund counts only while the unit managed it.
                    var routes = new List<(string UnitId, RelationshipRecord? Manages)>();
                    if (unitIds.Contains(fromEdge.EndId))
                    {
                        routes.Add((fromEdge.EndId, null));
                    }
                    else
                    {
                        foreach (var manages in await StoreReads.RelsAsync(store, fromEdge.EndId, RelType.ManagesFund, Direction.Incoming, NodeLabel.Unit, cancellationToken).ConfigureAwait(false))
                        {
                            if (unitIds.Contains(manages.StartId) && new Interval(manages.ValidFrom, manages.ValidTo).Contains(payment.PaidOn))
                            {
                                routes.Add((manages.StartId, manages));
                            }
                        }
                    }

                    foreach (var (unitId, manages) in routes)
                    {
                        foreach (var post in posts.Where(p => string.Equals(p.UnitId, unitId, StringComparison.Ordinal) && p.Tenure.Contains(payment.PaidOn)))
                        {
                            await AddPaymentHitAsync(cadreId, relative, companyId, validTies, post, payment, paymentNode, toEdge, fromEdge, manages).ConfigureAwait(false);
                        }
                    }
                }
            }
        }

        private async Task AddPaymentHitAsync(
            string cadreId, Kin relative, string companyId, List<RelationshipRecord> ties, LeadingPost post,
            Payment payment, NodeRecord paymentNode, RelationshipRecord toEdge, RelationshipRecord fromEdge, RelationshipRecord? manages)
        {
            var forProject = await StoreReads.RelsAsync(store, paymentNode.Id, RelType.PaymentFor, Direction.Outgoing, NodeLabel.Project, cancellationToken).ConfigureAwait(false);
            var projectId = forProject.Count > 0 ? forProject[0].EndId : null;
            var ids = new List<string> { cadreId, companyId, post.UnitId, fromEdge.EndId };
            if (projectId is not null)
            {
                ids.Add(projectId);
            }

            var nodes = await StoreReads.LoadAsync(store, ids, Cache, cancellationToken).ConfigureAwait(false);
            var cadre = nodes[cadreId];
            var company = nodes[companyId];
            var unit = nodes[post.UnitId];
            var payer = nodes[fromEdge.EndId];
            var facts = new PaymentFacts(
                StoreReads.Ref(paymentNode), payment.Amount, payment.PaidOn, payment.Purpose, payment.VoucherNo, StoreReads.Ref(payer),
                projectId is null ? null : StoreReads.Ref(nodes[projectId]));

            var pathNodes = new List<NodeRef> { StoreReads.Ref(cadre), StoreReads.Ref(relative.Relative), StoreReads.Ref(company), StoreReads.Ref(paymentNode), StoreReads.Ref(payer) };
            var pathEdges = new List<EdgeRef> { StoreReads.Edge(relative.Edge), StoreReads.Edge(ties[0]), StoreReads.Edge(toEdge), StoreReads.Edge(fromEdge) };
            if (manages is not null)
            {
                pathNodes.Add(StoreReads.Ref(unit));
                pathEdges.Add(StoreReads.Edge(manages));
            }

            pathNodes.Add(StoreReads.Ref(post.PositionNode));
            pathNodes.Add(StoreReads.Ref(cadre));
            pathEdges.Add(StoreReads.Edge(post.PositionIn));
            pathEdges.Add(StoreReads.Edge(post.Holds));

            var via = manages is null ? $"{Describe(unit)}" : $"{Describe(payer)}, managed by {Describe(unit)}";
            var explanation =
                $"{Describe(cadre)}'s {RelationText(relative)} {Describe(relative.Relative)} is {TiesText(ties)} of {Describe(company)}, "
                + $"which received payment {payment.VoucherNo ?? paymentNode.Id} of {Money(payment.Amount)} yuan on {Day(payment.PaidOn)} ({payment.Purpose}) from {via}, "
                + $"where {cadre.Name ?? cadre.Id} held leading-team post '{post.Position.Title}' from {Day(post.Tenure.From)} to {Day(post.Tenure.To)}.";
            Hits.Add(new ConflictOfInterestHit(
                ConflictKind.Payment, StoreReads.Ref(cadre), StoreReads.Ref(relative.Relative), relative.Relation, StoreReads.Ref(company),
                ties.Select(Tie).ToList(), StoreReads.Ref(unit), Tenure(post), null, facts, new GraphPath(pathNodes, pathEdges), explanation));
        }

        private static CompanyTie Tie(RelationshipRecord rel) =>
            new(rel.Type, rel.Type == RelType.ShareholderOf ? StoreReads.Number(rel.Properties, "share") : null, StoreReads.Edge(rel));

        private static CadreTenure Tenure(LeadingPost post) =>
            new(StoreReads.Ref(post.PositionNode), post.Position.Title, post.Position.Rank, post.Tenure.From, post.Tenure.To);

        private static string RelationText(Kin kin) => kin.Relation is { } r ? $"{r} ({Labels.Of(r)})" : "relative";

        private static string TiesText(List<RelationshipRecord> ties) =>
            string.Join(" and ", ties.Select(t => t.Type == RelType.ShareholderOf
                ? $"shareholder ({(StoreReads.Number(t.Properties, "share") is { } share ? share.ToString("0.##", CultureInfo.InvariantCulture) + "%" : "share unknown")})"
                : "legal representative"));
    }
}
