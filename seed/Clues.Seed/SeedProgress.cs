namespace Clues.Seed;

/// <summary>How far seeding has come: within <paramref name="Phase"/>, <paramref name="Done"/> of <paramref name="Total"/> items are written.</summary>
/// <param name="Phase">The phase being written, e.g. "人员与职务 people and posts".</param>
/// <param name="Done">Items of the phase written so far.</param>
/// <param name="Total">Items the phase will write.</param>
public sealed record SeedProgress(string Phase, long Done, long Total);
