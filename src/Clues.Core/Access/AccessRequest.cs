using Clues.Core.Identifiers;

namespace Clues.Core.Access;

/// <summary>
/// One office asking another for access to nodes the other owns (调阅申请). The rules live here so every front end
/// applies the same ones: a request names at least one node, states a reason, goes to another office, and is decided
/// once, by a user of the owning office holding <see cref="Permission.GrantAccess"/>; a refusal states why.
/// </summary>
/// <param name="Id">The request's id.</param>
/// <param name="RequestedBy">The user who filed it.</param>
/// <param name="RequesterOffice">The office that asks (its jurisdiction): what is granted becomes visible to all its users.</param>
/// <param name="OwnerOffice">The office that owns the nodes and decides.</param>
/// <param name="NodeIds">The store ids of the nodes asked for.</param>
/// <param name="Reason">Why the requester needs them.</param>
/// <param name="RequestedAt">When it was filed.</param>
/// <param name="Status">Where it stands.</param>
/// <param name="DecidedBy">Who decided it, once decided.</param>
/// <param name="DecidedAt">When it was decided.</param>
/// <param name="DecisionReason">The decider's reason (required for a refusal).</param>
public sealed record AccessRequest(
    string Id,
    string RequestedBy,
    DivisionCode RequesterOffice,
    DivisionCode OwnerOffice,
    IReadOnlyList<string> NodeIds,
    string Reason,
    DateTimeOffset RequestedAt,
    AccessRequestStatus Status = AccessRequestStatus.Pending,
    string? DecidedBy = null,
    DateTimeOffset? DecidedAt = null,
    string? DecisionReason = null)
{
    /// <summary>The longest reason kept; a request is not a place for documents.</summary>
    public const int MaxReasonLength = 1000;

    /// <summary>The most nodes one request may name (a whole hidden neighbourhood group fits).</summary>
    public const int MaxNodes = 1000;

    /// <summary>Files a new request after checking the requester may ask and the request is well formed.</summary>
    /// <param name="id">The new request's id.</param>
    /// <param name="requester">Who asks; their office is the requesting office.</param>
    /// <param name="policy">Must grant <see cref="Permission.RequestAccess"/>.</param>
    /// <param name="owner">The office that owns the nodes.</param>
    /// <param name="nodeIds">The nodes asked for.</param>
    /// <param name="reason">Why.</param>
    /// <param name="at">Now.</param>
    /// <returns>The pending request.</returns>
    /// <exception cref="AccessDeniedException">The requester may not ask.</exception>
    /// <exception cref="ArgumentException">The request is malformed; the message says what to fix.</exception>
    public static AccessRequest File(
        string id, Principal requester, AccessPolicy policy, DivisionCode owner, IReadOnlyCollection<string> nodeIds, string reason, DateTimeOffset at)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentNullException.ThrowIfNull(requester);
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentNullException.ThrowIfNull(owner);
        ArgumentNullException.ThrowIfNull(nodeIds);
        policy.Demand(requester, Permission.RequestAccess);
        var cleanReason = CheckReason(reason, "reason", required: true)!;
        if (owner == requester.Jurisdiction)
        {
            throw new ArgumentException(
                $"The nodes belong to the requester's own office ({owner.Value}); nothing needs to be requested.", nameof(owner));
        }

        var ids = nodeIds.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        if (ids.Count is 0 or > MaxNodes)
        {
            throw new ArgumentException($"An access request names 1 to {MaxNodes} nodes; got {ids.Count}.", nameof(nodeIds));
        }

        return new AccessRequest(id, requester.UserId, requester.Jurisdiction, owner, ids, cleanReason, at);
    }

    /// <summary>
    /// Records an office sharing its own nodes with another office unasked (主动共享), e.g. a clue and its subjects sent
    /// to the county that manages the cadre: a request filed and granted at once by the same user, so shares and
    /// granted requests are listed, audited and revoked alike.
    /// </summary>
    /// <param name="id">The record's id.</param>
    /// <param name="owner">Who shares; needs <see cref="Permission.GrantAccess"/>, and the nodes must be their office's.</param>
    /// <param name="policy">The access policy.</param>
    /// <param name="recipient">The office the nodes are shared with.</param>
    /// <param name="nodeIds">The nodes.</param>
    /// <param name="reason">Why.</param>
    /// <param name="at">Now.</param>
    /// <returns>The granted record.</returns>
    /// <exception cref="AccessDeniedException">The user may not share.</exception>
    /// <exception cref="ArgumentException">The share is malformed.</exception>
    public static AccessRequest Share(
        string id, Principal owner, AccessPolicy policy, DivisionCode recipient, IReadOnlyCollection<string> nodeIds, string reason, DateTimeOffset at)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentNullException.ThrowIfNull(owner);
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentNullException.ThrowIfNull(recipient);
        ArgumentNullException.ThrowIfNull(nodeIds);
        policy.Demand(owner, Permission.GrantAccess);
        var cleanReason = CheckReason(reason, "reason", required: true)!;
        if (recipient == owner.Jurisdiction)
        {
            throw new ArgumentException($"The nodes already belong to office {recipient.Value}; share them with another office.", nameof(recipient));
        }

        var ids = nodeIds.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        if (ids.Count is 0 or > MaxNodes)
        {
            throw new ArgumentException($"A share names 1 to {MaxNodes} nodes; got {ids.Count}.", nameof(nodeIds));
        }

        return new AccessRequest(id, owner.UserId, recipient, owner.Jurisdiction, ids, cleanReason, at, AccessRequestStatus.Granted, owner.UserId, at, cleanReason);
    }

    /// <summary>Decides the request: the decider must hold <see cref="Permission.GrantAccess"/> in the owning office.</summary>
    /// <param name="decider">Who decides.</param>
    /// <param name="policy">The access policy.</param>
    /// <param name="grant">True to grant, false to refuse.</param>
    /// <param name="reason">The decision's reason; required when refusing, so the requester learns why.</param>
    /// <param name="at">Now.</param>
    /// <returns>The decided request.</returns>
    /// <exception cref="AccessDeniedException">The decider may not decide this request.</exception>
    /// <exception cref="InvalidOperationException">The request was decided already.</exception>
    /// <exception cref="ArgumentException">A refusal without a reason, or a reason that is too long.</exception>
    public AccessRequest Decide(Principal decider, AccessPolicy policy, bool grant, string? reason, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(decider);
        ArgumentNullException.ThrowIfNull(policy);
        policy.Demand(decider, Permission.GrantAccess);
        if (decider.Jurisdiction != OwnerOffice)
        {
            throw new AccessDeniedException(
                $"Access request {Id} is addressed to the office of {OwnerOffice.Value}; user {decider.UserId} works for {decider.Jurisdiction.Value}. Only the owning office decides it.");
        }

        if (Status != AccessRequestStatus.Pending)
        {
            throw new InvalidOperationException($"Access request {Id} was already decided ({Status}) by {DecidedBy}; a request is decided once. The requester may file a new one.");
        }

        var cleanReason = CheckReason(reason, "reason", required: !grant);
        return this with
        {
            Status = grant ? AccessRequestStatus.Granted : AccessRequestStatus.Refused,
            DecidedBy = decider.UserId,
            DecidedAt = at,
            DecisionReason = cleanReason,
        };
    }

    private static string? CheckReason(string? reason, string name, bool required)
    {
        var trimmed = reason?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            return required
                ? throw new ArgumentException($"{name} must say why (a refusal or a request without a reason cannot be reviewed).", name)
                : null;
        }

        return trimmed.Length > MaxReasonLength
            ? throw new ArgumentException($"{name} is {trimmed.Length} characters; at most {MaxReasonLength}.", name)
            : trimmed;
    }
}
