namespace Clues.Handover.Routing;

/// <summary>
/// The routing problem codes of the rule table and of <c>clues route</c>; on the wire each is written in
/// SCREAMING_SNAKE_CASE (<see cref="DisciplinePolitical"/> is <c>DISCIPLINE_POLITICAL</c>).
/// <see cref="ProblemCodeMapping"/> maps the domain's problem types onto them.
/// </summary>
public enum ProblemCode
{
    /// <summary>违反政治纪律</summary>
    DisciplinePolitical = 1,
    /// <summary>违反组织纪律</summary>
    DisciplineOrganizational,
    /// <summary>违反廉洁纪律</summary>
    DisciplineIntegrity,
    /// <summary>违反群众纪律</summary>
    DisciplineMass,
    /// <summary>违反工作纪律</summary>
    DisciplineWork,
    /// <summary>违反生活纪律</summary>
    DisciplineLife,
    /// <summary>形式主义、官僚主义</summary>
    StyleFormalismBureaucratism,
    /// <summary>享乐主义、奢靡之风</summary>
    StyleHedonismExtravagance,
    /// <summary>公职人员涉嫌职务违法犯罪</summary>
    DutyCrime,
    /// <summary>涉黑涉恶“保护伞”</summary>
    OrganizedCrimeUmbrella,
    /// <summary>选人用人问题</summary>
    CadreSelection,
    /// <summary>违反民主集中制</summary>
    DemocraticCentralism,
    /// <summary>基层党组织软弱涣散</summary>
    GrassrootsWeakness,
    /// <summary>其他涉嫌违法犯罪</summary>
    OrdinaryCrime,
    /// <summary>涉黑涉恶犯罪</summary>
    OrganizedCrime,
    /// <summary>意识形态工作责任制</summary>
    IdeologyWork,
    /// <summary>法治建设</summary>
    RuleOfLawBuilding,
    /// <summary>个人诉求</summary>
    PersonalDemand,
    /// <summary>涉法涉诉</summary>
    LitigationComplaint,
}
