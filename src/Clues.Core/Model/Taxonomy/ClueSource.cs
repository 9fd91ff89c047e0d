namespace Clues.Core.Model.Taxonomy;

/// <summary>Channel a clue came in by (线索来源).</summary>
public enum ClueSource
{
    /// <summary>来信</summary>
    [Label("来信")]
    Letter = 1,
    /// <summary>来电</summary>
    [Label("来电")]
    Call = 2,
    /// <summary>来访</summary>
    [Label("来访")]
    Visit = 3,
    /// <summary>举报箱</summary>
    [Label("举报箱")]
    ReportBox = 4,
    /// <summary>电子信箱</summary>
    [Label("电子信箱")]
    Email = 5,
    /// <summary>个别谈话</summary>
    [Label("个别谈话")]
    IndividualTalk = 6,
    /// <summary>民主测评</summary>
    [Label("民主测评")]
    DemocraticEvaluation = 7,
    /// <summary>问卷调查</summary>
    [Label("问卷调查")]
    Questionnaire = 8,
    /// <summary>个人有关事项报告核查</summary>
    [Label("个人有关事项报告核查")]
    PersonalMattersCheck = 9,
    /// <summary>调阅资料</summary>
    [Label("调阅资料")]
    FileReview = 10,
    /// <summary>明察暗访</summary>
    [Label("明察暗访")]
    UnannouncedVisit = 11,
    /// <summary>下沉一级</summary>
    [Label("下沉一级")]
    OneLevelDown = 12,
    /// <summary>审计</summary>
    [Label("审计")]
    Audit = 13,
    /// <summary>其他监督</summary>
    [Label("其他监督")]
    OtherSupervision = 14,
    /// <summary>数据比对</summary>
    [Label("数据比对")]
    DataComparison = 15,
}
