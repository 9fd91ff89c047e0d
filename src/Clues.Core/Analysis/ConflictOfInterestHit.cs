using Clues.Core.Graph;
using Clues.Core.Model.Taxonomy;

namespace Clues.Core.Analysis;

/// <summary>
/// One conflict of interest: a cadre's relative is tied to a company that contracted a project of,
/// or was paid by, a unit where the cadre sat on the leading team on that day.
/// </summary>
/// <param name="Kind">Contract or payment.</param>
/// <param name="Cadre">The cadre.</param>
/// <param name="Relative">The relative.</param>
/// <param name="Relation">Who the relative is to the cadre (a RelativeOf recorded from the relative's side is inverted); null when the relationship carries no relation.</param>
/// <param name="Company">The relative's company.</param>
/// <param name="Ties">The relative's ties to the company that were valid on the day (shareholding first).</param>
/// <param name="Unit">The cadre's unit that owned the project or paid.</param>
/// <param name="Tenure">The cadre's leading-team post in that unit.</param>
/// <param name="Contract">The contract, for <see cref="ConflictKind.Contract"/>.</param>
/// <param name="Payment">The payment, for <see cref="ConflictKind.Payment"/>.</param>
/// <param name="Path">The whole chain from the cadre back to the cadre, through the first tie.</param>
/// <param name="Explanation">The chain and its facts in one sentence.</param>
public sealed record ConflictOfInterestHit(
    ConflictKind Kind,
    NodeRef Cadre,
    NodeRef Relative,
    KinshipRelation? Relation,
    NodeRef Company,
    IReadOnlyList<CompanyTie> Ties,
    NodeRef Unit,
    CadreTenure Tenure,
    ContractFacts? Contract,
    PaymentFacts? Payment,
    GraphPath Path,
    string Explanation);
