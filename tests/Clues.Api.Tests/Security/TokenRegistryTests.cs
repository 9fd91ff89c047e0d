using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Clues.Api.Security;
using Clues.Core.Access;
using Clues.Core.Identifiers;
using Clues.Core.Model.Taxonomy;
using Microsoft.Extensions.DependencyInjection;

namespace Clues.Api.Tests.Security;

public sealed class TokenRegistryTests
{
    // Far longer than the refresher's one-second interval: reaching it means the revocation was never picked up.
    private static readonly TimeSpan PollDeadline = TimeSpan.FromSeconds(15);

    private static readonly Principal Zhang = new(
        "zhang.wei", "张伟", new HashSet<Role> { Role.Analyst }, DivisionCode.Parse("431400"), JurisdictionLevel.City);

    private static readonly Principal Li = new(
        "li.na", "李娜", new HashSet<Role> { Role.OfficeStaff }, DivisionCode.Parse("431421"), JurisdictionLevel.County);

    private static async Task<(HttpStatusCode Status, string Body)> PostAsync(HttpClient client, string token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent("""{"query":"{ __typename }"}""", null, "application/json") };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await client.SendAsync(request);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    private static string Message(string body) =>
        JsonDocument.Parse(body).RootElement.GetProperty("errors")[0].GetProperty("message").GetString()!;

    /// <summary>The registry as another process (the CLI) opens it: its own object and connections on the same file.</summary>
    private static TokenRegistry Outside(SecuredApiFactory factory) =>
        TokenRegistry.Open(Path.Combine(factory.KeyDirectory, TokenRegistry.FileName));

    [Fact]
    public async Task The_registry_lives_in_the_keys_folder_and_never_in_the_data_directory()
    {
        await using var factory = new SecuredApiFactory();
        using var client = factory.CreateClient();

        var (status, _) = await PostAsync(client, factory.TokenFor(Zhang));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(Path.Combine(factory.KeyDirectory, "tokens.db"), factory.Services.GetRequiredService<TokenRegistry>().FilePath);
        Assert.True(File.Exists(Path.Combine(factory.KeyDirectory, "tokens.db")));
        Assert.Empty(Directory.EnumerateFiles(factory.DataDirectory, "*tokens.db*", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task A_token_revoked_by_another_process_is_refused_within_the_reload_interval()
    {
        await using var factory = new SecuredApiFactory();
        using var client = factory.CreateClient();
        var token = factory.TokenFor(Zhang);
        var other = factory.TokenFor(Li);
        Assert.Equal(HttpStatusCode.OK, (await PostAsync(client, token)).Status);

        var (record, revokedNow) = await Outside(factory).RevokeTokenAsync(token, "admin.wang", "laptop lost", DateTimeOffset.UtcNow, CancellationToken.None);

        Assert.True(revokedNow);
        Assert.Equal("zhang.wei", record!.UserId);
        var clock = Stopwatch.StartNew();
        HttpStatusCode status;
        string body;
        do
        {
            (status, body) = await PostAsync(client, token);
        }
        while (status == HttpStatusCode.OK && clock.Elapsed < PollDeadline && await Delay());

        Assert.Equal(HttpStatusCode.Unauthorized, status);
        var message = Message(body);
        Assert.Contains("revoked at", message, StringComparison.Ordinal);
        Assert.Contains("by admin.wang (laptop lost); ask for a new token", message, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await PostAsync(client, other)).Status);
    }

    [Fact]
    public async Task A_token_issued_by_another_process_while_the_server_runs_works_on_its_first_request()
    {
        await using var factory = new SecuredApiFactory();
        using var client = factory.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await PostAsync(client, factory.TokenFor(Zhang))).Status);

        var fresh = TokenIssuer.FromKeyFile(Path.Combine(factory.KeyDirectory, "signing.key"), Outside(factory)).Issue(Li, TimeSpan.FromHours(1));
        var (status, body) = await PostAsync(client, fresh);

        Assert.True(status == HttpStatusCode.OK, body);
    }

    [Fact]
    public async Task An_unregistered_token_signed_with_the_right_key_is_refused()
    {
        await using var factory = new SecuredApiFactory();
        using var client = factory.CreateClient();

        var (status, body) = await PostAsync(client, new TokenIssuer(factory.SigningKey).Issue(Zhang, TimeSpan.FromHours(1)));

        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.Contains("not registered on this server", Message(body), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_registry_file_holds_hashes_but_no_token_text()
    {
        using var folder = new RegistryFolder();
        var key = Path.Combine(folder.Path, "signing.key");
        TokenIssuer.CreateKeyFile(key);
        var issuer = TokenIssuer.FromKeyFile(key);
        var tokens = Enumerable.Range(0, 5).Select(_ => issuer.Issue(Zhang, TimeSpan.FromDays(3))).ToList();
        await folder.Registry.RevokeTokenAsync(tokens[0], "admin", "test", DateTimeOffset.UtcNow, CancellationToken.None);

        // The main file and the write-ahead log: an uncheckpointed write is only in the latter.
        var bytes = Directory.EnumerateFiles(folder.Path, "tokens.db*").SelectMany(File.ReadAllBytes).ToArray();

        foreach (var token in tokens)
        {
            var parts = token.Split('.');
            Assert.Equal(-1, bytes.AsSpan().IndexOf(Encoding.ASCII.GetBytes(token)));
            Assert.Equal(-1, bytes.AsSpan().IndexOf(Encoding.ASCII.GetBytes(parts[1])));
            Assert.Equal(-1, bytes.AsSpan().IndexOf(Encoding.ASCII.GetBytes(parts[2])));
            // The scan does see what is stored: the token's hash is there.
            Assert.NotEqual(-1, bytes.AsSpan().IndexOf(TokenHash.Of(token)));
        }
    }

    [Fact]
    public async Task List_shows_each_token_state_and_revoking_a_user_revokes_all_their_tokens()
    {
        using var folder = new RegistryFolder();
        var key = Path.Combine(folder.Path, "signing.key");
        TokenIssuer.CreateKeyFile(key);
        var issuer = TokenIssuer.FromKeyFile(key);
        var zhangTokens = new[] { issuer.Issue(Zhang, TimeSpan.FromDays(1)), issuer.Issue(Zhang, TimeSpan.FromDays(2)) };
        var liToken = issuer.Issue(Li, TimeSpan.FromDays(1));
        _ = TokenIssuer.FromKeyFile(key, new FixedTime(DateTimeOffset.UtcNow.AddDays(-5))).Issue(Li, TimeSpan.FromDays(1));

        var revoked = await folder.Registry.RevokeUserAsync("zhang.wei", "admin.wang", "left the office", DateTimeOffset.UtcNow, CancellationToken.None);
        var again = await folder.Registry.RevokeUserAsync("zhang.wei", "admin.wang", "left the office", DateTimeOffset.UtcNow, CancellationToken.None);
        var rows = await folder.Registry.ListAsync(CancellationToken.None);

        Assert.Equal(2, revoked);
        Assert.Equal(0, again);
        Assert.Equal(4, rows.Count);
        var now = DateTimeOffset.UtcNow;
        Assert.All(rows.Where(r => r.UserId == "zhang.wei"), r => Assert.Equal("revoked", r.StateAt(now)));
        Assert.Equal(["active", "expired"], rows.Where(r => r.UserId == "li.na").Select(r => r.StateAt(now)).Order());
        Assert.Equal(TokenHash.Prefix(TokenHash.Of(liToken)), rows.First(r => r.UserId == "li.na" && r.StateAt(now) == "active").HashPrefix);
        Assert.Equal(["Analyst"], rows.First(r => r.UserId == "zhang.wei").Roles);
        Assert.Equal("left the office", rows.First(r => r.UserId == "zhang.wei").Revocation!.Reason);
        foreach (var token in zhangTokens)
        {
            var (record, revokedNow) = await folder.Registry.RevokeTokenAsync(token, "x", "y", DateTimeOffset.UtcNow, CancellationToken.None);
            Assert.False(revokedNow);
            Assert.Equal("admin.wang", record!.Revocation!.By);
        }
    }

    [Fact]
    public void The_server_copy_rereads_the_registry_only_when_the_file_changed()
    {
        using var folder = new RegistryFolder();
        using var set = RegisteredTokenSet.Open(folder.Registry, TimeProvider.System);
        var issuer = new TokenIssuer(new byte[32], TokenRegistry.Open(folder.Registry.FilePath));

        var unchanged = set.RefreshIfChanged();
        var token = issuer.Issue(Zhang, TimeSpan.FromHours(1));
        var changed = set.RefreshIfChanged();
        var unchangedAgain = set.RefreshIfChanged();

        Assert.False(unchanged);
        Assert.True(changed);
        Assert.False(unchangedAgain);
        Assert.True(set.TryFind(TokenHash.Of(token), out var revocation));
        Assert.Null(revocation);
        Assert.Equal(1, set.Count);
    }

    [Fact]
    public async Task A_damaged_registry_stops_the_start_naming_the_file_and_the_fix()
    {
        await using var factory = new SecuredApiFactory();
        var path = Path.Combine(factory.KeyDirectory, "tokens.db");
        await File.WriteAllBytesAsync(path, Encoding.ASCII.GetBytes(new string('x', 8192)));

        var e = Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        var text = e.ToString();
        Assert.Contains(path, text, StringComparison.Ordinal);
        Assert.Contains("Restore tokens.db", text, StringComparison.Ordinal);
    }

    private static async Task<bool> Delay()
    {
        await Task.Delay(100);
        return true;
    }
}
