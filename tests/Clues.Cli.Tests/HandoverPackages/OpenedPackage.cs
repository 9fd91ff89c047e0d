using System.Text;
using System.Text.Json.Nodes;
using Clues.Handover.Packaging;
using Clues.Packages.Container;
using Clues.Packages.Keys;

namespace Clues.Cli.Tests.HandoverPackages;

/// <summary>A package checked with the office's public key and read whole: its manifest and every file.</summary>
internal sealed record OpenedPackage(PackageManifest Manifest, IReadOnlyDictionary<string, byte[]> Files)
{
    public static async Task<OpenedPackage> OpenAsync(string path, OfficeSigningKey key)
    {
        using var publicKey = key.PublicKey();
        using var verdict = await new PackageVerifier().VerifyFileAsync(path, publicKey, CancellationToken.None);
        Assert.True(verdict.IsValid, $"{path} does not verify: {verdict.Problem} {verdict.Message}");
        var files = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var listed in verdict.Package!.Manifest.Files)
        {
            files[listed.Name] = await verdict.Package.ReadAllBytesAsync(listed.Name, CancellationToken.None);
        }

        return new OpenedPackage(verdict.Package.Manifest, files);
    }

    public string Text(string name) => Encoding.UTF8.GetString(Files[name]);

    public JsonArray Clues => JsonNode.Parse(Files[HandoverPackageFiles.Clues])!.AsArray();

    public JsonObject Context => JsonNode.Parse(Files[HandoverPackageFiles.ContextJson])!.AsObject();
}
