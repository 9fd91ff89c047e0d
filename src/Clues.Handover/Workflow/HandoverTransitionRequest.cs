namespace Clues.Handover.Workflow;

/// <summary>A requested step: the target state, why, and what the recipient reported where the step needs it.</summary>
/// <param name="To">Target state.</param>
/// <param name="Reason">Why; required for RETURNED and WITHDRAWN.</param>
/// <param name="Disposal">Required to reach DISPOSED.</param>
/// <param name="Conclusion">Required to reach CONCLUDED.</param>
public sealed record HandoverTransitionRequest(
    HandoverState To,
    string? Reason = null,
    DisposalMethod? Disposal = null,
    HandoverConclusion? Conclusion = null);
