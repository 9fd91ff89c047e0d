namespace Clues.Handover.Workflow;

/// <summary>A register: the matching items and their tallies by recipient, state, outcome, four-forms level and round.</summary>
/// <param name="Items">The matching items the caller may see, oldest first.</param>
/// <param name="ByRecipient">Counts per recipient (<c>ROUTE/LEVEL/CODE</c>).</param>
/// <param name="ByState">Counts per state.</param>
/// <param name="ByOutcome">Counts per reported outcome (concluded items only).</param>
/// <param name="ByFourForms">Counts per four-forms level.</param>
/// <param name="ByRound">Counts per round.</param>
/// <param name="Overdue">How many of the items are overdue.</param>
/// <param name="MoneyRecovered">Total money recovered over the items, in yuan.</param>
public sealed record HandoverRegister(
    IReadOnlyList<HandoverItem> Items,
    IReadOnlyList<RegisterCount> ByRecipient,
    IReadOnlyList<RegisterCount> ByState,
    IReadOnlyList<RegisterCount> ByOutcome,
    IReadOnlyList<RegisterCount> ByFourForms,
    IReadOnlyList<RegisterCount> ByRound,
    int Overdue,
    decimal MoneyRecovered);
