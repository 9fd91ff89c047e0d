using Clues.Core.Model.Taxonomy;

namespace Clues.Handover.Workflow;

/// <summary>Where a handover item stands; on the wire in SCREAMING_SNAKE_CASE (<c>HANDED_OVER</c>).</summary>
public enum HandoverState
{
    /// <summary>Drafted by the inspection group.</summary>
    [Label("草拟")]
    Draft = 1,
    /// <summary>Proposed by the group for handover.</summary>
    [Label("组提出")]
    Proposed,
    /// <summary>Recorded by the inspection office (报备).</summary>
    [Label("已报备")]
    Filed,
    /// <summary>Approved by the leading group.</summary>
    [Label("已批准")]
    Approved,
    /// <summary>Package issued to the recipient.</summary>
    [Label("已移交")]
    HandedOver,
    /// <summary>The recipient acknowledged receipt.</summary>
    [Label("已接收")]
    Received,
    /// <summary>The recipient chose a disposal method.</summary>
    [Label("已处置")]
    Disposed,
    /// <summary>The recipient reported the outcome.</summary>
    [Label("已办结")]
    Concluded,
    /// <summary>Closed by the office (销号).</summary>
    [Label("已销号")]
    Closed,
    /// <summary>Sent back to the group for revision.</summary>
    [Label("已退回")]
    Returned,
    /// <summary>Withdrawn before handover.</summary>
    [Label("已撤回")]
    Withdrawn,
}
