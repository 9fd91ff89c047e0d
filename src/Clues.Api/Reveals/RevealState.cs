namespace Clues.Api.Reveals;

/// <summary>Where a request to see a reporter's identity stands.</summary>
internal enum RevealState
{
    /// <summary>Waiting for a custodian.</summary>
    Pending = 1,

    /// <summary>A custodian approved it; the requester may see the identity once.</summary>
    Approved,

    /// <summary>A custodian refused it.</summary>
    Refused,

    /// <summary>The requester has seen the identity; it cannot be seen again under this request.</summary>
    Consumed,
}
