using System.IO.Compression;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Clues.Packages.Keys;

namespace Clues.Cli.Fuzz;

/// <summary>
/// Builds zips the way an attacker with a zip library would: any names (traversal, absolute, duplicates), any
/// order, with the package writer's header conventions (fixed timestamp, rw-r--r--, UTF-8 names) so the verifier
/// gets past its "rewritten" check and has to judge the names, the manifest and the signature themselves. Manifests
/// can be edited and signed again with any key.
/// </summary>
internal static class PackageForge
{
    private static readonly DateTimeOffset Timestamp = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private const uint RegularFileReadWrite = 0x81A4_0000;

    private static readonly JsonSerializerOptions ManifestJson = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>A zip of the entries, in the order given.</summary>
    public static byte[] Zip(IEnumerable<ForgedEntry> entries)
    {
        using var buffer = new MemoryStream();
        using (var archive = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true, entryNameEncoding: Encoding.UTF8))
        {
            foreach (var entry in entries)
            {
                var zipEntry = archive.CreateEntry(entry.Name, CompressionLevel.Optimal);
                zipEntry.LastWriteTime = Timestamp;
                zipEntry.ExternalAttributes = unchecked((int)RegularFileReadWrite);
                using var target = zipEntry.Open();
                target.Write(entry.Bytes);
            }
        }

        return buffer.ToArray();
    }

    /// <summary>The entries of a zip, in order (only for zips this program wrote).</summary>
    public static List<ForgedEntry> Entries(byte[] zip)
    {
        using var archive = new ZipArchive(new MemoryStream(zip), ZipArchiveMode.Read);
        var entries = new List<ForgedEntry>();
        foreach (var entry in archive.Entries)
        {
            using var source = entry.Open();
            using var copy = new MemoryStream();
            source.CopyTo(copy);
            entries.Add(new ForgedEntry(entry.FullName, copy.ToArray()));
        }

        return entries;
    }

    /// <summary>manifest.json text with its file list replaced by <paramref name="files"/> (name, bytes) and other fields edited.</summary>
    public static byte[] Manifest(byte[] original, IEnumerable<ForgedEntry> files, Action<JsonObject>? edit = null)
    {
        var manifest = JsonNode.Parse(original)!.AsObject();
        var list = new JsonArray();
        foreach (var file in files)
        {
            list.Add(new JsonObject
            {
                ["name"] = file.Name,
                ["size"] = file.Bytes.LongLength,
                ["sha256"] = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(file.Bytes)),
            });
        }

        manifest["files"] = list;
        edit?.Invoke(manifest);
        return Encoding.UTF8.GetBytes(manifest.ToJsonString(ManifestJson));
    }

    /// <summary>manifest.sig for <paramref name="manifest"/> signed by <paramref name="signer"/>, claiming key <paramref name="claimedKeyId"/>.</summary>
    public static byte[] Signature(byte[] manifest, OfficeSigningKey signer, string claimedKeyId) =>
        Encoding.UTF8.GetBytes(new JsonObject
        {
            ["algorithm"] = "ES256",
            ["keyId"] = claimedKeyId,
            ["signature"] = Convert.ToBase64String(signer.Sign(manifest)),
        }.ToJsonString(ManifestJson));

    /// <summary>A complete package: payload entries, then manifest.json and manifest.sig made and signed for them.</summary>
    public static byte[] Signed(byte[] originalManifest, IReadOnlyList<ForgedEntry> payload, OfficeSigningKey signer, string claimedKeyId, Action<JsonObject>? edit = null)
    {
        var manifest = Manifest(originalManifest, payload, edit);
        return Zip([.. payload, new ForgedEntry("manifest.json", manifest), new ForgedEntry("manifest.sig", Signature(manifest, signer, claimedKeyId))]);
    }
}
