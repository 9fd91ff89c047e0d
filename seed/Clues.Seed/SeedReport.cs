namespace Clues.Seed;

/// <summary>What a seeding run wrote and how long it took.</summary>
/// <param name="Nodes">Nodes written.</param>
/// <param name="Relationships">Relationships written.</param>
/// <param name="Elapsed">Wall-clock time for generating and writing.</param>
/// <param name="Scenarios">Ids of the hand-checked scenario nodes (the same scenarios exist in every preset).</param>
public sealed record SeedReport(long Nodes, long Relationships, TimeSpan Elapsed, SeedScenarios Scenarios);
