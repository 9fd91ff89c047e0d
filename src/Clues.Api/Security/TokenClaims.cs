namespace Clues.Api.Security;

/// <summary>Property names in a token's payload; short, as the token travels in every request.</summary>
internal static class TokenClaims
{
    public const string Subject = "sub";
    public const string Name = "name";
    public const string Roles = "roles";
    public const string Jurisdiction = "jur";
    public const string OfficeLevel = "lvl";
    public const string IssuedAt = "iat";
    public const string Expires = "exp";

    /// <summary>128 random bits, so two tokens issued alike in the same second still differ (and hash differently).</summary>
    public const string TokenId = "jti";
}
