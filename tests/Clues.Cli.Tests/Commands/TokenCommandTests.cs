using System.Text;
using System.Text.Json;
using Clues.Api.Security;

namespace Clues.Cli.Tests.Commands;

public sealed class TokenCommandTests
{
    [Fact]
    public async Task Issued_token_carries_the_user_roles_and_office()
    {
        using var dir = new TempDirectory();
        var key = Path.Combine(dir.Path, "signing.key");
        TokenIssuer.CreateKeyFile(key);

        var run = await CliProcess.RunAsync("token", "issue", "--signing-key", key, "--user", "zhang.wei", "--name", "张伟", "--roles", "Analyst,HandoverOfficer", "--jurisdiction", "431421", "--days", "3");

        Assert.True(run.ExitCode == 0, run.StdErr);
        var parts = run.StdOut.Trim().Split('.');
        Assert.Equal(3, parts.Length);
        Assert.Equal("clues1", parts[0]);
        var payload = parts[1].Replace('-', '+').Replace('_', '/');
        payload = payload.PadRight(payload.Length + ((4 - (payload.Length % 4)) % 4), '=');
        using var json = JsonDocument.Parse(Encoding.UTF8.GetString(Convert.FromBase64String(payload)));
        Assert.Equal("zhang.wei", json.RootElement.GetProperty("sub").GetString());
        Assert.Equal("431421", json.RootElement.GetProperty("jur").GetString());
        Assert.Equal(["Analyst", "HandoverOfficer"], json.RootElement.GetProperty("roles").EnumerateArray().Select(r => r.GetString()).Order());
    }

    [Theory]
    [InlineData("--roles", "Wizard", "'Wizard' is not a role")]
    [InlineData("--jurisdiction", "43142", "must be 6 digits")]
    [InlineData("--days", "400", "outside 1 to 366")]
    public async Task Bad_arguments_are_refused_naming_the_option(string option, string value, string reason)
    {
        using var dir = new TempDirectory();
        var key = Path.Combine(dir.Path, "signing.key");
        TokenIssuer.CreateKeyFile(key);
        var args = new Dictionary<string, string> { ["--roles"] = "Analyst", ["--jurisdiction"] = "431400", ["--days"] = "7" };
        args[option] = value;

        var run = await CliProcess.RunAsync(["token", "issue", "--signing-key", key, "--user", "u", .. args.SelectMany(p => new[] { p.Key, p.Value })]);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(option, run.StdErr, StringComparison.Ordinal);
        Assert.Contains(reason, run.StdErr, StringComparison.Ordinal);
        Assert.Equal("", run.StdOut);
    }

    [Fact]
    public async Task A_missing_signing_key_is_named_with_the_fix()
    {
        using var dir = new TempDirectory();

        var run = await CliProcess.RunAsync("token", "issue", "--signing-key", Path.Combine(dir.Path, "nope.key"), "--user", "u", "--roles", "Analyst", "--jurisdiction", "431400");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("nope.key", run.StdErr, StringComparison.Ordinal);
    }
}
