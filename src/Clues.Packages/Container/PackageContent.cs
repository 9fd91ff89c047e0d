namespace Clues.Packages.Container;

/// <summary>Everything the writer puts into a package.</summary>
/// <param name="Kind">Handover or exchange.</param>
/// <param name="Number">The package number, e.g. from <see cref="Numbering.PackageNumberFormat"/>.</param>
/// <param name="Issuer">The issuing office; its key signs the manifest.</param>
/// <param name="Recipient">The receiving office or body.</param>
/// <param name="Approvals">Who approved the package.</param>
/// <param name="CreatedAt">When the package was made; pass a fixed value to get identical bytes again.</param>
/// <param name="Files">The payload files; names are paths with forward slashes and must be unique ignoring case.</param>
public sealed record PackageContent(
    PackageKind Kind,
    string Number,
    PackageParty Issuer,
    PackageParty Recipient,
    IReadOnlyList<PackageApproval> Approvals,
    DateTimeOffset CreatedAt,
    IReadOnlyList<PackageFile> Files)
{
    /// <summary>The package id; a new one unless set.</summary>
    public Guid PackageId { get; init; } = Guid.NewGuid();

    /// <summary>Free key/value pairs written into the manifest, sorted by key.</summary>
    public IReadOnlyDictionary<string, string> Metadata { get; init; } = new Dictionary<string, string>();
}
