using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Clues.Cli.BenchLoad;
using Clues.Cli.Tests.Fuzz;
using Clues.Core.Access;

namespace Clues.Cli.Tests.Commands;

// With the heavy runs: each test starts a real server, and the machine is shared.
[Collection(HeavyRunsCollection.Name)]
public sealed class ServeCommandTests
{
    private const string Introspection = """{"query":"{ __schema { queryType { name } } }"}""";

    [Fact]
    public async Task Serve_keeps_introspection_and_GraphiQL_off_unless_asked()
    {
        await using var api = await ServedApi.StartAsync(null, _ => { }, CancellationToken.None);
        using var client = new HttpClient();

        var (status, body) = await PostAsync(client, api.Endpoint, api.TokenFor(Role.Analyst), Introspection);
        var page = await BrowserGetAsync(client, api.Endpoint);

        Assert.Contains("introspection", body, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("\"queryType\"", body, StringComparison.Ordinal);
        Assert.True(status is HttpStatusCode.OK or HttpStatusCode.BadRequest, body);
        Assert.DoesNotContain("graphiql", page, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Serve_with_playground_answers_introspection_and_serves_GraphiQL()
    {
        await using var api = await ServedApi.StartAsync(null, _ => { }, CancellationToken.None, "--playground");
        using var client = new HttpClient();

        var (status, body) = await PostAsync(client, api.Endpoint, api.TokenFor(Role.Analyst), Introspection);
        var page = await BrowserGetAsync(client, api.Endpoint);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("\"queryType\":{\"name\":\"Query\"}", body, StringComparison.Ordinal);
        Assert.Contains("graphiql", page, StringComparison.OrdinalIgnoreCase);
    }

    private static async Task<(HttpStatusCode Status, string Body)> PostAsync(HttpClient client, Uri endpoint, string token, string json)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, endpoint) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await client.SendAsync(request);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    private static async Task<string> BrowserGetAsync(HttpClient client, Uri endpoint)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, endpoint);
        request.Headers.Accept.ParseAdd("text/html");
        using var response = await client.SendAsync(request);
        return await response.Content.ReadAsStringAsync();
    }
}
