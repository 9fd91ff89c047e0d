namespace Clues.Seed;

/// <summary>
/// Scenario 3, a key person (重点人): a township party secretary who is the primary subject of six clues
/// from four distinct source channels, dated after 2012, mixing political and economic problems.
/// </summary>
/// <param name="PersonId">The key person (Person).</param>
/// <param name="UnitId">The township the key person leads (Unit).</param>
/// <param name="ClueIds">The six clues, oldest first (Clue).</param>
public sealed record KeyPersonScenario(string PersonId, string UnitId, IReadOnlyList<string> ClueIds);
