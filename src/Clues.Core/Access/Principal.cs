using Clues.Core.Identifiers;
using Clues.Core.Model.Taxonomy;

namespace Clues.Core.Access;

/// <summary>
/// An authenticated user: who they are, their roles and the jurisdiction of the office they work for, which bounds
/// what they can see (see <see cref="VisibilityFilter"/>).
/// </summary>
/// <param name="UserId">Stable user id, recorded in the audit log.</param>
/// <param name="DisplayName">Name shown in the UI and the audit log.</param>
/// <param name="Roles">The roles held.</param>
/// <param name="Jurisdiction">Division code of the user's office (city <c>xxxx00</c>, county otherwise).</param>
/// <param name="OfficeLevel">Level of the user's office.</param>
public sealed record Principal(
    string UserId,
    string DisplayName,
    IReadOnlySet<Role> Roles,
    DivisionCode Jurisdiction,
    JurisdictionLevel OfficeLevel)
{
    /// <summary>True when the principal holds <paramref name="role"/>.</summary>
    /// <param name="role">The role to look for.</param>
    /// <returns>Whether it is held.</returns>
    public bool IsInRole(Role role) => Roles.Contains(role);
}
