using System.Text.Json;
using Clues.Handover.Packaging;
using Clues.Packages.Container;
using Clues.Packages.Keys;
using Clues.Packages.Replay;

namespace Clues.Handover.Inbox;

/// <summary>
/// The receiving side of handover packages (签收): verifies a package against the issuing office's public key, refuses
/// replays, stores the package under <c>inbox/&lt;number&gt;/</c> in the data directory (the signed zip as
/// <c>package.zip</c> and its files under <c>files/</c>) and appends a receipt to <c>inbox-register.jsonl</c>.
/// A refused package leaves nothing behind.
/// </summary>
/// <remarks>
/// The zip is copied into a staging folder first and only the copy is verified and read, so a file changed after the
/// check cannot slip in. The replay guard (<c>inbox-seen.tsv</c>) records the package id before the staged folder is
/// moved into place: a crash between the two makes a second import refuse the package as already seen, and the
/// staging folder (<c>inbox/.staging-*</c>) shows what was being taken in.
/// </remarks>
/// <param name="dataDirectory">The receiving deployment's data directory.</param>
/// <param name="time">The clock for receipt times; the system clock when null.</param>
public sealed class HandoverInbox(string dataDirectory, TimeProvider? time = null)
{
    private const int MaxFolderNameLength = 120;

    private readonly string _data = Path.GetFullPath(dataDirectory);
    private readonly TimeProvider _time = time ?? TimeProvider.System;

    /// <summary>The folder that holds one subfolder per package received.</summary>
    public string InboxDirectory => Path.Combine(_data, "inbox");

    /// <summary>The register: one JSON receipt per line.</summary>
    public string RegisterPath => Path.Combine(_data, "inbox-register.jsonl");

    /// <summary>The replay guard's file: the id of every package taken in.</summary>
    public string ReplayGuardPath => Path.Combine(_data, "inbox-seen.tsv");

    /// <summary>Verifies and takes in a handover package.</summary>
    /// <param name="packagePath">The package zip.</param>
    /// <param name="issuerKey">The issuing office's public key (its office.pub).</param>
    /// <param name="cancellationToken">Cancels the import; nothing is stored then.</param>
    /// <returns>The receipt as registered.</returns>
    /// <exception cref="InboxRefusedException">The package is not as signed, was taken in before, or is not a handover package.</exception>
    /// <exception cref="FileNotFoundException">There is no file at <paramref name="packagePath"/>.</exception>
    public async Task<InboxReceipt> ImportAsync(string packagePath, OfficePublicKey issuerKey, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(packagePath);
        ArgumentNullException.ThrowIfNull(issuerKey);
        var source = Path.GetFullPath(packagePath);
        if (!File.Exists(source))
        {
            throw new FileNotFoundException($"No package file at {source}.", source);
        }

        Directory.CreateDirectory(InboxDirectory);
        var staging = Path.Combine(InboxDirectory, ".staging-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(staging);
        try
        {
            var staged = Path.Combine(staging, "package.zip");
            await CopyAsync(source, staged, cancellationToken).ConfigureAwait(false);
            var (manifest, clues, stubs) = await VerifyAndExtractAsync(source, staged, staging, issuerKey, cancellationToken).ConfigureAwait(false);

            var receivedAt = _time.GetUtcNow();
            var guard = new FilePackageReplayGuard(ReplayGuardPath);
            if (!await guard.TryRecordAsync(manifest.PackageId, manifest.Number, receivedAt, cancellationToken).ConfigureAwait(false))
            {
                throw await ReplayAsync(source, manifest, cancellationToken).ConfigureAwait(false);
            }

            var folder = FolderFor(manifest);
            Directory.Move(staging, folder);
            var receipt = new InboxReceipt(
                manifest.PackageId,
                manifest.Number,
                manifest.Issuer.Code,
                manifest.Issuer.Name,
                manifest.Recipient.Code,
                manifest.Recipient.Name,
                manifest.KeyId,
                manifest.CreatedAt,
                receivedAt,
                clues,
                stubs,
                manifest.Files.Count,
                folder);
            await InboxRegister.AppendAsync(RegisterPath, receipt, CancellationToken.None).ConfigureAwait(false);
            return receipt;
        }
        finally
        {
            if (Directory.Exists(staging))
            {
                Directory.Delete(staging, recursive: true);
            }
        }
    }

    /// <summary>Every receipt in the register, oldest first.</summary>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The receipts.</returns>
    /// <exception cref="InvalidDataException">A line of the register is damaged; the message names it.</exception>
    public Task<IReadOnlyList<InboxReceipt>> ReceiptsAsync(CancellationToken cancellationToken) => InboxRegister.ReadAsync(RegisterPath, cancellationToken);

    private async Task<(PackageManifest Manifest, int Clues, int Stubs)> VerifyAndExtractAsync(string source, string staged, string staging, OfficePublicKey issuerKey, CancellationToken cancellationToken)
    {
        using var verdict = await new PackageVerifier().VerifyFileAsync(staged, issuerKey, cancellationToken).ConfigureAwait(false);
        if (!verdict.IsValid)
        {
            throw new InboxRefusedException(InboxRefusal.NotAsSigned, verdict.Problem,
                $"{source} is refused ({verdict.Problem}): {verdict.Message} Nothing was stored; ask the issuing office to send the package again and check its office.pub fingerprint.");
        }

        var package = verdict.Package!;
        var manifest = package.Manifest;
        if (manifest.Kind != PackageKind.Handover)
        {
            throw new InboxRefusedException(InboxRefusal.NotAHandover, PackageProblem.None,
                $"{source} ({manifest.Number}) is a {manifest.Kind.ToString().ToLowerInvariant()} package, not a handover package; exchange packages are taken in by the sharing import. Nothing was stored.");
        }

        // Early, before extracting: a replay is the common refusal, and it needs no work.
        if (await new FilePackageReplayGuard(ReplayGuardPath).HasSeenAsync(manifest.PackageId, cancellationToken).ConfigureAwait(false))
        {
            throw await ReplayAsync(source, manifest, cancellationToken).ConfigureAwait(false);
        }

        var files = Path.Combine(staging, "files");
        foreach (var listed in manifest.Files)
        {
            // The verifier refused unsafe names already; this keeps even a verifier bug inside the folder.
            var target = Path.GetFullPath(Path.Combine(files, listed.Name));
            if (!target.StartsWith(files + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            {
                throw new InboxRefusedException(InboxRefusal.NotAsSigned, PackageProblem.UnsafeName, $"{source}: file name '{listed.Name}' would leave the inbox folder. Nothing was stored.");
            }

            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            await using var output = new FileStream(target, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true);
            await package.CopyToAsync(listed.Name, output, cancellationToken).ConfigureAwait(false);
        }

        var (clues, stubs) = await CountCluesAsync(source, manifest, Path.Combine(files, HandoverPackageFiles.Clues), cancellationToken).ConfigureAwait(false);
        return (manifest, clues, stubs);
    }

    private static async Task<(int Clues, int Stubs)> CountCluesAsync(string source, PackageManifest manifest, string path, CancellationToken cancellationToken)
    {
        if (!File.Exists(path))
        {
            throw new InboxRefusedException(InboxRefusal.NotAHandover, PackageProblem.None, $"{source} ({manifest.Number}) holds no {HandoverPackageFiles.Clues}; it is not a clue handover package. Nothing was stored.");
        }

        try
        {
            await using var stream = File.OpenRead(path);
            using var document = await JsonDocument.ParseAsync(stream, cancellationToken: cancellationToken).ConfigureAwait(false);
            if (document.RootElement.ValueKind != JsonValueKind.Array)
            {
                throw new JsonException("the top level is not an array");
            }

            var clues = document.RootElement.GetArrayLength();
            var stubs = document.RootElement.EnumerateArray().Count(e => e.ValueKind == JsonValueKind.Object && e.TryGetProperty("stubOnly", out var stub) && stub.ValueKind == JsonValueKind.True);
            return (clues, stubs);
        }
        catch (JsonException e)
        {
            throw new InboxRefusedException(InboxRefusal.NotAHandover, PackageProblem.None, $"{source} ({manifest.Number}): {HandoverPackageFiles.Clues} is signed but not a clue list ({e.Message}). Ask the issuing office; nothing was stored.");
        }
    }

    private async Task<InboxRefusedException> ReplayAsync(string source, PackageManifest manifest, CancellationToken cancellationToken)
    {
        var earlier = (await ReceiptsAsync(cancellationToken).ConfigureAwait(false)).FirstOrDefault(r => r.PackageId == manifest.PackageId);
        var when = earlier is null ? "before" : $"on {earlier.ReceivedAt.ToOffset(TimeSpan.FromHours(8)):yyyy-MM-dd HH:mm} (UTC+8) into {earlier.Folder}";
        return new InboxRefusedException(InboxRefusal.Replay, PackageProblem.None,
            $"{source}: package {manifest.Number} ({manifest.PackageId}) from {manifest.Issuer.Name} was taken in {when}; a package is received once. Nothing was stored.");
    }

    private string FolderFor(PackageManifest manifest)
    {
        var name = SafeName(manifest.Number);
        var id = manifest.PackageId.ToString("N");
        foreach (var candidate in new[] { name, name.Length == 0 ? "" : $"{name}-{id[..8]}", id })
        {
            if (candidate.Length > 0 && !Directory.Exists(Path.Combine(InboxDirectory, candidate)))
            {
                return Path.Combine(InboxDirectory, candidate);
            }
        }

        // The id is unique and the guard let this package in once only, so its folder is free unless made by hand.
        throw new IOException($"{Path.Combine(InboxDirectory, id)} exists already though package {manifest.PackageId} was never taken in; move that folder away and import again.");
    }

    /// <summary>The package number as a folder name: path separators, control characters and leading dots replaced.</summary>
    internal static string SafeName(string number)
    {
        var invalid = Path.GetInvalidFileNameChars();
        var chars = number.Select(c => char.IsControl(c) || invalid.Contains(c) || c is '\\' or '/' or ':' or '*' or '?' or '"' or '<' or '>' or '|' ? '_' : c).ToArray();
        var name = new string(chars).Trim().TrimStart('.');
        return name.Length > MaxFolderNameLength ? name[..MaxFolderNameLength] : name;
    }

    private static async Task CopyAsync(string source, string target, CancellationToken cancellationToken)
    {
        await using var input = new FileStream(source, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, useAsync: true);
        await using var output = new FileStream(target, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true);
        await input.CopyToAsync(output, cancellationToken).ConfigureAwait(false);
    }
}
