using System.Security.Cryptography;
using Clues.Packages.Container.Zip;

namespace Clues.Packages.Container;

/// <summary>
/// A package whose signature and files have been checked. Reading a file checks its size and SHA-256 again as it
/// streams, so a package file changed on disk after verification is still caught.
/// </summary>
public sealed class VerifiedPackage : IDisposable
{
    private readonly SafeZipReader reader;
    private readonly Dictionary<string, (ZipEntryRecord Entry, ManifestFile Listed)> files;
    private readonly Stream? owned;

    internal VerifiedPackage(PackageManifest manifest, SafeZipReader reader, Dictionary<string, (ZipEntryRecord Entry, ManifestFile Listed)> files, Stream? owned)
    {
        Manifest = manifest;
        this.reader = reader;
        this.files = files;
        this.owned = owned;
    }

    /// <summary>The signed manifest.</summary>
    public PackageManifest Manifest { get; }

    /// <summary>Reads one listed file into memory.</summary>
    /// <exception cref="KeyNotFoundException">The manifest lists no such file.</exception>
    /// <exception cref="PackageRefusedException">The file no longer matches the manifest.</exception>
    public async Task<byte[]> ReadAllBytesAsync(string name, CancellationToken cancellationToken)
    {
        var size = Find(name).Listed.Size;
        using var buffer = new MemoryStream((int)Math.Min(size, int.MaxValue));
        await CopyToAsync(name, buffer, cancellationToken);
        return buffer.ToArray();
    }

    /// <summary>
    /// Streams one listed file into <paramref name="destination"/>. If it no longer matches the manifest this throws
    /// after writing, so the caller must discard what it received.
    /// </summary>
    /// <exception cref="KeyNotFoundException">The manifest lists no such file.</exception>
    /// <exception cref="PackageRefusedException">The file no longer matches the manifest.</exception>
    public async Task CopyToAsync(string name, Stream destination, CancellationToken cancellationToken)
    {
        var (entry, listed) = Find(name);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        await reader.ReadAsync(entry, listed.Size, countTowardTotal: false, async (chunk, ct) =>
        {
            hash.AppendData(chunk.Span);
            await destination.WriteAsync(chunk, ct);
        }, cancellationToken);
        if (!Convert.ToHexStringLower(hash.GetHashAndReset()).Equals(listed.Sha256, StringComparison.Ordinal))
        {
            throw new PackageRefusedException(PackageProblem.ContentChanged, name, $"{name}: changed since it was verified (SHA-256 differs from the manifest); discard what was read.");
        }
    }

    /// <inheritdoc />
    public void Dispose() => owned?.Dispose();

    private (ZipEntryRecord Entry, ManifestFile Listed) Find(string name) =>
        files.TryGetValue(name, out var found) ? found : throw new KeyNotFoundException($"The package's manifest lists no file '{name}'; it lists: {string.Join(", ", files.Keys)}.");
}
