namespace Clues.Seed;

/// <summary>
/// The four hand-checked scenarios planted in every preset (see <c>seed/README.md</c>), so analysts
/// and tests can find them without searching.
/// </summary>
/// <param name="ConflictOfInterest">A cadre's relative owns a company that won a project of the cadre's unit.</param>
/// <param name="DivertedFund">A fund paid through two companies to one owned by the managing unit head's son.</param>
/// <param name="KeyPerson">A key person (重点人) with six clues from four source channels.</param>
/// <param name="SharedSubject">A person who is the subject of clues from both a city and a county round.</param>
public sealed record SeedScenarios(
    ConflictOfInterestScenario ConflictOfInterest,
    DivertedFundScenario DivertedFund,
    KeyPersonScenario KeyPerson,
    SharedSubjectScenario SharedSubject);
