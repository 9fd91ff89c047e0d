namespace Clues.Cli.Fuzz;

/// <summary>One failing input: what was wrong, the generator that made it, and where it was saved (null when not saved).</summary>
internal sealed record FuzzFailure(string Kind, string Problem, string? SavedAt);
