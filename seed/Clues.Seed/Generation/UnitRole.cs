namespace Clues.Seed.Generation;

/// <summary>What a generated unit is, which decides its posts, its parent and what it owns.</summary>
internal enum UnitRole
{
    PartyCommittee,
    Government,
    Department,
    StateFirm,
    Institution,
    Township,
    Village,
}
