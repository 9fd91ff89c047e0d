namespace Clues.Seed.Generation;

/// <summary>
/// A project already written: what payments and clues need to refer to it. <paramref name="Planted"/>
/// marks scenario projects, which keep exactly the payments the scenario planted.
/// </summary>
internal sealed record ProjectInfo(string Id, string Name, int OwnerUnit, DateOnly Start, DateOnly End, int[] Contractors, bool Planted = false);
