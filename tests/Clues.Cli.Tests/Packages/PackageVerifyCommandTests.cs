using System.Text;
using Clues.Cli.Tests.Commands;
using Clues.Packages.Container;
using Clues.Packages.Keys;

namespace Clues.Cli.Tests.Packages;

public sealed class PackageVerifyCommandTests
{
    [Fact]
    public async Task An_intact_package_exits_0_with_a_summary()
    {
        using var dir = new TempDirectory();
        var (zip, pub) = await WritePackageAsync(dir.Path);

        var run = await CliProcess.RunAsync("package", "verify", zip, "--key", pub);

        Assert.True(run.ExitCode == 0, run.StdErr);
        Assert.StartsWith("OK 江临巡移〔2026〕7号: 2 files", run.StdOut, StringComparison.Ordinal);
        Assert.Contains("from 江临市委巡察办 (431400) to 江临市纪委监委", run.StdOut, StringComparison.Ordinal);
        Assert.Contains("clues.json", run.StdOut, StringComparison.Ordinal);
        Assert.Contains("register.csv", run.StdOut, StringComparison.Ordinal);
        Assert.Equal("", run.StdErr);
    }

    [Fact]
    public async Task A_tampered_package_exits_1_naming_the_file()
    {
        using var dir = new TempDirectory();
        var (zip, pub) = await WritePackageAsync(dir.Path);
        var bytes = await File.ReadAllBytesAsync(zip);
        var at = IndexOf(bytes, "register.csv"u8.ToArray()) + "register.csv".Length + 5;
        bytes[at] ^= 0x10;
        await File.WriteAllBytesAsync(zip, bytes);

        var run = await CliProcess.RunAsync("package", "verify", zip, "--key", pub);

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("REFUSED (", run.StdErr, StringComparison.Ordinal);
        Assert.Contains("register.csv", run.StdErr, StringComparison.Ordinal);
        Assert.Equal("", run.StdOut);
    }

    [Fact]
    public async Task A_package_checked_with_another_office_key_exits_1()
    {
        using var dir = new TempDirectory();
        var (zip, _) = await WritePackageAsync(dir.Path);
        var otherKeys = Path.Combine(dir.Path, "other");
        await OfficeKeyFiles.CreateAsync(otherKeys, overwrite: false, CancellationToken.None);

        var run = await CliProcess.RunAsync("package", "verify", zip, "--key", Path.Combine(otherKeys, "office.pub"));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("REFUSED (WrongKey)", run.StdErr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Not_a_zip_exits_1_saying_so()
    {
        using var dir = new TempDirectory();
        var (_, pub) = await WritePackageAsync(dir.Path);
        var notZip = Path.Combine(dir.Path, "notes.zip");
        await File.WriteAllTextAsync(notZip, "这不是压缩包");

        var run = await CliProcess.RunAsync("package", "verify", notZip, "--key", pub);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("not a zip", run.StdErr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Usage_errors_exit_2_naming_what_is_wrong()
    {
        using var dir = new TempDirectory();
        var (zip, pub) = await WritePackageAsync(dir.Path);

        var noKey = await CliProcess.RunAsync("package", "verify", zip);
        var missingKey = await CliProcess.RunAsync("package", "verify", zip, "--key", Path.Combine(dir.Path, "nope.pub"));
        var privateKey = await CliProcess.RunAsync("package", "verify", zip, "--key", Path.Combine(dir.Path, "keys", "office.key"));
        var noFile = await CliProcess.RunAsync("package", "verify", "--key", pub);
        var missingFile = await CliProcess.RunAsync("package", "verify", Path.Combine(dir.Path, "nope.zip"), "--key", pub);
        var unknown = await CliProcess.RunAsync("package", "verify", zip, "--key", pub, "--bogus");

        Assert.Equal(2, noKey.ExitCode);
        Assert.Contains("--key", noKey.StdErr, StringComparison.Ordinal);
        Assert.Equal(2, missingKey.ExitCode);
        Assert.Contains("nope.pub", missingKey.StdErr, StringComparison.Ordinal);
        Assert.Equal(2, privateKey.ExitCode);
        Assert.Contains("holds a private key", privateKey.StdErr, StringComparison.Ordinal);
        Assert.Equal(2, noFile.ExitCode);
        Assert.Contains("FILE", noFile.StdErr, StringComparison.Ordinal);
        Assert.Equal(2, missingFile.ExitCode);
        Assert.Contains("nope.zip", missingFile.StdErr, StringComparison.Ordinal);
        Assert.Equal(2, unknown.ExitCode);
        Assert.Contains("--bogus", unknown.StdErr, StringComparison.Ordinal);
    }

    private static async Task<(string Zip, string PublicKey)> WritePackageAsync(string folder)
    {
        var keys = Path.Combine(folder, "keys");
        await OfficeKeyFiles.CreateAsync(keys, overwrite: false, CancellationToken.None);
        using var key = await OfficeSigningKey.LoadAsync(Path.Combine(keys, "office.key"), CancellationToken.None);
        var content = new PackageContent(
            PackageKind.Handover,
            "江临巡移〔2026〕7号",
            new PackageParty("431400", "江临市委巡察办"),
            new PackageParty("431400-JW", "江临市纪委监委"),
            [new PackageApproval("李明", "巡察工作领导小组组长", new DateTimeOffset(2026, 3, 4, 10, 0, 0, TimeSpan.FromHours(8)))],
            new DateTimeOffset(2026, 3, 5, 9, 0, 0, TimeSpan.FromHours(8)),
            [
                PackageFile.FromBytes("clues.json", Encoding.UTF8.GetBytes("""[{"number":"XC-2026-0001"}]""")),
                PackageFile.FromBytes("register.csv", Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("线索编号,被反映人\nXC-2026-0001,王伦良\n", 20)))),
            ]);
        var zip = Path.Combine(folder, "package.zip");
        await PackageWriter.WriteFileAsync(content, key, zip, CancellationToken.None);
        return (zip, Path.Combine(keys, "office.pub"));
    }

    private static int IndexOf(byte[] haystack, byte[] needle) => haystack.AsSpan().IndexOf(needle);
}
