using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Clues.Packages.Container.Zip;
using Clues.Packages.Keys;

namespace Clues.Packages.Container;

/// <summary>
/// Writes a signed package zip: the payload files sorted by name, then <c>manifest.json</c>, then <c>manifest.sig</c>.
/// Timestamps and attributes are fixed, so the same content gives the same bytes up to <c>manifest.sig</c>
/// (ECDSA draws a fresh nonce for each signature, so only the signature differs between runs).
/// </summary>
public static class PackageWriter
{
    /// <summary>Writes the package to <paramref name="path"/> (through a temporary file, so a failure leaves no half package).</summary>
    /// <returns>The signed manifest.</returns>
    public static async Task<PackageManifest> WriteFileAsync(PackageContent content, OfficeSigningKey key, string path, CancellationToken cancellationToken)
    {
        var full = Path.GetFullPath(path);
        var temporary = full + "." + Guid.NewGuid().ToString("N")[..8] + ".tmp";
        try
        {
            PackageManifest manifest;
            await using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 81920, useAsync: true))
            {
                manifest = await WriteAsync(content, key, stream, cancellationToken);
            }

            File.Move(temporary, full, overwrite: true);
            return manifest;
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    /// <summary>Writes the package to a stream (left open).</summary>
    /// <returns>The signed manifest.</returns>
    /// <exception cref="ArgumentException">A file name is unsafe, reserved or given twice.</exception>
    public static async Task<PackageManifest> WriteAsync(PackageContent content, OfficeSigningKey key, Stream output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(output);
        var files = content.Files.OrderBy(f => f.Name, StringComparer.Ordinal).ToList();
        CheckNames(files);

        var listed = new List<ManifestFile>(files.Count);
        await using var archive = await ZipArchive.CreateAsync(output, ZipArchiveMode.Create, leaveOpen: true, entryNameEncoding: Encoding.UTF8, cancellationToken);
        var buffer = new byte[81920];
        foreach (var file in files)
        {
            var entry = NewEntry(archive, file.Name);
            using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            long size = 0;
            await using (var target = await entry.OpenAsync(cancellationToken))
            await using (var source = await file.OpenAsync(cancellationToken))
            {
                int read;
                while ((read = await source.ReadAsync(buffer, cancellationToken)) > 0)
                {
                    hash.AppendData(buffer, 0, read);
                    size += read;
                    await target.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
                }
            }

            listed.Add(new ManifestFile(file.Name, size, Convert.ToHexStringLower(hash.GetHashAndReset())));
        }

        var manifest = new PackageManifest(
            PackageManifest.CurrentFormat,
            content.PackageId,
            content.Kind,
            content.Number,
            content.Issuer,
            content.Recipient,
            content.Approvals,
            content.CreatedAt,
            key.KeyId,
            new SortedDictionary<string, string>(content.Metadata.ToDictionary(), StringComparer.Ordinal),
            listed);
        var manifestBytes = JsonSerializer.SerializeToUtf8Bytes(manifest, PackageJson.Options);
        await WriteEntryAsync(archive, PackageNames.Manifest, manifestBytes, cancellationToken);

        var signature = new PackageSignature(PackageSignature.Es256, key.KeyId, Convert.ToBase64String(key.Sign(manifestBytes)));
        await WriteEntryAsync(archive, PackageNames.Signature, JsonSerializer.SerializeToUtf8Bytes(signature, PackageJson.Options), cancellationToken);
        return manifest;
    }

    private static void CheckNames(List<PackageFile> files)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            if (PackageNames.Problem(file.Name) is { } problem)
            {
                throw new ArgumentException($"Package file name '{file.Name}' is refused: {problem}. Use a relative path with forward slashes.", nameof(files));
            }

            if (PackageNames.IsReserved(file.Name))
            {
                throw new ArgumentException($"Package file name '{file.Name}' is reserved for the package's own manifest; rename the file.", nameof(files));
            }

            if (!seen.Add(PackageNames.CollisionKey(file.Name)))
            {
                throw new ArgumentException($"Package file name '{file.Name}' is given twice (names must differ ignoring case).", nameof(files));
            }
        }
    }

    private static ZipArchiveEntry NewEntry(ZipArchive archive, string name)
    {
        var entry = archive.CreateEntry(name, CompressionLevel.Optimal);
        entry.LastWriteTime = Canonical.Timestamp;
        entry.ExternalAttributes = unchecked((int)Canonical.ExternalAttributes);
        return entry;
    }

    private static async Task WriteEntryAsync(ZipArchive archive, string name, byte[] bytes, CancellationToken cancellationToken)
    {
        await using var target = await NewEntry(archive, name).OpenAsync(cancellationToken);
        await target.WriteAsync(bytes, cancellationToken);
    }
}
