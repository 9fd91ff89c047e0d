namespace Clues.Cli.Fuzz;

/// <summary>One entry of a hand-built zip: its name (any text, however unsafe) and its bytes.</summary>
internal sealed record ForgedEntry(string Name, byte[] Bytes);
