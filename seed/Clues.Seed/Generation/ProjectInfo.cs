namespace Clues.Seed.Generation;

/// <summary>A project already written: what payments and clues need to refer to it.</summary>
internal sealed record ProjectInfo(string Id, string Name, int OwnerUnit, DateOnly Start, DateOnly End, int[] Contractors);
