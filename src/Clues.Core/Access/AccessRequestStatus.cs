namespace Clues.Core.Access;

/// <summary>Where an access request stands. A request is decided once; a refused one is never reopened (file a new one).</summary>
public enum AccessRequestStatus
{
    /// <summary>Filed, waiting for the owning office (待审批).</summary>
    Pending = 1,
    /// <summary>Granted: the nodes are shared with the requesting office (已同意).</summary>
    Granted = 2,
    /// <summary>Refused, with the owning office's reason (已拒绝).</summary>
    Refused = 3,
}
