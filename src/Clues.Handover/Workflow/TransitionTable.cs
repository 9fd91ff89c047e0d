using Clues.Core.Access;

namespace Clues.Handover.Workflow;

/// <summary>
/// Every allowed step; anything not listed is refused. Admin appears nowhere on purpose: running the deployment
/// gives no say over handovers. Receiving bodies act through a HandoverOfficer principal of their own jurisdiction.
/// </summary>
internal static class TransitionTable
{
    private static readonly HashSet<Role> Group = [Role.GroupMember];
    private static readonly HashSet<Role> Office = [Role.OfficeStaff];
    private static readonly HashSet<Role> Leading = [Role.LeadingGroup];
    private static readonly HashSet<Role> Officer = [Role.HandoverOfficer];
    private static readonly HashSet<Role> OfficeOrLeading = [Role.OfficeStaff, Role.LeadingGroup];
    private static readonly HashSet<Role> GroupOrOffice = [Role.GroupMember, Role.OfficeStaff];

    public static IReadOnlyList<TransitionRule> All { get; } =
    [
        new(HandoverState.Draft, HandoverState.Proposed, Group, ActorScope.Office, NeedsReason: false),
        new(HandoverState.Returned, HandoverState.Proposed, Group, ActorScope.Office, NeedsReason: false),
        new(HandoverState.Proposed, HandoverState.Filed, Office, ActorScope.Office, NeedsReason: false),
        new(HandoverState.Filed, HandoverState.Approved, Leading, ActorScope.Office, NeedsReason: false),
        new(HandoverState.Approved, HandoverState.HandedOver, Officer, ActorScope.OfficeOrCollector, NeedsReason: false),
        new(HandoverState.HandedOver, HandoverState.Received, Officer, ActorScope.OfficeOrRecipient, NeedsReason: false),
        new(HandoverState.Received, HandoverState.Disposed, Officer, ActorScope.OfficeOrRecipient, NeedsReason: false),
        new(HandoverState.Disposed, HandoverState.Concluded, Officer, ActorScope.OfficeOrRecipient, NeedsReason: false),
        new(HandoverState.Concluded, HandoverState.Closed, Office, ActorScope.Office, NeedsReason: false),
        new(HandoverState.Proposed, HandoverState.Returned, Office, ActorScope.Office, NeedsReason: true),
        new(HandoverState.Filed, HandoverState.Returned, OfficeOrLeading, ActorScope.Office, NeedsReason: true),
        new(HandoverState.Approved, HandoverState.Returned, Leading, ActorScope.Office, NeedsReason: true),
        new(HandoverState.Draft, HandoverState.Withdrawn, GroupOrOffice, ActorScope.Office, NeedsReason: true),
        new(HandoverState.Proposed, HandoverState.Withdrawn, GroupOrOffice, ActorScope.Office, NeedsReason: true),
        new(HandoverState.Filed, HandoverState.Withdrawn, GroupOrOffice, ActorScope.Office, NeedsReason: true),
        new(HandoverState.Approved, HandoverState.Withdrawn, GroupOrOffice, ActorScope.Office, NeedsReason: true),
        new(HandoverState.Returned, HandoverState.Withdrawn, GroupOrOffice, ActorScope.Office, NeedsReason: true),
    ];

    public static TransitionRule? Find(HandoverState from, HandoverState to) => All.FirstOrDefault(r => r.From == from && r.To == to);

    public static IEnumerable<HandoverState> NextFrom(HandoverState from) => All.Where(r => r.From == from).Select(r => r.To);
}
