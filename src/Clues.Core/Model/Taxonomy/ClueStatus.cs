namespace Clues.Core.Model.Taxonomy;

/// <summary>Where a clue stands (线索状态).</summary>
public enum ClueStatus
{
    /// <summary>已登记</summary>
    [Label("已登记")]
    Registered = 1,
    /// <summary>研判中</summary>
    [Label("研判中")]
    UnderReview = 2,
    /// <summary>已报备</summary>
    [Label("已报备")]
    ProposalRecorded = 3,
    /// <summary>已批准</summary>
    [Label("已批准")]
    Approved = 4,
    /// <summary>已移交</summary>
    [Label("已移交")]
    HandedOver = 5,
    /// <summary>已反馈</summary>
    [Label("已反馈")]
    FeedbackReceived = 6,
    /// <summary>已销号</summary>
    [Label("已销号")]
    Closed = 7,
    /// <summary>暂存（待轮次结束报送）</summary>
    [Label("暂存（待轮次结束报送）")]
    Held = 8,
}
