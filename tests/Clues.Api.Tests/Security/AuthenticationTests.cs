using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Clues.Api.Security;
using Clues.Core.Access;
using Clues.Core.Identifiers;
using Clues.Core.Model.Taxonomy;
using Microsoft.Extensions.DependencyInjection;

namespace Clues.Api.Tests.Security;

public sealed class AuthenticationTests
{
    private static readonly Principal Analyst = new(
        "analyst1", "Analyst", new HashSet<Role> { Role.Analyst }, DivisionCode.Parse("431400"), JurisdictionLevel.City);

    private static async Task<(HttpStatusCode Status, string Body, HttpResponseMessage Response)> PostAsync(HttpClient client, string? token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent("""{"query":"{ __typename }"}""", null, "application/json") };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        var response = await client.SendAsync(request);
        return (response.StatusCode, await response.Content.ReadAsStringAsync(), response);
    }

    private static string Message(string body) =>
        JsonDocument.Parse(body).RootElement.GetProperty("errors")[0].GetProperty("message").GetString()!;

    [Fact]
    public async Task Production_refuses_an_anonymous_GraphQL_request_with_401()
    {
        await using var factory = new SecuredApiFactory();
        using var client = factory.CreateClient();

        var (status, body, response) = await PostAsync(client, null);

        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.Contains("Authentication required", Message(body), StringComparison.Ordinal);
        Assert.StartsWith("Bearer", response.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Production_answers_a_request_with_a_valid_token()
    {
        await using var factory = new SecuredApiFactory();
        using var client = factory.CreateClient();

        var (status, body, _) = await PostAsync(client, factory.TokenFor(Analyst));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("Query", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Expired_forged_and_malformed_tokens_get_401_with_the_reason()
    {
        await using var factory = new SecuredApiFactory();
        using var client = factory.CreateClient();
        var registry = factory.Services.GetRequiredService<TokenRegistry>();
        var expired = new TokenIssuer(factory.SigningKey, registry, new FixedTime(DateTimeOffset.UtcNow.AddDays(-3))).Issue(Analyst, TimeSpan.FromDays(1));
        var forged = new TokenIssuer(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32)).Issue(Analyst, TimeSpan.FromDays(1));

        var cases = new[] { (expired, "expired"), (forged, "signature"), ("not-a-token", "malformed") };
        foreach (var (token, reason) in cases)
        {
            var (status, body, _) = await PostAsync(client, token);
            Assert.Equal(HttpStatusCode.Unauthorized, status);
            Assert.Contains(reason, Message(body), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task The_health_probe_and_the_GraphiQL_page_need_no_token()
    {
        await using var factory = new SecuredApiFactory().With("Clues:GraphQL:EnableGraphiQL", "true");
        using var client = factory.CreateClient();
        using var page = new HttpRequestMessage(HttpMethod.Get, "/graphql");
        page.Headers.Accept.ParseAdd("text/html");

        var health = await client.GetAsync(new Uri("/healthz", UriKind.Relative));
        var html = await client.SendAsync(page);

        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Equal(HttpStatusCode.OK, html.StatusCode);
    }

    [Fact]
    public async Task Production_refuses_to_start_without_key_files()
    {
        await using var factory = new SecuredApiFactory(configureKeys: false);

        var e = Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        Assert.Contains("Clues:Security:SigningKeyFile is not set", e.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Development_generates_keys_in_the_data_directory_and_accepts_anonymous_requests()
    {
        await using var factory = new SecuredApiFactory("Development", configureKeys: false);
        using var client = factory.CreateClient();

        var (status, _, _) = await PostAsync(client, null);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.True(File.Exists(Path.Combine(factory.DataDirectory, "dev-sealing.key")));
        Assert.True(File.Exists(Path.Combine(factory.DataDirectory, "dev-token-signing.key")));
        Assert.True(File.Exists(Path.Combine(factory.DataDirectory, "audit.db")));
        Assert.True(File.Exists(Path.Combine(factory.DataDirectory, "sealed.db")));
        Assert.True(File.Exists(Path.Combine(factory.DataDirectory, "dev-tokens.db")));
    }

    [Fact]
    public async Task Development_puts_the_demo_token_into_GraphiQL_and_accepts_it()
    {
        await using var factory = new SecuredApiFactory("Development", configureKeys: false);
        using var client = factory.CreateClient();
        using var page = new HttpRequestMessage(HttpMethod.Get, "/graphql");
        page.Headers.Accept.ParseAdd("text/html");

        var html = await (await client.SendAsync(page)).Content.ReadAsStringAsync();
        var token = System.Text.RegularExpressions.Regex.Match(html, @"Bearer (clues1\.[A-Za-z0-9_\-]+\.[A-Za-z0-9_\-]+)").Groups[1].Value;
        var (status, _, _) = await PostAsync(client, token);

        Assert.DoesNotContain("<dev token>", html, StringComparison.Ordinal);
        Assert.NotEmpty(token);
        Assert.Equal(HttpStatusCode.OK, status);
    }

    [Fact]
    public async Task The_GraphQL_user_context_carries_the_authenticated_principal()
    {
        await using var factory = new SecuredApiFactory();
        _ = factory.Server;
        var options = factory.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<Clues.GraphQL.Http.GraphQLHttpOptions>>().Value;
        var context = new Microsoft.AspNetCore.Http.DefaultHttpContext { TraceIdentifier = "req-7" };
        context.Features.Set(new CluesUserContext(Analyst, "req-7"));

        var factoryMethod = options.UserContextFactory ?? throw new InvalidOperationException("no user context factory");
        var user = Assert.IsType<CluesUserContext>(factoryMethod(context));

        Assert.Equal("analyst1", user.Principal!.UserId);
        Assert.Equal("req-7", user.RequestId);
    }
}
