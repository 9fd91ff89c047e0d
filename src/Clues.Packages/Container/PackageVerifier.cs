using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using Clues.Packages.Container.Zip;
using Clues.Packages.Keys;

namespace Clues.Packages.Container;

/// <summary>
/// Checks a package against the issuing office's public key: safe zip structure and names, the manifest signature,
/// then every listed file's size and SHA-256, refusing missing and extra files. Returns a verdict, never throws for a
/// bad package.
/// </summary>
public sealed class PackageVerifier(PackageLimits? limits = null)
{
    private const int MaxSignatureBytes = 4096;

    private readonly PackageLimits limits = limits ?? PackageLimits.Default;

    /// <summary>Verifies the package file at <paramref name="path"/>; the verdict keeps the file open until disposed.</summary>
    /// <exception cref="FileNotFoundException">There is no file at the path.</exception>
    public async Task<PackageVerdict> VerifyFileAsync(string path, OfficePublicKey key, CancellationToken cancellationToken)
    {
        var full = Path.GetFullPath(path);
        if (!File.Exists(full))
        {
            throw new FileNotFoundException($"No package file at {full}.", full);
        }

        // FileShare.Read: nobody may rewrite the package while it is being verified and read.
        var stream = new FileStream(full, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, useAsync: true);
        try
        {
            return await VerifyAsync(stream, key, cancellationToken, ownsStream: true);
        }
        catch
        {
            await stream.DisposeAsync();
            throw;
        }
    }

    /// <summary>Verifies a package held in a seekable stream; the stream stays open and must outlive the verdict's package.</summary>
    /// <exception cref="ArgumentException">The stream cannot seek (save an upload to a file first).</exception>
    public Task<PackageVerdict> VerifyAsync(Stream zip, OfficePublicKey key, CancellationToken cancellationToken) =>
        VerifyAsync(zip, key, cancellationToken, ownsStream: false);

    private async Task<PackageVerdict> VerifyAsync(Stream zip, OfficePublicKey key, CancellationToken cancellationToken, bool ownsStream)
    {
        ArgumentNullException.ThrowIfNull(zip);
        ArgumentNullException.ThrowIfNull(key);
        if (!zip.CanSeek || !zip.CanRead)
        {
            throw new ArgumentException("Package verification needs a readable, seekable stream; save an upload to a file first.", nameof(zip));
        }

        try
        {
            var (package, summary) = await CheckAsync(zip, key, ownsStream ? zip : null, cancellationToken);
            return PackageVerdict.Valid(package, summary);
        }
        catch (PackageRefusedException refusal)
        {
            if (ownsStream)
            {
                await zip.DisposeAsync();
            }

            return PackageVerdict.Refused(refusal);
        }
        catch (EndOfStreamException)
        {
            if (ownsStream)
            {
                await zip.DisposeAsync();
            }

            return PackageVerdict.Refused(new PackageRefusedException(PackageProblem.Truncated, null, "The zip ends in the middle of an entry: it was cut short. Ask the sender to send it again."));
        }
    }

    private async Task<(VerifiedPackage Package, string Summary)> CheckAsync(Stream zip, OfficePublicKey key, Stream? owned, CancellationToken cancellationToken)
    {
        var reader = await SafeZipReader.OpenAsync(zip, limits, cancellationToken);
        var byName = CheckEntryNames(reader.Entries);

        var signatureEntry = byName.GetValueOrDefault(PackageNames.Signature)
            ?? throw new PackageRefusedException(PackageProblem.MissingManifest, PackageNames.Signature, "manifest.sig is missing: the package is unsigned. Only signed packages from `clues package export` are accepted.");
        var manifestEntry = byName.GetValueOrDefault(PackageNames.Manifest)
            ?? throw new PackageRefusedException(PackageProblem.MissingManifest, PackageNames.Manifest, "manifest.json is missing: the package has no table of contents.");

        var signature = ParseSignature(await ReadSmallAsync(reader, signatureEntry, MaxSignatureBytes, cancellationToken));
        if (!string.Equals(signature.KeyId, key.KeyId, StringComparison.Ordinal))
        {
            throw new PackageRefusedException(PackageProblem.WrongKey, PackageNames.Signature, $"The package is signed by key {Short(signature.KeyId)}, but the key given is {Short(key.KeyId)}. Use the issuing office's office.pub (check its fingerprint with the office).");
        }

        var manifestBytes = await ReadSmallAsync(reader, manifestEntry, limits.MaxManifestBytes, cancellationToken);
        if (!key.Verify(manifestBytes, signature.DerBytes))
        {
            throw new PackageRefusedException(PackageProblem.BadSignature, PackageNames.Manifest, "manifest.json does not match its signature: the manifest or manifest.sig was changed after signing.");
        }

        var manifest = ParseManifest(manifestBytes, key);
        var files = MatchFiles(manifest, byName);
        // In file order, so the package is read front to back once.
        foreach (var (entry, listed) in files.Values.OrderBy(f => f.Entry.HeaderOffset))
        {
            await CheckFileAsync(reader, entry, listed, cancellationToken);
        }

        var total = manifest.Files.Sum(f => f.Size);
        var summary = string.Create(CultureInfo.InvariantCulture, $"{manifest.Number}: {manifest.Files.Count} files, {total} bytes, all as signed by {manifest.Issuer.Name} ({manifest.Issuer.Code}), key {Short(manifest.KeyId)}.");
        return (new VerifiedPackage(manifest, reader, files, owned), summary);
    }

    private static Dictionary<string, ZipEntryRecord> CheckEntryNames(IReadOnlyList<ZipEntryRecord> entries)
    {
        var byName = new Dictionary<string, ZipEntryRecord>(StringComparer.Ordinal);
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            if (PackageNames.Problem(entry.Name) is { } problem)
            {
                throw new PackageRefusedException(PackageProblem.UnsafeName, entry.Name, $"Entry '{Printable(entry.Name)}' is unsafe: {problem}. The package was not written by `clues package export` or was changed.");
            }

            if (!keys.Add(PackageNames.CollisionKey(entry.Name)))
            {
                throw new PackageRefusedException(PackageProblem.DuplicateName, entry.Name, $"Entry '{entry.Name}' appears twice (names compared ignoring case); a second copy could replace the checked one on extraction.");
            }

            byName.Add(entry.Name, entry);
        }

        return byName;
    }

    private static Dictionary<string, (ZipEntryRecord Entry, ManifestFile Listed)> MatchFiles(PackageManifest manifest, Dictionary<string, ZipEntryRecord> byName)
    {
        var listedKeys = new HashSet<string>(StringComparer.Ordinal);
        var files = new Dictionary<string, (ZipEntryRecord, ManifestFile)>(StringComparer.Ordinal);
        foreach (var listed in manifest.Files)
        {
            if (PackageNames.Problem(listed.Name) is { } problem || PackageNames.IsReserved(listed.Name) || !listedKeys.Add(PackageNames.CollisionKey(listed.Name)))
            {
                throw new PackageRefusedException(PackageProblem.InvalidManifest, listed.Name, $"manifest.json lists '{Printable(listed.Name)}', which is unsafe, reserved or listed twice.");
            }

            if (listed.Size < 0 || listed.Sha256.Length != 64 || !listed.Sha256.All(char.IsAsciiHexDigitLower))
            {
                throw new PackageRefusedException(PackageProblem.InvalidManifest, listed.Name, $"manifest.json gives '{listed.Name}' a bad size or SHA-256.");
            }

            if (!byName.TryGetValue(listed.Name, out var entry))
            {
                throw new PackageRefusedException(PackageProblem.MissingFile, listed.Name, $"{listed.Name}: listed in the manifest but missing from the package.");
            }

            files.Add(listed.Name, (entry, listed));
        }

        foreach (var name in byName.Keys.Order(StringComparer.Ordinal))
        {
            if (!files.ContainsKey(name) && name is not (PackageNames.Manifest or PackageNames.Signature))
            {
                throw new PackageRefusedException(PackageProblem.ExtraFile, name, $"{name}: in the package but not in the signed manifest (added after signing).");
            }
        }

        return files;
    }

    private static async Task CheckFileAsync(SafeZipReader reader, ZipEntryRecord entry, ManifestFile listed, CancellationToken cancellationToken)
    {
        if (entry.DeclaredSize != listed.Size)
        {
            throw new PackageRefusedException(PackageProblem.ContentChanged, listed.Name, $"{listed.Name}: {entry.DeclaredSize} bytes in the zip, {listed.Size} in the signed manifest; the file was changed after signing.");
        }

        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        await reader.ReadAsync(entry, listed.Size, countTowardTotal: true, (chunk, _) =>
        {
            hash.AppendData(chunk.Span);
            return ValueTask.CompletedTask;
        }, cancellationToken);
        var actual = Convert.ToHexStringLower(hash.GetHashAndReset());
        if (!actual.Equals(listed.Sha256, StringComparison.Ordinal))
        {
            throw new PackageRefusedException(PackageProblem.ContentChanged, listed.Name, $"{listed.Name}: SHA-256 {Short(actual)} differs from {Short(listed.Sha256)} in the signed manifest; the file was changed after signing.");
        }
    }

    private static async Task<byte[]> ReadSmallAsync(SafeZipReader reader, ZipEntryRecord entry, long maxBytes, CancellationToken cancellationToken)
    {
        if (entry.DeclaredSize > maxBytes)
        {
            throw new PackageRefusedException(PackageProblem.TooLarge, entry.Name, $"{entry.Name}: {entry.DeclaredSize} bytes, over its limit of {maxBytes}.");
        }

        using var buffer = new MemoryStream();
        await reader.ReadAsync(entry, maxBytes, countTowardTotal: true, (chunk, ct) => buffer.WriteAsync(chunk, ct), cancellationToken);
        return buffer.ToArray();
    }

    private static (string KeyId, byte[] DerBytes) ParseSignature(byte[] bytes)
    {
        try
        {
            var signature = JsonSerializer.Deserialize<PackageSignature>(bytes, PackageJson.Options);
            if (signature is { Algorithm: PackageSignature.Es256 })
            {
                return (signature.KeyId, Convert.FromBase64String(signature.Signature));
            }
        }
        catch (Exception e) when (e is JsonException or FormatException)
        {
            throw new PackageRefusedException(PackageProblem.InvalidManifest, PackageNames.Signature, $"manifest.sig is not a package signature ({e.Message}); it was changed or damaged.");
        }

        throw new PackageRefusedException(PackageProblem.InvalidManifest, PackageNames.Signature, $"manifest.sig does not use the {PackageSignature.Es256} algorithm; it was changed or written by another tool.");
    }

    private static PackageManifest ParseManifest(byte[] bytes, OfficePublicKey key)
    {
        PackageManifest? manifest;
        try
        {
            manifest = JsonSerializer.Deserialize<PackageManifest>(bytes, PackageJson.Options);
        }
        catch (JsonException e)
        {
            // Signed but unreadable: a newer or foreign writer, not tampering.
            throw new PackageRefusedException(PackageProblem.InvalidManifest, PackageNames.Manifest, $"manifest.json is signed but not in the format this version reads ({e.Message}).");
        }

        if (manifest is null || manifest.Format != PackageManifest.CurrentFormat)
        {
            throw new PackageRefusedException(PackageProblem.InvalidManifest, PackageNames.Manifest, $"manifest.json has format '{manifest?.Format}', this version reads '{PackageManifest.CurrentFormat}'. Update Clues on the receiving side.");
        }

        if (!string.Equals(manifest.KeyId, key.KeyId, StringComparison.Ordinal))
        {
            throw new PackageRefusedException(PackageProblem.WrongKey, PackageNames.Manifest, $"manifest.json names key {Short(manifest.KeyId)}, but it was signed with {Short(key.KeyId)}; the package was assembled from parts.");
        }

        return manifest;
    }

    private static string Short(string keyId) => keyId.Length > 16 ? keyId[..16] + "…" : keyId;

    private static string Printable(string name) => string.Concat(name.Select(c => char.IsControl(c) ? $"\\u{(int)c:x4}" : c.ToString()));
}
