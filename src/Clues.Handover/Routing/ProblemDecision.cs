namespace Clues.Handover.Routing;

/// <summary>Which rule sent one problem of a clue to its recipient.</summary>
/// <param name="Problem">The problem.</param>
/// <param name="RuleId">The rule applied.</param>
/// <param name="Basis">The rule's basis text.</param>
public sealed record ProblemDecision(ProblemCode Problem, string RuleId, string Basis);
