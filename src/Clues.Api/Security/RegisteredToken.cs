namespace Clues.Api.Security;

/// <summary>One row of the token registry: everything recorded about a token except the token itself.</summary>
internal sealed record RegisteredToken(
    byte[] Hash,
    string UserId,
    IReadOnlyList<string> Roles,
    string Jurisdiction,
    DateTimeOffset IssuedAt,
    DateTimeOffset ExpiresAt,
    TokenRevocation? Revocation)
{
    public string HashPrefix => TokenHash.Prefix(Hash);

    /// <summary>active, expired or revoked, as of <paramref name="now"/>.</summary>
    public string StateAt(DateTimeOffset now) =>
        Revocation is not null ? "revoked" : ExpiresAt <= now ? "expired" : "active";
}
