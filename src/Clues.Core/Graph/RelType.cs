namespace Clues.Core.Graph;

/// <summary>
/// The type of a relationship. The comment on each member gives its direction (start → end).
/// Stored as a byte; never renumber.
/// </summary>
public enum RelType : byte
{
    /// <summary>Person → Position: the person holds the post (任职).</summary>
    Holds = 1,
    /// <summary>Position → Unit: the post belongs to the unit.</summary>
    PositionIn = 2,
    /// <summary>Person → Person: kinship; property <c>relation</c> (亲属关系).</summary>
    RelativeOf = 3,
    /// <summary>Person → Person: social tie such as classmate or business contact; property <c>kind</c> (社会关系).</summary>
    AssociateOf = 4,
    /// <summary>Unit → Unit: the unit reports to its parent (隶属).</summary>
    SubordinateTo = 5,
    /// <summary>Jurisdiction → Jurisdiction: a division inside its parent division.</summary>
    PartOf = 6,
    /// <summary>Unit, Body or InspectionRound → Jurisdiction: where it sits (属地).</summary>
    InJurisdiction = 7,
    /// <summary>Person → Company: legal representative (法定代表人).</summary>
    LegalRepresentativeOf = 8,
    /// <summary>Person or Company → Company: shareholding; property <c>share</c> (股东).</summary>
    ShareholderOf = 9,
    /// <summary>Unit → Project: the unit owns the project (建设/采购单位).</summary>
    OwnsProject = 10,
    /// <summary>Company → Project: the company holds a contract; properties <c>amount</c>, <c>contractNo</c> (中标/承建).</summary>
    Contracted = 11,
    /// <summary>Unit → Fund: the unit manages the fund (管理).</summary>
    ManagesFund = 12,
    /// <summary>Payment → Fund, Unit or Company: who paid (付款方).</summary>
    PaidFrom = 13,
    /// <summary>Payment → Company or Person: who received (收款方).</summary>
    PaidTo = 14,
    /// <summary>Payment → Project: what the payment was for.</summary>
    PaymentFor = 15,
    /// <summary>Clue → Person, Unit or Company: the clue is about this subject; property <c>role</c> (反映对象).</summary>
    Concerns = 16,
    /// <summary>Clue → InspectionRound: found in this round.</summary>
    FoundIn = 17,
    /// <summary>Clue → InspectionGroup: collected by this group.</summary>
    CollectedBy = 18,
    /// <summary>InspectionGroup → InspectionRound: the group works in the round.</summary>
    GroupOf = 19,
    /// <summary>InspectionGroup → Unit: the group inspects the unit's party organisation (被巡察).</summary>
    Inspects = 20,
    /// <summary>Clue → Body: the clue was handed over to this body (移交).</summary>
    HandedTo = 21,
}
