namespace Clues.Seed;

/// <summary>
/// Scenario 2, a fund diverted through two companies: <see cref="FundId"/> (managed by
/// <see cref="ManagingUnitId"/>) pays <see cref="CompanyAId"/> (<see cref="FirstPaymentId"/>); company A
/// passes most of it on to <see cref="CompanyBId"/> (<see cref="SecondPaymentId"/>) days later; company B's
/// main shareholder <see cref="ShareholderId"/> is the son of <see cref="HeadId"/>, who heads the managing unit.
/// </summary>
/// <param name="FundId">The fund (Fund).</param>
/// <param name="ManagingUnitId">The unit managing the fund (Unit).</param>
/// <param name="HeadId">The managing unit's head (Person).</param>
/// <param name="HeadPositionId">The head's post (Position).</param>
/// <param name="FirstPaymentId">Fund to company A (Payment).</param>
/// <param name="CompanyAId">The first receiving company (Company).</param>
/// <param name="SecondPaymentId">Company A to company B (Payment).</param>
/// <param name="CompanyBId">The second receiving company (Company).</param>
/// <param name="ShareholderId">Company B's main shareholder, the head's son (Person).</param>
/// <param name="NomineeId">Company B's legal representative, a nominee (Person).</param>
public sealed record DivertedFundScenario(
    string FundId,
    string ManagingUnitId,
    string HeadId,
    string HeadPositionId,
    string FirstPaymentId,
    string CompanyAId,
    string SecondPaymentId,
    string CompanyBId,
    string ShareholderId,
    string NomineeId);
