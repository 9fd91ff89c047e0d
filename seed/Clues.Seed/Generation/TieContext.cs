namespace Clues.Seed.Generation;

/// <summary>Where a person sits in the social fabric; it decides the kind of the local social ties they get.</summary>
internal enum TieContext : byte
{
    Workplace = 0,
    Family = 1,
    Village = 2,
    Business = 3,
    Retired = 4,
}
