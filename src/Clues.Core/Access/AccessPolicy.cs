using System.Collections.Frozen;

namespace Clues.Core.Access;

/// <summary>
/// Which role may do what, as data (a table), so an office can review it and a province can ship a variant
/// without code changes. Deny by default: a permission is allowed only when one of the principal's roles lists it.
/// </summary>
public sealed class AccessPolicy
{
    private readonly FrozenDictionary<Role, FrozenSet<Permission>> _table;

    /// <summary>Creates a policy from a table of permissions per role; roles missing from the table get nothing.</summary>
    /// <param name="table">Permissions granted to each role.</param>
    public AccessPolicy(IReadOnlyDictionary<Role, IReadOnlyCollection<Permission>> table)
    {
        ArgumentNullException.ThrowIfNull(table);
        _table = table.ToFrozenDictionary(p => p.Key, p => p.Value.ToFrozenSet());
    }

    /// <summary>
    /// The standard table. Reporter identities only for office staff (informant protection); the administrator
    /// runs the system but reads no clue content; auditors read the log, not the clues. Every graph reader may ask
    /// another office for access; only the office's staff and its leading group decide what the office shares.
    /// </summary>
    public static AccessPolicy Default { get; } = new(new Dictionary<Role, IReadOnlyCollection<Permission>>
    {
        [Role.Analyst] = [Permission.ReadGraph, Permission.ReadClue, Permission.RequestAccess],
        [Role.GroupMember] = [Permission.ReadGraph, Permission.ReadClue, Permission.RegisterClue, Permission.AssessClue, Permission.RequestAccess],
        [Role.OfficeStaff] = [Permission.ReadGraph, Permission.ReadClue, Permission.RegisterClue, Permission.AssessClue, Permission.ReadReporterIdentity, Permission.RequestAccess, Permission.GrantAccess],
        [Role.LeadingGroup] = [Permission.ReadGraph, Permission.ReadClue, Permission.ApproveHandover, Permission.RequestAccess, Permission.GrantAccess],
        [Role.HandoverOfficer] = [Permission.ReadGraph, Permission.ReadClue, Permission.ExportPackage, Permission.RequestAccess],
        [Role.Auditor] = [Permission.ReadAudit],
        [Role.Admin] = [Permission.Administer],
    });

    /// <summary>The permissions one role grants (empty when the table does not list it).</summary>
    /// <param name="role">The role.</param>
    /// <returns>The permissions.</returns>
    public IReadOnlySet<Permission> PermissionsOf(Role role) =>
        _table.TryGetValue(role, out var granted) ? granted : FrozenSet<Permission>.Empty;

    /// <summary>Whether any of the principal's roles grants <paramref name="permission"/>.</summary>
    /// <param name="principal">The caller; null (anonymous) is always denied.</param>
    /// <param name="permission">What is asked for.</param>
    /// <returns>True when allowed.</returns>
    public bool IsAllowed(Principal? principal, Permission permission)
    {
        if (principal is null)
        {
            return false;
        }

        foreach (var role in principal.Roles)
        {
            if (_table.TryGetValue(role, out var granted) && granted.Contains(permission))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Throws <see cref="AccessDeniedException"/> unless <see cref="IsAllowed"/>.</summary>
    /// <param name="principal">The caller.</param>
    /// <param name="permission">What is asked for.</param>
    public void Demand(Principal? principal, Permission permission)
    {
        if (!IsAllowed(principal, permission))
        {
            throw new AccessDeniedException($"Permission {permission} is not granted to {(principal is null ? "anonymous callers" : "user " + principal.UserId)}.");
        }
    }
}
