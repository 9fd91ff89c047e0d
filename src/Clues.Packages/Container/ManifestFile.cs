namespace Clues.Packages.Container;

/// <summary>One file listed in the manifest.</summary>
/// <param name="Name">Its path inside the zip, forward slashes, e.g. <c>clues.json</c>.</param>
/// <param name="Size">Its length in bytes.</param>
/// <param name="Sha256">Lower-case hex SHA-256 of its bytes.</param>
public sealed record ManifestFile(string Name, long Size, string Sha256);
