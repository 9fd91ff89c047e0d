using Clues.Core.Access;

namespace Clues.Api.AccessRequests;

/// <summary>The GraphQL <c>AccessRequest</c>; its <c>nodes</c> field is resolved through the caller's visibility.</summary>
internal sealed record AccessRequestView(AccessRequest Request, JurisdictionRefView RequesterOffice, JurisdictionRefView Owner)
{
    public string Id => Request.Id;

    public AccessRequestStatus Status => Request.Status;

    public string RequestedBy => Request.RequestedBy;

    public string Reason => Request.Reason;

    public DateTimeOffset RequestedAt => Request.RequestedAt;

    public int NodeCount => Request.NodeIds.Count;

    public string? DecidedBy => Request.DecidedBy;

    public DateTimeOffset? DecidedAt => Request.DecidedAt;

    public string? DecisionReason => Request.DecisionReason;
}
