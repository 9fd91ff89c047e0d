namespace Clues.Seed;

/// <summary>
/// Scenario 1, conflict of interest: the cadre heads a unit (<see cref="PositionId"/> in <see cref="UnitId"/>);
/// the cadre's brother-in-law (<see cref="RelativeId"/>, also reachable through the spouse) is shareholder and
/// legal representative of <see cref="CompanyId"/>, which holds the contract for <see cref="ProjectId"/>, a
/// project the cadre's unit owns, signed during the cadre's tenure.
/// </summary>
/// <param name="CadreId">The unit head (Person).</param>
/// <param name="PositionId">The head's post (Position).</param>
/// <param name="UnitId">The unit the cadre heads (Unit).</param>
/// <param name="SpouseId">The cadre's spouse (Person).</param>
/// <param name="RelativeId">The cadre's brother-in-law (Person).</param>
/// <param name="CompanyId">The brother-in-law's company (Company).</param>
/// <param name="ProjectId">The project of the cadre's unit the company contracted (Project).</param>
/// <param name="PaymentId">The unit's payment to the company for the project (Payment).</param>
public sealed record ConflictOfInterestScenario(
    string CadreId,
    string PositionId,
    string UnitId,
    string SpouseId,
    string RelativeId,
    string CompanyId,
    string ProjectId,
    string PaymentId);
