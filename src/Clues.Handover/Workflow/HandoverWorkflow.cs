using Clues.Core.Access;
using Clues.Core.Model.Taxonomy;
using Clues.Handover.Routing;
using Microsoft.Data.Sqlite;

namespace Clues.Handover.Workflow;

/// <summary>
/// The handover workflow over <c>handover.db</c>: drafts items from the rule table's decisions, moves them through
/// DRAFT → PROPOSED → FILED → APPROVED → HANDED_OVER → RECEIVED → DISPOSED → CONCLUDED → CLOSED (with RETURNED and
/// WITHDRAWN), checking role and jurisdiction on every step and recording who, when and why in an append-only
/// history. Each step is one SQLite transaction. Thread-safe; create one per data directory and share it.
/// </summary>
public sealed class HandoverWorkflow
{
    private static readonly Role[] ReaderRoles = [Role.GroupMember, Role.OfficeStaff, Role.LeadingGroup, Role.HandoverOfficer, Role.Auditor];

    private readonly HandoverStore _store;
    private readonly WriteTurn _writeTurn = new();
    private readonly HandoverRouter _router;
    private readonly TimeProvider _time;
    private readonly TimeSpan _utcOffset;

    private HandoverWorkflow(HandoverStore store, HandoverRouter router, TimeProvider time, TimeSpan utcOffset)
    {
        _store = store;
        _router = router;
        _time = time;
        _utcOffset = utcOffset;
    }

    /// <summary>Test hook: runs inside each step's transaction just before it commits, to simulate a crash there.</summary>
    internal Action<string>? BeforeCommit { get; set; }

    /// <summary>Opens (creating when missing) <c>handover.db</c> in the options' data directory.</summary>
    /// <param name="options">Where the data lives and the offices' UTC offset.</param>
    /// <param name="router">The router whose rule table drafts items.</param>
    /// <param name="time">The clock (a fake one in tests).</param>
    /// <param name="cancellationToken">Cancels opening.</param>
    /// <returns>The workflow.</returns>
    public static async Task<HandoverWorkflow> OpenAsync(HandoverWorkflowOptions options, HandoverRouter router, TimeProvider time, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(router);
        ArgumentNullException.ThrowIfNull(time);
        var store = await HandoverStore.OpenAsync(options.DatabasePath, cancellationToken).ConfigureAwait(false);
        return new HandoverWorkflow(store, router, time, options.UtcOffset);
    }

    /// <summary>Today's date at the offices, which decides round ends and deadlines.</summary>
    public DateOnly Today => DateOnly.FromDateTime(_time.GetUtcNow().ToOffset(_utcOffset).DateTime);

    /// <summary>
    /// Routes a clue with the rule table and drafts one item per recipient, all in one transaction. Stub-only items
    /// keep no clue content (the summary is dropped).
    /// </summary>
    /// <param name="actor">A GroupMember of the finding office.</param>
    /// <param name="request">The clue, its round and problems.</param>
    /// <param name="cancellationToken">Cancels the step.</param>
    /// <returns>The drafted items.</returns>
    /// <exception cref="HandoverRefusedException">Wrong role or jurisdiction, or a live item for the same recipient exists.</exception>
    /// <exception cref="RoutingException">The clue's facts are inconsistent.</exception>
    public async Task<IReadOnlyList<HandoverItem>> DraftAsync(Principal actor, HandoverDraftRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(request);
        if (string.IsNullOrWhiteSpace(request.ClueId) || string.IsNullOrWhiteSpace(request.RoundId))
        {
            throw new HandoverRefusedException(RefusalKind.MissingInput, null, "A handover draft needs the clue id and the round id.");
        }

        if (!actor.IsInRole(Role.GroupMember))
        {
            throw new HandoverRefusedException(RefusalKind.Role, null, $"{actor.UserId} may not draft handover items: that needs role GroupMember (巡察组); {actor.UserId} holds {RolesOf(actor)}.");
        }

        if (actor.Jurisdiction != request.FoundBy.Jurisdiction)
        {
            throw new HandoverRefusedException(RefusalKind.Jurisdiction, null, $"{actor.UserId} works for {actor.Jurisdiction.Value}, but clue {request.ClueId} was found by the round of {request.FoundBy.Jurisdiction.Value}; only a group member of that office may draft its handover.");
        }

        var decisions = _router.DecideClue(new ClueRoutingRequest(request.ClueId, request.Subject, request.FoundBy, request.Problems));
        var now = _time.GetUtcNow();
        var items = decisions.Select((d, i) => new HandoverItem(
                $"HO-{Guid.CreateVersion7(now):N}",
                request.ClueId,
                request.RoundId,
                request.RoundEnd,
                request.FoundBy,
                d.Recipient,
                d.Timing,
                d.StubOnly,
                d.Problems,
                d.TableVersion,
                d.FeedbackMonths,
                d.StubOnly ? null : request.Summary,
                HandoverState.Draft,
                now,
                HandedOverAt: null,
                Deadline: null,
                ReceivedAt: null,
                Disposal: null,
                Conclusion: null,
                ClosedAt: null,
                ChaseCount: 0))
            .ToList();

        using var turn = await _writeTurn.EnterAsync(cancellationToken).ConfigureAwait(false);
        await using var connection = await _store.ConnectAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        foreach (var item in items)
        {
            try
            {
                await HandoverStore.InsertAsync(connection, transaction, item, cancellationToken).ConfigureAwait(false);
            }
            catch (SqliteException e) when (e.SqliteErrorCode == 19)
            {
                throw new HandoverRefusedException(RefusalKind.Duplicate, null, $"Clue {item.ClueId} already has a live handover item to {item.Recipient} in round {item.RoundId}; withdraw that item first or edit it.");
            }

            await HandoverStore.AppendHistoryAsync(connection, transaction, Entry(item.Id, "CREATE", null, HandoverState.Draft, actor, now, "routed by " + string.Join(", ", item.RuleIds), null), cancellationToken).ConfigureAwait(false);
        }

        BeforeCommit?.Invoke("draft");
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return items;
    }

    /// <summary>
    /// Applies the same step to many items in one transaction: all of them move, or (on the first refusal) none does.
    /// A package hands over hundreds of items at once; one commit instead of one forced write per item.
    /// </summary>
    /// <param name="actor">Who acts.</param>
    /// <param name="itemIds">The items, each checked as <see cref="TransitionAsync"/> would.</param>
    /// <param name="request">The step.</param>
    /// <param name="cancellationToken">Cancels before the commit.</param>
    /// <returns>The items after the step, in the given order.</returns>
    /// <exception cref="HandoverRefusedException">One item may not take the step; the message names it, and nothing changed.</exception>
    public async Task<IReadOnlyList<HandoverItem>> TransitionManyAsync(Principal actor, IReadOnlyList<string> itemIds, HandoverTransitionRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(itemIds);
        ArgumentNullException.ThrowIfNull(request);
        using var turn = await _writeTurn.EnterAsync(cancellationToken).ConfigureAwait(false);
        await using var connection = await _store.ConnectAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var now = _time.GetUtcNow();
        var moved = new List<HandoverItem>(itemIds.Count);
        foreach (var itemId in itemIds)
        {
            var item = await HandoverStore.FindAsync(connection, transaction, itemId, cancellationToken).ConfigureAwait(false)
                ?? throw new HandoverItemNotFoundException(itemId);
            var next = Apply(actor, item, request, now);
            if (!await HandoverStore.UpdateAsync(connection, transaction, next, item.State, cancellationToken).ConfigureAwait(false))
            {
                throw new HandoverRefusedException(RefusalKind.State, itemId, $"Handover item {itemId} changed while this step ran; reload it and try again.");
            }

            await HandoverStore.AppendHistoryAsync(connection, transaction, Entry(itemId, "TRANSITION", item.State, next.State, actor, now, request.Reason, null), cancellationToken).ConfigureAwait(false);
            moved.Add(next);
        }

        BeforeCommit?.Invoke("transition");
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return moved;
    }

    /// <summary>Moves an item one step, after checking the step is allowed from its state, for the actor's role and jurisdiction.</summary>
    /// <param name="actor">Who acts.</param>
    /// <param name="itemId">The item.</param>
    /// <param name="request">Target state, reason, and the disposal or conclusion when the step needs one.</param>
    /// <param name="cancellationToken">Cancels the step.</param>
    /// <returns>The item after the step.</returns>
    /// <exception cref="HandoverRefusedException">The step is not allowed; the message says why and what is.</exception>
    /// <exception cref="HandoverItemNotFoundException">No such item.</exception>
    public async Task<HandoverItem> TransitionAsync(Principal actor, string itemId, HandoverTransitionRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(request);
        using var turn = await _writeTurn.EnterAsync(cancellationToken).ConfigureAwait(false);
        await using var connection = await _store.ConnectAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var item = await HandoverStore.FindAsync(connection, transaction, itemId, cancellationToken).ConfigureAwait(false)
            ?? throw new HandoverItemNotFoundException(itemId);
        var now = _time.GetUtcNow();
        var next = Apply(actor, item, request, now);
        if (!await HandoverStore.UpdateAsync(connection, transaction, next, item.State, cancellationToken).ConfigureAwait(false))
        {
            throw new HandoverRefusedException(RefusalKind.State, itemId, $"Handover item {itemId} changed while this step ran; reload it and try again.");
        }

        await HandoverStore.AppendHistoryAsync(connection, transaction, Entry(itemId, "TRANSITION", item.State, next.State, actor, now, request.Reason, null), cancellationToken).ConfigureAwait(false);
        BeforeCommit?.Invoke("transition");
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return next;
    }

    /// <summary>
    /// Hands over, as one batch in one transaction, every APPROVED item of the round that waits for the round's end
    /// (province stubs), once the round has ended. Items not yet approved stay where they are.
    /// </summary>
    /// <param name="actor">A HandoverOfficer of the finding office or of the city office that collects the stubs.</param>
    /// <param name="roundId">The round.</param>
    /// <param name="cancellationToken">Cancels the step.</param>
    /// <returns>The items handed over (empty when none were waiting).</returns>
    /// <exception cref="HandoverRefusedException">The round has not ended, or the actor may not release its items.</exception>
    public async Task<IReadOnlyList<HandoverItem>> ReleaseProvinceBatchAsync(Principal actor, string roundId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        using var turn = await _writeTurn.EnterAsync(cancellationToken).ConfigureAwait(false);
        await using var connection = await _store.ConnectAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var waiting = (await HandoverStore.ListAsync(connection, transaction, roundId, cancellationToken).ConfigureAwait(false))
            .Where(i => i.Timing == RoutingTiming.AfterRoundEnd && i.State == HandoverState.Approved)
            .ToList();
        var now = _time.GetUtcNow();
        var batchId = $"BATCH-{Guid.CreateVersion7(now):N}";
        var released = new List<HandoverItem>();
        foreach (var item in waiting)
        {
            var next = Apply(actor, item, new HandoverTransitionRequest(HandoverState.HandedOver, "省管干部线索存根随本轮批次报送"), now);
            if (!await HandoverStore.UpdateAsync(connection, transaction, next, item.State, cancellationToken).ConfigureAwait(false))
            {
                throw new HandoverRefusedException(RefusalKind.State, item.Id, $"Handover item {item.Id} changed while the batch ran; run the release again.");
            }

            await HandoverStore.AppendHistoryAsync(connection, transaction, Entry(item.Id, "TRANSITION", item.State, next.State, actor, now, "province batch", batchId), cancellationToken).ConfigureAwait(false);
            released.Add(next);
        }

        BeforeCommit?.Invoke("batch");
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return released;
    }

    /// <summary>Records a chase (督办) of an overdue item; the state does not change.</summary>
    /// <param name="actor">OfficeStaff of the finding office.</param>
    /// <param name="itemId">The item.</param>
    /// <param name="note">What was done, e.g. the reminder sent.</param>
    /// <param name="cancellationToken">Cancels the step.</param>
    /// <returns>The item with its chase count raised.</returns>
    /// <exception cref="HandoverRefusedException">Wrong role or jurisdiction, or the item is not overdue.</exception>
    public async Task<HandoverItem> ChaseAsync(Principal actor, string itemId, string note, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        using var turn = await _writeTurn.EnterAsync(cancellationToken).ConfigureAwait(false);
        await using var connection = await _store.ConnectAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var item = await HandoverStore.FindAsync(connection, transaction, itemId, cancellationToken).ConfigureAwait(false)
            ?? throw new HandoverItemNotFoundException(itemId);
        if (!actor.IsInRole(Role.OfficeStaff))
        {
            throw new HandoverRefusedException(RefusalKind.Role, itemId, $"{actor.UserId} may not chase handover item {itemId}: that needs role OfficeStaff (巡察办); {actor.UserId} holds {RolesOf(actor)}.");
        }

        if (actor.Jurisdiction != item.FoundBy.Jurisdiction)
        {
            throw new HandoverRefusedException(RefusalKind.Jurisdiction, itemId, $"{actor.UserId} works for {actor.Jurisdiction.Value}, but handover item {itemId} belongs to the office of {item.FoundBy.Jurisdiction.Value}; only that office chases it.");
        }

        if (!item.IsOverdueOn(Today))
        {
            throw new HandoverRefusedException(RefusalKind.State, itemId, $"Handover item {itemId} is {Name(item.State)} with deadline {item.Deadline?.ToString("yyyy-MM-dd") ?? "not set"}; only items past their feedback deadline are chased.");
        }

        var next = item with { ChaseCount = item.ChaseCount + 1 };
        await HandoverStore.UpdateAsync(connection, transaction, next, item.State, cancellationToken).ConfigureAwait(false);
        await HandoverStore.AppendHistoryAsync(connection, transaction, Entry(itemId, "CHASE", item.State, item.State, actor, _time.GetUtcNow(), note, null), cancellationToken).ConfigureAwait(false);
        BeforeCommit?.Invoke("chase");
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return next;
    }

    /// <summary>One item, if the actor may see it.</summary>
    /// <param name="actor">Who asks.</param>
    /// <param name="itemId">The item.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The item.</returns>
    /// <exception cref="HandoverItemNotFoundException">No such item, or outside the actor's jurisdiction.</exception>
    public async Task<HandoverItem> GetAsync(Principal actor, string itemId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        await using var connection = await _store.ConnectAsync(cancellationToken).ConfigureAwait(false);
        var item = await HandoverStore.FindAsync(connection, null, itemId, cancellationToken).ConfigureAwait(false);
        return item is not null && MaySee(actor, item) ? item : throw new HandoverItemNotFoundException(itemId);
    }

    /// <summary>An item's full history, oldest first.</summary>
    /// <param name="actor">Who asks.</param>
    /// <param name="itemId">The item.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>Every creation, transition and chase.</returns>
    /// <exception cref="HandoverItemNotFoundException">No such item, or outside the actor's jurisdiction.</exception>
    public async Task<IReadOnlyList<HandoverHistoryEntry>> HistoryAsync(Principal actor, string itemId, CancellationToken cancellationToken)
    {
        await GetAsync(actor, itemId, cancellationToken).ConfigureAwait(false);
        await using var connection = await _store.ConnectAsync(cancellationToken).ConfigureAwait(false);
        return await HandoverStore.HistoryAsync(connection, itemId, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Items with the recipient past their feedback deadline and no outcome reported, for chasing (督办).</summary>
    /// <param name="actor">Who asks.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The overdue items the actor may see, oldest deadline first.</returns>
    public async Task<IReadOnlyList<HandoverItem>> ListOverdueAsync(Principal actor, CancellationToken cancellationToken)
    {
        var register = await RegisterAsync(actor, new HandoverRegisterQuery(OverdueOnly: true), cancellationToken).ConfigureAwait(false);
        return register.Items.OrderBy(i => i.Deadline).ThenBy(i => i.Id, StringComparer.Ordinal).ToList();
    }

    /// <summary>A register (台账): the items matching the filters that the actor may see, with tallies.</summary>
    /// <param name="actor">Who asks; needs a workflow role or Auditor.</param>
    /// <param name="query">Filters.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The register.</returns>
    /// <exception cref="HandoverRefusedException">The actor holds no role that may read registers.</exception>
    public async Task<HandoverRegister> RegisterAsync(Principal actor, HandoverRegisterQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(query);
        if (!ReaderRoles.Any(actor.IsInRole))
        {
            throw new HandoverRefusedException(RefusalKind.Role, null, $"{actor.UserId} may not read handover registers: that needs one of {string.Join(", ", ReaderRoles)}; {actor.UserId} holds {RolesOf(actor)}.");
        }

        await using var connection = await _store.ConnectAsync(cancellationToken).ConfigureAwait(false);
        var today = Today;
        var items = (await HandoverStore.ListAsync(connection, null, query.RoundId, cancellationToken).ConfigureAwait(false))
            .Where(i => MaySee(actor, i))
            .Where(i => query.State is null || i.State == query.State)
            .Where(i => query.Outcome is null || i.Conclusion?.Outcome == query.Outcome)
            .Where(i => query.FourForms is null || i.Conclusion?.FourForms == query.FourForms)
            .Where(i => query.Route is null || i.Recipient.Route == query.Route)
            .Where(i => query.RecipientJurisdiction is null || i.Recipient.Jurisdiction.Value == query.RecipientJurisdiction)
            .Where(i => !query.OverdueOnly || i.IsOverdueOn(today))
            .ToList();
        return new HandoverRegister(
            items,
            Tally(items, i => $"{WireNames.Of(i.Recipient.Route)}/{WireNames.Of(i.Recipient.Level)}/{i.Recipient.Jurisdiction.Value}", i => i.Recipient.ToString()),
            Tally(items, i => WireNames.Of(i.State), i => Labels.Of(i.State)),
            Tally(items.Where(i => i.Conclusion is not null), i => WireNames.Of(i.Conclusion!.Outcome), i => Labels.Of(i.Conclusion!.Outcome)),
            Tally(items.Where(i => i.Conclusion?.FourForms is not null), i => WireNames.Of(i.Conclusion!.FourForms!.Value), i => Labels.Of(i.Conclusion!.FourForms!.Value)),
            Tally(items, i => i.RoundId, i => i.RoundId),
            items.Count(i => i.IsOverdueOn(today)),
            items.Sum(i => i.Conclusion?.MoneyRecovered ?? 0m));
    }

    private HandoverItem Apply(Principal actor, HandoverItem item, HandoverTransitionRequest request, DateTimeOffset now)
    {
        var rule = TransitionTable.Find(item.State, request.To);
        if (rule is null)
        {
            var allowed = TransitionTable.NextFrom(item.State).Select(Name).ToList();
            throw new HandoverRefusedException(RefusalKind.State, item.Id,
                $"Handover item {item.Id} is {Name(item.State)}; it cannot go to {Name(request.To)}. "
                + (allowed.Count == 0 ? "It is final." : $"From {Name(item.State)} it may go to {string.Join(", ", allowed)}."));
        }

        if (!rule.Roles.Any(actor.IsInRole))
        {
            throw new HandoverRefusedException(RefusalKind.Role, item.Id,
                $"{actor.UserId} may not move handover item {item.Id} from {Name(rule.From)} to {Name(rule.To)}: that needs role {string.Join(" or ", rule.Roles)}; {actor.UserId} holds {RolesOf(actor)}.");
        }

        CheckScope(actor, item, rule);
        if (rule.NeedsReason && string.IsNullOrWhiteSpace(request.Reason))
        {
            throw new HandoverRefusedException(RefusalKind.MissingInput, item.Id, $"Moving handover item {item.Id} to {Name(rule.To)} needs a reason; say why it is {(rule.To == HandoverState.Returned ? "sent back" : "withdrawn")}.");
        }

        var today = DateOnly.FromDateTime(now.ToOffset(_utcOffset).DateTime);
        switch (rule.To)
        {
            case HandoverState.HandedOver:
                if (item.Timing == RoutingTiming.AfterRoundEnd && today <= item.RoundEnd)
                {
                    throw new HandoverRefusedException(RefusalKind.RoundNotEnded, item.Id,
                        $"Handover item {item.Id} goes to {item.Recipient} only after round {item.RoundId} ends on {item.RoundEnd:yyyy-MM-dd}; hand it over from {item.RoundEnd.AddDays(1):yyyy-MM-dd} (ReleaseProvinceBatch sends the round's stubs together).");
                }

                return item with { State = HandoverState.HandedOver, HandedOverAt = now, Deadline = today.AddMonths(item.FeedbackMonths) };
            case HandoverState.Received:
                return item with { State = HandoverState.Received, ReceivedAt = now };
            case HandoverState.Disposed:
                return request.Disposal is { } disposal
                    ? item with { State = HandoverState.Disposed, Disposal = disposal }
                    : throw new HandoverRefusedException(RefusalKind.MissingInput, item.Id, $"Recording the disposal of handover item {item.Id} needs the disposal method ({string.Join(", ", Enum.GetValues<DisposalMethod>().Select(m => WireNames.Of(m)))}).");
            case HandoverState.Concluded:
                return item with { State = HandoverState.Concluded, Conclusion = CheckConclusion(item.Id, request.Conclusion) };
            case HandoverState.Closed:
                return item with { State = HandoverState.Closed, ClosedAt = now };
            default:
                return item with { State = rule.To };
        }
    }

    private static HandoverConclusion CheckConclusion(string itemId, HandoverConclusion? conclusion)
    {
        if (conclusion is null)
        {
            throw new HandoverRefusedException(RefusalKind.MissingInput, itemId, $"Recording the conclusion of handover item {itemId} needs the outcome, four-forms level, measures and money recovered.");
        }

        if (conclusion.MoneyRecovered < 0)
        {
            throw new HandoverRefusedException(RefusalKind.MissingInput, itemId, $"Money recovered for handover item {itemId} is {conclusion.MoneyRecovered}; give zero or a positive amount in yuan.");
        }

        if (conclusion.FourForms is not null && conclusion.Outcome is not (ConclusionOutcome.Substantiated or ConclusionOutcome.PartlySubstantiated))
        {
            throw new HandoverRefusedException(RefusalKind.MissingInput, itemId, $"Handover item {itemId} is concluded as {WireNames.Of(conclusion.Outcome)}, so it takes no four-forms level; give the level only for substantiated or partly substantiated outcomes.");
        }

        return conclusion with { Measures = conclusion.Measures.Distinct().ToList() };
    }

    private static void CheckScope(Principal actor, HandoverItem item, TransitionRule rule)
    {
        var office = item.FoundBy.Jurisdiction;
        var ok = actor.Jurisdiction == office || rule.Scope switch
        {
            ActorScope.OfficeOrCollector => item.StubOnly && actor.Jurisdiction == Divisions.CityOf(office),
            ActorScope.OfficeOrRecipient => actor.Jurisdiction == item.Recipient.Jurisdiction,
            _ => false,
        };
        if (!ok)
        {
            var who = rule.Scope switch
            {
                ActorScope.OfficeOrCollector when item.StubOnly => $"the office of {office.Value} or the city office {Divisions.CityOf(office)?.Value} that collects its stubs",
                ActorScope.OfficeOrRecipient => $"the office of {office.Value} or the recipient at {item.Recipient.Jurisdiction.Value}",
                _ => $"the office of {office.Value}",
            };
            throw new HandoverRefusedException(RefusalKind.Jurisdiction, item.Id,
                $"{actor.UserId} works for {actor.Jurisdiction.Value}, but moving handover item {item.Id} from {Name(rule.From)} to {Name(rule.To)} is for {who}.");
        }
    }

    private static bool MaySee(Principal actor, HandoverItem item) =>
        ReaderRoles.Any(actor.IsInRole)
        && (Divisions.IsWithin(item.FoundBy.Jurisdiction, actor.Jurisdiction) || actor.Jurisdiction == item.Recipient.Jurisdiction);

    private static List<RegisterCount> Tally(IEnumerable<HandoverItem> items, Func<HandoverItem, string> key, Func<HandoverItem, string> label) =>
        items.GroupBy(key, StringComparer.Ordinal)
            .Select(g => new RegisterCount(g.Key, label(g.First()), g.Count()))
            .OrderByDescending(c => c.Count)
            .ThenBy(c => c.Key, StringComparer.Ordinal)
            .ToList();

    private static HandoverHistoryEntry Entry(string itemId, string kind, HandoverState? from, HandoverState to, Principal actor, DateTimeOffset at, string? reason, string? batchId) =>
        new(0, itemId, kind, from, to, actor.UserId, actor.DisplayName, RolesOf(actor), actor.Jurisdiction.Value, at, reason, batchId);

    private static string RolesOf(Principal actor) => actor.Roles.Count == 0 ? "no role" : string.Join(", ", actor.Roles.Order());

    private static string Name(HandoverState state) => $"{WireNames.Of(state)} ({Labels.Of(state)})";
}
