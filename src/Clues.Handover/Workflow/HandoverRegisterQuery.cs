using Clues.Handover.Routing;

namespace Clues.Handover.Workflow;

/// <summary>Filters of a register (台账); every given filter must hold.</summary>
/// <param name="RoundId">Only this round.</param>
/// <param name="State">Only items in this state.</param>
/// <param name="Outcome">Only items with this reported outcome.</param>
/// <param name="FourForms">Only items with this four-forms level.</param>
/// <param name="Route">Only items to this kind of recipient.</param>
/// <param name="RecipientJurisdiction">Only items to recipients of this division code.</param>
/// <param name="OverdueOnly">Only overdue items (督办).</param>
public sealed record HandoverRegisterQuery(
    string? RoundId = null,
    HandoverState? State = null,
    ConclusionOutcome? Outcome = null,
    FourFormsLevel? FourForms = null,
    HandoverRoute? Route = null,
    string? RecipientJurisdiction = null,
    bool OverdueOnly = false);
