using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Clues.Api.Security;
using Clues.Cli.BenchLoad;
using Clues.Cli.Tests.Fuzz;
using Clues.Core.Access;

namespace Clues.Cli.Tests.Commands;

// With the heavy runs: one test starts a real server, and the machine is shared.
[Collection(HeavyRunsCollection.Name)]
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
        Assert.Equal(16, Convert.FromBase64String(json.RootElement.GetProperty("jti").GetString()!.Replace('-', '+').Replace('_', '/') + "==").Length);
        Assert.True(File.Exists(Path.Combine(dir.Path, "tokens.db")), "The token was not recorded beside the signing key.");
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

    [Fact]
    public async Task Issue_records_the_token_and_list_shows_it_without_the_token_itself()
    {
        using var dir = new TempDirectory();
        var key = Path.Combine(dir.Path, "signing.key");
        TokenIssuer.CreateKeyFile(key);

        var token = (await IssueAsync(key, "zhang.wei")).Trim();
        var list = await CliProcess.RunAsync("token", "list", "--keys", dir.Path);

        Assert.True(list.ExitCode == 0, list.StdErr);
        Assert.Contains(HashPrefix(token), list.StdOut, StringComparison.Ordinal);
        Assert.Contains("zhang.wei", list.StdOut, StringComparison.Ordinal);
        Assert.Contains("active", list.StdOut, StringComparison.Ordinal);
        Assert.Contains("1 token(s)", list.StdOut, StringComparison.Ordinal);
        Assert.DoesNotContain(token.Split('.')[2], list.StdOut, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Issue_with_keys_records_the_token_in_that_folder()
    {
        using var dir = new TempDirectory();
        var key = Path.Combine(dir.Path, "signing.key");
        var keys = Path.Combine(dir.Path, "server-keys");
        TokenIssuer.CreateKeyFile(key);

        var run = await CliProcess.RunAsync("token", "issue", "--signing-key", key, "--keys", keys, "--user", "u", "--roles", "Analyst", "--jurisdiction", "431400");

        Assert.True(run.ExitCode == 0, run.StdErr);
        Assert.True(File.Exists(Path.Combine(keys, "tokens.db")));
        Assert.False(File.Exists(Path.Combine(dir.Path, "tokens.db")));
    }

    [Fact]
    public async Task Revoke_by_token_marks_it_revoked_with_who_and_why()
    {
        using var dir = new TempDirectory();
        var key = Path.Combine(dir.Path, "signing.key");
        TokenIssuer.CreateKeyFile(key);
        var token = (await IssueAsync(key, "zhang.wei")).Trim();
        var kept = (await IssueAsync(key, "zhang.wei")).Trim();

        var revoke = await CliProcess.RunAsync("token", "revoke", "--keys", dir.Path, "--token", token, "--reason", "laptop lost", "--by", "admin.wang");
        var again = await CliProcess.RunAsync("token", "revoke", "--keys", dir.Path, "--token", token, "--reason", "twice", "--by", "admin.li");
        var list = await CliProcess.RunAsync("token", "list", "--keys", dir.Path);

        Assert.True(revoke.ExitCode == 0, revoke.StdErr);
        Assert.Contains("Revoked token " + HashPrefix(token), revoke.StdOut, StringComparison.Ordinal);
        Assert.Equal(0, again.ExitCode);
        Assert.Contains("already revoked", again.StdOut, StringComparison.Ordinal);
        var lines = list.StdOut.Split('\n');
        Assert.Contains(lines, l => l.StartsWith(HashPrefix(token), StringComparison.Ordinal) && l.Contains("revoked", StringComparison.Ordinal) && l.Contains("by admin.wang: laptop lost", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith(HashPrefix(kept), StringComparison.Ordinal) && l.TrimEnd().EndsWith("active", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Revoke_by_user_revokes_every_token_of_that_user_only()
    {
        using var dir = new TempDirectory();
        var key = Path.Combine(dir.Path, "signing.key");
        TokenIssuer.CreateKeyFile(key);
        await IssueAsync(key, "zhang.wei");
        await IssueAsync(key, "zhang.wei");
        await IssueAsync(key, "li.na");

        var revoke = await CliProcess.RunAsync("token", "revoke", "--keys", dir.Path, "--user", "zhang.wei", "--reason", "left the office");
        var list = await CliProcess.RunAsync("token", "list", "--keys", dir.Path);

        Assert.True(revoke.ExitCode == 0, revoke.StdErr);
        Assert.Contains("Revoked 2 token(s) of zhang.wei", revoke.StdOut, StringComparison.Ordinal);
        var rows = list.StdOut.Split('\n').Where(l => l.Contains("zhang.wei", StringComparison.Ordinal) || l.Contains("li.na", StringComparison.Ordinal)).ToList();
        Assert.Equal(3, rows.Count);
        Assert.All(rows.Where(l => l.Contains("zhang.wei", StringComparison.Ordinal)), l => Assert.Contains("revoked", l, StringComparison.Ordinal));
        Assert.Contains("active", rows.Single(l => l.Contains("li.na", StringComparison.Ordinal)), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("revoke", "--reason", "r")]
    [InlineData("revoke", "--reason", "r", "--user", "u", "--token", "t")]
    [InlineData("revoke", "--user", "u")]
    [InlineData("list", "--keys-missing")]
    public async Task Wrong_revoke_and_list_command_lines_exit_2(params string[] args)
    {
        using var dir = new TempDirectory();
        var key = Path.Combine(dir.Path, "signing.key");
        TokenIssuer.CreateKeyFile(key);
        await IssueAsync(key, "u");
        string[] command = args[^1] == "--keys-missing" ? ["token", args[0]] : ["token", .. args, "--keys", dir.Path];

        var run = await CliProcess.RunAsync(command);

        Assert.Equal(2, run.ExitCode);
        Assert.NotEqual("", run.StdErr);
        Assert.Equal("", run.StdOut);
    }

    [Fact]
    public async Task A_folder_without_a_registry_is_named_and_not_given_an_empty_one()
    {
        using var dir = new TempDirectory();

        var run = await CliProcess.RunAsync("token", "revoke", "--keys", dir.Path, "--user", "u", "--reason", "r");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("no token registry (tokens.db) in " + dir.Path, run.StdErr, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(dir.Path, "tokens.db")));
    }

    [Fact]
    public async Task A_damaged_registry_is_named_with_the_fix()
    {
        using var dir = new TempDirectory();
        var registry = Path.Combine(dir.Path, "tokens.db");
        await File.WriteAllTextAsync(registry, new string('x', 4096));

        var run = await CliProcess.RunAsync("token", "list", "--keys", dir.Path);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains(registry, run.StdErr, StringComparison.Ordinal);
        Assert.Contains("Restore tokens.db", run.StdErr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_token_revoked_with_the_cli_is_refused_by_a_running_server_within_the_reload_interval()
    {
        await using var api = await ServedApi.StartAsync(null, _ => { }, CancellationToken.None);
        using var client = new HttpClient();
        var token = api.TokenFor(Role.Analyst);
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(client, api.Endpoint, token));

        var revoke = await CliProcess.RunAsync("token", "revoke", "--keys", api.KeysDirectory, "--token", token, "--reason", "test", "--by", "tester");
        Assert.True(revoke.ExitCode == 0, revoke.StdErr);

        // Poll with a deadline far beyond the one-second reload: reaching it means the server never saw the revocation.
        var clock = Stopwatch.StartNew();
        var status = HttpStatusCode.OK;
        while (clock.Elapsed < TimeSpan.FromSeconds(15) && (status = await StatusAsync(client, api.Endpoint, token)) == HttpStatusCode.OK)
        {
            await Task.Delay(100);
        }

        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(client, api.Endpoint, api.TokenFor(Role.Analyst)));
    }

    private static async Task<HttpStatusCode> StatusAsync(HttpClient client, Uri endpoint, string token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, endpoint) { Content = new StringContent("""{"query":"{ __typename }"}""", Encoding.UTF8, "application/json") };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await client.SendAsync(request);
        return response.StatusCode;
    }

    // What `token list` shows: the start of the token's SHA-256, computed here independently of the registry's code.
    private static string HashPrefix(string token) =>
        Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(token)))[..12];

    private static async Task<string> IssueAsync(string key, string user)
    {
        var run = await CliProcess.RunAsync("token", "issue", "--signing-key", key, "--user", user, "--roles", "Analyst", "--jurisdiction", "431400");
        Assert.True(run.ExitCode == 0, run.StdErr);
        return run.StdOut;
    }
}
