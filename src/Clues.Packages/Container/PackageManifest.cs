namespace Clues.Packages.Container;

/// <summary>The signed table of contents of a package, stored as <c>manifest.json</c>.</summary>
/// <param name="Format">Format version, <see cref="CurrentFormat"/>.</param>
/// <param name="PackageId">Unique id; importers record it to refuse replays.</param>
/// <param name="Kind">Handover or exchange.</param>
/// <param name="Number">The package number, e.g. 江临巡移〔2026〕12号.</param>
/// <param name="Issuer">The issuing office.</param>
/// <param name="Recipient">The receiving office or body.</param>
/// <param name="Approvals">Who approved the package.</param>
/// <param name="CreatedAt">When the package was made.</param>
/// <param name="KeyId">Fingerprint of the issuing office's public key.</param>
/// <param name="Metadata">Free key/value pairs for the content's own use.</param>
/// <param name="Files">Every payload file with its size and SHA-256, sorted by name.</param>
public sealed record PackageManifest(
    string Format,
    Guid PackageId,
    PackageKind Kind,
    string Number,
    PackageParty Issuer,
    PackageParty Recipient,
    IReadOnlyList<PackageApproval> Approvals,
    DateTimeOffset CreatedAt,
    string KeyId,
    IReadOnlyDictionary<string, string> Metadata,
    IReadOnlyList<ManifestFile> Files)
{
    /// <summary>The format version this library writes and reads.</summary>
    public const string CurrentFormat = "clues-package/1";
}
