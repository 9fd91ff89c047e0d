namespace Clues.Api.AccessRequests;

/// <summary>Which of an office's access requests to list.</summary>
internal enum AccessRequestDirection
{
    /// <summary>Requests other offices addressed to the caller's office (to decide).</summary>
    Incoming = 1,
    /// <summary>Requests the caller's office filed with other offices.</summary>
    Outgoing = 2,
}
