using System.Security.Cryptography;
using Clues.Packages.Keys;

namespace Clues.Packages.Tests.Keys;

public sealed class OfficeKeyTests
{
    [Fact]
    public async Task Created_key_files_load_back_with_the_same_fingerprint_and_the_private_key_is_owner_only()
    {
        using var folder = new TempFolder();

        var keyId = await OfficeKeyFiles.CreateAsync(folder.Path, overwrite: false, CancellationToken.None);

        using var signing = await OfficeSigningKey.LoadAsync(folder.File("office.key"), CancellationToken.None);
        using var verifying = await OfficePublicKey.LoadAsync(folder.File("office.pub"), CancellationToken.None);
        Assert.Equal(keyId, signing.KeyId);
        Assert.Equal(keyId, verifying.KeyId);
        Assert.Matches("^[0-9a-f]{64}$", keyId);
        Assert.True(verifying.Verify("移交"u8, signing.Sign("移交"u8)));
        Assert.StartsWith("-----BEGIN PRIVATE KEY-----", await File.ReadAllTextAsync(folder.File("office.key")), StringComparison.Ordinal);
        Assert.StartsWith("-----BEGIN PUBLIC KEY-----", await File.ReadAllTextAsync(folder.File("office.pub")), StringComparison.Ordinal);
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, OwnerMode(folder.File("office.key")));
    }

    [Fact]
    public async Task Existing_keys_are_not_replaced_unless_asked()
    {
        using var folder = new TempFolder();
        var first = await OfficeKeyFiles.CreateAsync(folder.Path, overwrite: false, CancellationToken.None);

        var error = await Assert.ThrowsAsync<OfficeKeyException>(() => OfficeKeyFiles.CreateAsync(folder.Path, overwrite: false, CancellationToken.None));
        using var kept = await OfficePublicKey.LoadAsync(folder.File("office.pub"), CancellationToken.None);
        var second = await OfficeKeyFiles.CreateAsync(folder.Path, overwrite: true, CancellationToken.None);

        Assert.Contains("--force", error.Message, StringComparison.Ordinal);
        Assert.Equal(first, kept.KeyId);
        Assert.NotEqual(first, second);
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, OwnerMode(folder.File("office.key")));
    }

    [Fact]
    public async Task Loading_errors_name_the_file_and_the_fix()
    {
        using var folder = new TempFolder();
        await OfficeKeyFiles.CreateAsync(folder.Path, overwrite: false, CancellationToken.None);
        await File.WriteAllTextAsync(folder.File("junk.pub"), "not a key");
        using var rsa = RSA.Create(2048);
        await File.WriteAllTextAsync(folder.File("rsa.pub"), rsa.ExportSubjectPublicKeyInfoPem());
        using var p384 = ECDsa.Create(ECCurve.NamedCurves.nistP384);
        await File.WriteAllTextAsync(folder.File("p384.pub"), p384.ExportSubjectPublicKeyInfoPem());

        var missing = await Assert.ThrowsAsync<OfficeKeyException>(() => OfficePublicKey.LoadAsync(folder.File("nope.pub"), CancellationToken.None));
        var junk = await Assert.ThrowsAsync<OfficeKeyException>(() => OfficePublicKey.LoadAsync(folder.File("junk.pub"), CancellationToken.None));
        var privateGiven = await Assert.ThrowsAsync<OfficeKeyException>(() => OfficePublicKey.LoadAsync(folder.File("office.key"), CancellationToken.None));
        var publicGiven = await Assert.ThrowsAsync<OfficeKeyException>(() => OfficeSigningKey.LoadAsync(folder.File("office.pub"), CancellationToken.None));
        var notEc = await Assert.ThrowsAsync<OfficeKeyException>(() => OfficePublicKey.LoadAsync(folder.File("rsa.pub"), CancellationToken.None));
        var wrongCurve = await Assert.ThrowsAsync<OfficeKeyException>(() => OfficePublicKey.LoadAsync(folder.File("p384.pub"), CancellationToken.None));

        Assert.Contains("nope.pub", missing.Message, StringComparison.Ordinal);
        Assert.Contains("clues keys init", missing.Message, StringComparison.Ordinal);
        Assert.Contains("not a PEM file", junk.Message, StringComparison.Ordinal);
        Assert.Contains("holds a private key", privateGiven.Message, StringComparison.Ordinal);
        Assert.Contains("holds a public key", publicGiven.Message, StringComparison.Ordinal);
        Assert.Contains("not an elliptic-curve key", notEc.Message, StringComparison.Ordinal);
        Assert.Contains("not P-256", wrongCurve.Message, StringComparison.Ordinal);
    }

    private static UnixFileMode OwnerMode(string path)
    {
        Assert.False(OperatingSystem.IsWindows(), "file modes are checked on Linux, where the office keys live");
        return OperatingSystem.IsWindows() ? default : File.GetUnixFileMode(path);
    }
}
