namespace Clues.Core.Model.Taxonomy;

/// <summary>Group of problems in the taxonomy (问题类别).</summary>
public enum ProblemGroup
{
    /// <summary>六项纪律</summary>
    [Label("六项纪律")]
    SixDisciplines = 1,
    /// <summary>中央八项规定精神/四风</summary>
    [Label("中央八项规定精神/四风")]
    EightPointRules = 2,
    /// <summary>选人用人</summary>
    [Label("选人用人")]
    CadreSelection = 3,
    /// <summary>基层党组织建设</summary>
    [Label("基层党组织建设")]
    Organisation = 4,
    /// <summary>意识形态与法治建设</summary>
    [Label("意识形态与法治建设")]
    Responsibility = 5,
    /// <summary>涉嫌违法犯罪</summary>
    [Label("涉嫌违法犯罪")]
    SuspectedCrime = 6,
    /// <summary>非巡察业务</summary>
    [Label("非巡察业务")]
    NotInspectionBusiness = 7,
}
