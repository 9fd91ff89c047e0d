namespace Clues.Api.Security;

/// <summary>
/// Security settings, bound from <c>Clues:Security</c> (or environment variables such as
/// <c>Clues__Security__SealingKeyFile</c>). Key files are kept out of the data directory in production so that a
/// copy of the data is not a copy of the keys.
/// </summary>
public sealed class CluesSecurityOptions
{
    /// <summary>The configuration section these options are bound from.</summary>
    public const string SectionName = "Clues:Security";

    /// <summary>
    /// File holding the HMAC key that signs bearer tokens (base64, at least 32 bytes). Required outside Development;
    /// in Development a key is generated in the data directory when missing.
    /// </summary>
    public string? SigningKeyFile { get; set; }

    /// <summary>
    /// File holding the AES-256 key that seals reporter identities (base64 of 32 bytes). Required outside
    /// Development; in Development a key is generated in the data directory when missing.
    /// </summary>
    public string? SealingKeyFile { get; set; }

    /// <summary>
    /// The sealing key itself (base64 of 32 bytes), for deployments that hand secrets over in environment variables
    /// (<c>Clues__Security__SealingKey</c>) rather than files. Set this or <see cref="SealingKeyFile"/>, not both.
    /// </summary>
    public string? SealingKey { get; set; }

    /// <summary>
    /// File holding the key that signs the audit log's anchor (<c>audit.head</c>), so an edited log cannot be passed off
    /// with a rewritten anchor. Created when missing. Unset: <c>audit.key</c> beside the signing key file when that is
    /// configured; otherwise (Development without key files) the anchor is kept unsigned.
    /// </summary>
    public string? AuditAnchorKeyFile { get; set; }

    /// <summary>
    /// The token registry (<c>tokens.db</c>): hashes of every token issued, and revocations. The API accepts only
    /// tokens recorded there and not revoked. Unset: <c>tokens.db</c> beside the signing key file; in Development
    /// without a key file, <c>dev-tokens.db</c> in the data directory beside the generated key.
    /// </summary>
    public string? TokenRegistryFile { get; set; }

    /// <summary>
    /// Whether requests without a bearer token are refused with 401 (the GraphiQL page, its files and
    /// <c>/healthz</c> stay open). Null (the default) requires it everywhere but Development.
    /// </summary>
    public bool? RequireAuthentication { get; set; }
}
