namespace Clues.Graph.Embedded.Memory;

/// <summary>A node whose name contains the searched text: 0 when the name is the text, 1 when it starts with it, else 2.</summary>
internal readonly record struct NameMatch(byte Rank, int Length, int Slot);
