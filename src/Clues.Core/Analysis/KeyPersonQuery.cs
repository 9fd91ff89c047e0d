namespace Clues.Core.Analysis;

/// <summary>
/// Whom to rank: people who held a post in a unit of a jurisdiction (or of a division under it),
/// people concerned by clues of a round, or both (people of the jurisdiction, counting only that
/// round's clues). At least one of the two must be given.
/// </summary>
/// <param name="JurisdictionId">A Jurisdiction; its divisions (PartOf) are included.</param>
/// <param name="RoundId">An InspectionRound; only clues FoundIn it are counted.</param>
/// <param name="Top">How many people to return, 1 to 1000.</param>
/// <param name="IncludeRelatedSubjects">Count clues where the person is only a related subject, not the primary one.</param>
/// <param name="PersistenceCutoff">Clues received on or after this day count as "still offending" (default 2012-12-04, the eight-point rules).</param>
public sealed record KeyPersonQuery(
    string? JurisdictionId = null,
    string? RoundId = null,
    int Top = 10,
    bool IncludeRelatedSubjects = false,
    DateOnly? PersistenceCutoff = null);
