using Clues.Core.Access;

namespace Clues.Handover.Workflow;

/// <summary>One allowed step of the workflow: from, to, the roles that may take it and whose jurisdiction counts.</summary>
internal sealed record TransitionRule(HandoverState From, HandoverState To, IReadOnlySet<Role> Roles, ActorScope Scope, bool NeedsReason);
