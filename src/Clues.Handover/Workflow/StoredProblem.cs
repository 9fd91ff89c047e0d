namespace Clues.Handover.Workflow;

/// <summary>How one routed problem is kept in the items table's JSON column.</summary>
internal sealed record StoredProblem(string Problem, string Rule, string Basis);
