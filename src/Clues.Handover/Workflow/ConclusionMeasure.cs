using Clues.Core.Model.Taxonomy;

namespace Clues.Handover.Workflow;

/// <summary>A measure taken on conclusion (处理措施).</summary>
public enum ConclusionMeasure
{
    /// <summary>批评教育</summary>
    [Label("批评教育")]
    Criticism = 1,
    /// <summary>诫勉</summary>
    [Label("诫勉")]
    WarningTalk,
    /// <summary>党内警告</summary>
    [Label("党内警告")]
    PartyWarning,
    /// <summary>党内严重警告</summary>
    [Label("党内严重警告")]
    PartySeriousWarning,
    /// <summary>撤销党内职务</summary>
    [Label("撤销党内职务")]
    RemovalFromPartyPosts,
    /// <summary>留党察看</summary>
    [Label("留党察看")]
    PartyProbation,
    /// <summary>开除党籍</summary>
    [Label("开除党籍")]
    Expulsion,
    /// <summary>政务处分</summary>
    [Label("政务处分")]
    StateSanction,
    /// <summary>停职</summary>
    [Label("停职")]
    Suspension,
    /// <summary>调整职务</summary>
    [Label("调整职务")]
    PostAdjustment,
    /// <summary>免职</summary>
    [Label("免职")]
    Dismissal,
    /// <summary>降职</summary>
    [Label("降职")]
    Demotion,
    /// <summary>移送司法机关</summary>
    [Label("移送司法机关")]
    TransferToJudiciary,
}
