using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Clues.Packages.Container;
using Clues.Packages.Keys;

namespace Clues.Packages.Tests.Container;

public sealed class PackageRoundTripTests
{
    [Fact]
    public async Task A_signed_package_verifies_and_gives_back_every_file_and_the_manifest()
    {
        using var key = OfficeSigningKey.Create();
        using var publicKey = key.PublicKey();
        var zip = await SamplePackages.WriteAsync(key);

        using var verdict = await SamplePackages.VerifyAsync(zip, publicKey);

        Assert.True(verdict.IsValid, verdict.Message);
        var manifest = verdict.Package!.Manifest;
        Assert.Equal("江临巡移〔2026〕12号", manifest.Number);
        Assert.Equal(PackageKind.Handover, manifest.Kind);
        Assert.Equal("江临市纪委监委", manifest.Recipient.Name);
        Assert.Equal("李明", Assert.Single(manifest.Approvals).By);
        Assert.Equal(key.KeyId, manifest.KeyId);
        Assert.Equal("七届三轮", manifest.Metadata["round"]);
        Assert.Equal(["clues.json", "context.graphml", "letters/移交函.pdf", "register.csv"], manifest.Files.Select(f => f.Name));
        foreach (var original in SamplePackages.DefaultFiles())
        {
            var expected = await ReadSourceAsync(original);
            var read = await verdict.Package.ReadAllBytesAsync(original.Name, CancellationToken.None);
            Assert.Equal(expected, read);
            Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(expected)), manifest.Files.Single(f => f.Name == original.Name).Sha256);
        }

        Assert.Contains("4 files", verdict.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_manifest_is_readable_json_with_chinese_text_and_the_signature_is_standard_der()
    {
        using var key = OfficeSigningKey.Create();
        using var publicKey = key.PublicKey();
        var entries = ZipSurgery.Entries(await SamplePackages.WriteAsync(key));

        var manifestBytes = entries.Single(e => e.Name == "manifest.json").Data;
        var manifestText = Encoding.UTF8.GetString(manifestBytes);
        Assert.Contains("\"number\": \"江临巡移〔2026〕12号\"", manifestText, StringComparison.Ordinal);
        Assert.Contains("\"format\": \"clues-package/1\"", manifestText, StringComparison.Ordinal);
        using var signature = JsonDocument.Parse(entries.Single(e => e.Name == "manifest.sig").Data);
        Assert.Equal("ES256", signature.RootElement.GetProperty("algorithm").GetString());
        Assert.Equal(publicKey.KeyId, signature.RootElement.GetProperty("keyId").GetString());
        var der = Convert.FromBase64String(signature.RootElement.GetProperty("signature").GetString()!);
        using var ecdsa = ECDsa.Create();
        ecdsa.ImportFromPem(publicKey.ExportPem());
        Assert.True(ecdsa.VerifyData(manifestBytes, der, HashAlgorithmName.SHA256, DSASignatureFormat.Rfc3279DerSequence));
    }

    [Fact]
    public async Task The_same_content_gives_the_same_bytes_up_to_the_signature()
    {
        using var key = OfficeSigningKey.Create();
        var first = await SamplePackages.WriteAsync(key);
        var second = await SamplePackages.WriteAsync(key);

        var a = ZipSurgery.Entries(first);
        var b = ZipSurgery.Entries(second);
        Assert.Equal(a.Select(e => e.Name), b.Select(e => e.Name));
        Assert.Equal(["clues.json", "context.graphml", "letters/移交函.pdf", "register.csv", "manifest.json", "manifest.sig"], a.Select(e => e.Name));
        var signatureAt = (int)(await ZipSurgery.LocateAsync(first, "manifest.sig")).HeaderOffset;
        Assert.Equal(signatureAt, (int)(await ZipSurgery.LocateAsync(second, "manifest.sig")).HeaderOffset);
        Assert.Equal(first.AsSpan(0, signatureAt).ToArray(), second.AsSpan(0, signatureAt).ToArray());
    }

    [Fact]
    public async Task File_order_given_to_the_writer_does_not_change_the_package()
    {
        using var key = OfficeSigningKey.Create();
        var files = SamplePackages.DefaultFiles();
        var forward = await SamplePackages.WriteAsync(key, SamplePackages.Content(files));
        var backward = await SamplePackages.WriteAsync(key, SamplePackages.Content(files.Reverse().ToArray()));

        var cut = (int)(await ZipSurgery.LocateAsync(forward, "manifest.sig")).HeaderOffset;
        Assert.Equal(forward.AsSpan(0, cut).ToArray(), backward.AsSpan(0, cut).ToArray());
    }

    [Theory]
    [InlineData("../evil.txt", "path traversal")]
    [InlineData("/etc/passwd", "absolute")]
    [InlineData("a\\b.txt", "backslash")]
    [InlineData("manifest.json", "reserved")]
    public async Task The_writer_refuses_names_the_verifier_would_refuse(string name, string reason)
    {
        using var key = OfficeSigningKey.Create();
        var content = SamplePackages.Content(PackageFile.FromBytes(name, new byte[] { 1, 2, 3 }));

        var error = await Assert.ThrowsAsync<ArgumentException>(() => SamplePackages.WriteAsync(key, content));

        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_package_written_to_a_file_verifies_from_the_file_and_streams_a_file_out()
    {
        using var folder = new TempFolder();
        using var key = OfficeSigningKey.Create();
        using var publicKey = key.PublicKey();
        var path = folder.File("package.zip");
        var big = RandomNumberGenerator.GetBytes(3 * 1024 * 1024);
        await PackageWriter.WriteFileAsync(SamplePackages.Content([.. SamplePackages.DefaultFiles(), PackageFile.FromBytes("attachments/scan.bin", big)]), key, path, CancellationToken.None);

        using var verdict = await new PackageVerifier().VerifyFileAsync(path, publicKey, CancellationToken.None);

        Assert.True(verdict.IsValid, verdict.Message);
        using var copy = new MemoryStream();
        await verdict.Package!.CopyToAsync("attachments/scan.bin", copy, CancellationToken.None);
        Assert.Equal(big, copy.ToArray());
        Assert.Equal(["package.zip"], Directory.GetFiles(folder.Path).Select(Path.GetFileName));
    }

    private static async Task<byte[]> ReadSourceAsync(PackageFile file)
    {
        using var copy = new MemoryStream();
        await using var stream = await file.OpenAsync(CancellationToken.None);
        await stream.CopyToAsync(copy);
        return copy.ToArray();
    }
}
