namespace Clues.Handover.Workflow;

/// <summary>One row of an item's append-only history: a transition, its creation, or a chase.</summary>
/// <param name="Sequence">Position in the history (increasing).</param>
/// <param name="ItemId">The item.</param>
/// <param name="Kind"><c>CREATE</c>, <c>TRANSITION</c> or <c>CHASE</c>.</param>
/// <param name="From">State before; null on creation.</param>
/// <param name="To">State after (unchanged for a chase).</param>
/// <param name="ActorId">Who acted.</param>
/// <param name="ActorName">Their display name.</param>
/// <param name="ActorRoles">Their roles, comma separated.</param>
/// <param name="ActorJurisdiction">Their office's division code.</param>
/// <param name="At">When.</param>
/// <param name="Reason">Why, as given.</param>
/// <param name="BatchId">The batch id when the item went out in a province batch.</param>
public sealed record HandoverHistoryEntry(
    long Sequence,
    string ItemId,
    string Kind,
    HandoverState? From,
    HandoverState To,
    string ActorId,
    string ActorName,
    string ActorRoles,
    string ActorJurisdiction,
    DateTimeOffset At,
    string? Reason,
    string? BatchId);
