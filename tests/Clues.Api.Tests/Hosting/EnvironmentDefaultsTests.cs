using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Clues.Api.Tests.Hosting;

/// <summary>
/// What each environment does with nothing configured but its key files (appsettings.json and
/// appsettings.{Environment}.json as shipped): introspection and GraphiQL only in Development, and outside it an
/// unexpected exception in a resolver reaches the client as a generic message with a correlation id, its detail
/// only in the log.
/// </summary>
public sealed class EnvironmentDefaultsTests
{
    [Theory]
    [InlineData("Production", false)]
    [InlineData("Staging", false)]
    [InlineData("Development", true)]
    public async Task Introspection_and_the_graphiql_playground_are_on_only_in_development(string environment, bool on)
    {
        await using var factory = new EnvironmentApiFactory(environment);
        var client = factory.CreateClient();

        var schema = await PostAsync(client, "{ __schema { queryType { name } } }");
        var type = await PostAsync(client, "{ __type(name: \"Person\") { name } }");
        using var pageRequest = new HttpRequestMessage(HttpMethod.Get, "/graphql");
        pageRequest.Headers.TryAddWithoutValidation("Accept", "text/html");
        using var page = await client.SendAsync(pageRequest);
        var pageText = await page.Content.ReadAsStringAsync();
        using var asset = await client.GetAsync("/graphql/_graphiql/index.js");

        if (on)
        {
            Assert.Equal("Query", schema.Json.GetProperty("data").GetProperty("__schema").GetProperty("queryType").GetProperty("name").GetString());
            Assert.Equal("Person", type.Json.GetProperty("data").GetProperty("__type").GetProperty("name").GetString());
            Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
            Assert.Contains("/graphql/_graphiql/index.js", pageText, StringComparison.Ordinal);
            Assert.Equal(HttpStatusCode.OK, asset.StatusCode);
        }
        else
        {
            Assert.All(new[] { schema, type }, answer =>
            {
                Assert.False(answer.Json.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object && data.EnumerateObject().Any(p => p.Value.ValueKind != JsonValueKind.Null), answer.Text);
                Assert.Contains("introspection has been disabled", answer.Json.GetProperty("errors")[0].GetProperty("message").GetString(), StringComparison.Ordinal);
            });
            Assert.NotEqual("text/html", page.Content.Headers.ContentType?.MediaType);
            Assert.DoesNotContain("graphiql", pageText, StringComparison.OrdinalIgnoreCase);
            Assert.Equal(HttpStatusCode.NotFound, asset.StatusCode);
        }
    }

    [Theory]
    [InlineData("Production")]
    [InlineData("Staging")]
    public async Task Outside_development_a_failing_resolver_answers_a_generic_message_with_a_correlation_id_and_logs_the_detail(string environment)
    {
        await using var factory = new EnvironmentApiFactory(environment);
        var client = factory.CreateClient();
        Assert.True((await PostAsync(client, "{ stats { nodes } }")).Json.GetProperty("data").GetProperty("stats").GetProperty("nodes").GetInt64() > 0);

        await CloseTheGraphStoreAsync(factory);
        var answer = await PostAsync(client, "{ stats { nodes } }");

        var error = answer.Json.GetProperty("errors")[0];
        var correlationId = error.GetProperty("extensions").GetProperty("correlationId").GetString()!;
        Assert.Matches("^[0-9a-f]{32}$", correlationId);
        Assert.Equal("Unexpected error. Correlation id: " + correlationId, error.GetProperty("message").GetString());
        Assert.Equal("INTERNAL_SERVER_ERROR", error.GetProperty("extensions").GetProperty("code").GetString());
        foreach (var detail in new[] { "ObjectDisposed", "EmbeddedGraphStore", "disposed", "Exception", " at ", ".cs", "Clues." })
        {
            Assert.DoesNotContain(detail, answer.Text, StringComparison.Ordinal);
        }

        // The operators can find what happened by the id the user reports.
        Assert.Contains(factory.Log.Entries, e => e.Contains(correlationId, StringComparison.Ordinal) && e.Contains("ObjectDisposedException", StringComparison.Ordinal));
    }

    [Fact]
    public async Task In_development_the_same_failure_shows_the_exception_message_to_the_developer()
    {
        await using var factory = new EnvironmentApiFactory("Development");
        var client = factory.CreateClient();
        Assert.True((await PostAsync(client, "{ stats { nodes } }")).Json.GetProperty("data").GetProperty("stats").GetProperty("nodes").GetInt64() > 0);

        await CloseTheGraphStoreAsync(factory);
        var answer = await PostAsync(client, "{ stats { nodes } }");

        var error = answer.Json.GetProperty("errors")[0];
        Assert.Contains("EmbeddedGraphStore", error.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal("INTERNAL_SERVER_ERROR", error.GetProperty("extensions").GetProperty("code").GetString());
    }

    // A real outage, not a stand-in: the host's own initializer closes the embedded store under the running server, so
    // the next read fails inside the store the way a lost disk or a bug would.
    private static async Task CloseTheGraphStoreAsync(EnvironmentApiFactory factory)
    {
        var initializer = factory.Services.GetServices<IHostedService>().Single(s => s.GetType().Name == "GraphStoreInitializer");
        await initializer.StopAsync(CancellationToken.None);
    }

    private static async Task<(string Text, JsonElement Json)> PostAsync(HttpClient client, string query)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query }) };
        request.Headers.TryAddWithoutValidation("Accept", "application/graphql-response+json");
        using var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        using var document = JsonDocument.Parse(text);
        return (text, document.RootElement.Clone());
    }
}
