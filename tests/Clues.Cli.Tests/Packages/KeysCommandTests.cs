using System.Text.Json;
using Clues.Cli.Tests.Commands;
using Clues.Packages.Keys;

namespace Clues.Cli.Tests.Packages;

public sealed class KeysCommandTests
{
    [Fact]
    public async Task Keys_init_writes_an_owner_only_private_key_a_public_key_and_prints_the_fingerprint()
    {
        using var dir = new TempDirectory();
        var keys = Path.Combine(dir.Path, "office-keys");

        var run = await CliProcess.RunAsync("keys", "init", "--out", keys, "--office", "431400", "--name", "江临市委巡察办");

        Assert.True(run.ExitCode == 0, run.StdErr);
        using var publicKey = await OfficePublicKey.LoadAsync(Path.Combine(keys, "office.pub"), CancellationToken.None);
        using var signingKey = await OfficeSigningKey.LoadAsync(Path.Combine(keys, "office.key"), CancellationToken.None);
        Assert.Contains($"Fingerprint (key id): {publicKey.KeyId}", run.StdOut, StringComparison.Ordinal);
        Assert.Contains("431400 江临市委巡察办", run.StdOut, StringComparison.Ordinal);
        Assert.Equal(publicKey.KeyId, signingKey.KeyId);
        Assert.False(OperatingSystem.IsWindows(), "key file modes are checked on Linux");
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(Path.Combine(keys, "office.key")));
        }

        using var office = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(keys, "office.json")));
        Assert.Equal("江临市委巡察办", office.RootElement.GetProperty("name").GetString());
        Assert.Equal(publicKey.KeyId, office.RootElement.GetProperty("keyId").GetString());
    }

    [Fact]
    public async Task Keys_init_refuses_to_replace_a_key_unless_forced()
    {
        using var dir = new TempDirectory();
        var first = await CliProcess.RunAsync("keys", "init", "--out", dir.Path);
        var original = await File.ReadAllTextAsync(Path.Combine(dir.Path, "office.key"));

        var again = await CliProcess.RunAsync("keys", "init", "--out", dir.Path);
        var kept = await File.ReadAllTextAsync(Path.Combine(dir.Path, "office.key"));
        var forced = await CliProcess.RunAsync("keys", "init", "--out", dir.Path, "--force");

        Assert.Equal(0, first.ExitCode);
        Assert.Equal(1, again.ExitCode);
        Assert.Contains("--force", again.StdErr, StringComparison.Ordinal);
        Assert.Contains("office.key", again.StdErr, StringComparison.Ordinal);
        Assert.Equal(original, kept);
        Assert.Equal(0, forced.ExitCode);
        Assert.NotEqual(original, await File.ReadAllTextAsync(Path.Combine(dir.Path, "office.key")));
    }

    [Theory]
    [InlineData("--office", "43140", "--office")]
    public async Task Keys_init_usage_errors_exit_2_naming_the_option(string option, string value, string named)
    {
        using var dir = new TempDirectory();

        var bad = await CliProcess.RunAsync("keys", "init", "--out", dir.Path, option, value);
        var noOut = await CliProcess.RunAsync("keys", "init");

        Assert.Equal(2, bad.ExitCode);
        Assert.Contains(named, bad.StdErr, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(dir.Path, "office.key")));
        Assert.Equal(2, noOut.ExitCode);
        Assert.Contains("--out", noOut.StdErr, StringComparison.Ordinal);
    }
}
