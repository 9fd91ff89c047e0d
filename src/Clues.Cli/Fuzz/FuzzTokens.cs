namespace Clues.Cli.Fuzz;

/// <summary>The Authorization values the HTTP fuzz sends: real tokens of several roles and every kind of bad one.</summary>
/// <param name="Analyst">A valid analyst token.</param>
/// <param name="GroupMember">A valid group member token (may register clues and draft handovers).</param>
/// <param name="OfficeStaff">A valid office staff token.</param>
/// <param name="Expired">Signed with the right key, expired a day ago.</param>
/// <param name="OtherKey">Well formed, signed with another deployment's key.</param>
/// <param name="Unregistered">Signed with the right key but never recorded in the server's token registry.</param>
/// <param name="Revoked">Issued and recorded by the server's registry, then revoked.</param>
internal sealed record FuzzTokens(string Analyst, string GroupMember, string OfficeStaff, string Expired, string OtherKey, string Unregistered, string Revoked);
