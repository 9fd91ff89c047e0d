namespace Clues.Handover.Workflow;

/// <summary>The outcome the recipient reports back (反馈).</summary>
/// <param name="Outcome">What was found.</param>
/// <param name="FourForms">The four-forms level, only for substantiated or partly substantiated outcomes.</param>
/// <param name="Measures">Measures taken.</param>
/// <param name="MoneyRecovered">Money recovered, in yuan; zero when none.</param>
public sealed record HandoverConclusion(
    ConclusionOutcome Outcome,
    FourFormsLevel? FourForms,
    IReadOnlyList<ConclusionMeasure> Measures,
    decimal MoneyRecovered);
