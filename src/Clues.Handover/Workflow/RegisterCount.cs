namespace Clues.Handover.Workflow;

/// <summary>One line of a register's tally.</summary>
/// <param name="Key">What is counted, e.g. <c>DISCIPLINE_COMMISSION/CITY/350100</c>, <c>HANDED_OVER</c> or a round id.</param>
/// <param name="Label">The Chinese label users read, where there is one.</param>
/// <param name="Count">How many items.</param>
public sealed record RegisterCount(string Key, string Label, int Count);
