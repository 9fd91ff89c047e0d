using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Logging;

namespace Clues.GraphQL.Tests.Http;

/// <summary>Unexpected resolver exceptions are masked outside Development and logged with a correlation id.</summary>
public sealed partial class ErrorMaskingTests
{
    [Fact]
    public async Task Production_hides_the_message_and_logs_the_exception_under_the_correlation_id()
    {
        await using var server = await TestGraphQLServer.StartAsync("Production");

        using var response = await server.PostAsync("""{"query":"{ hello boom }"}""", "application/graphql-response+json");
        var text = await response.Content.ReadAsStringAsync();
        var json = await response.JsonAsync();
        var error = json.GetProperty("errors")[0];
        var correlationId = error.GetProperty("extensions").GetProperty("correlationId").GetString()!;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Hello, world", json.GetProperty("data").GetProperty("hello").GetString());
        Assert.Equal("Unexpected error. Correlation id: " + correlationId, error.GetProperty("message").GetString());
        Assert.Matches(HexId(), correlationId);
        Assert.Equal("INTERNAL_SERVER_ERROR", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal("boom", error.GetProperty("path")[0].GetString());
        Assert.DoesNotContain("hunter2", text, StringComparison.Ordinal);
        var logged = Assert.Single(server.Log.Entries, e => e.Level == LogLevel.Error);
        Assert.Contains(correlationId, logged.Message, StringComparison.Ordinal);
        Assert.Equal(TestGraphQLServer.SecretMessage, logged.Exception?.Message);
    }

    [Fact]
    public async Task Development_shows_the_real_message_and_still_logs()
    {
        await using var server = await TestGraphQLServer.StartAsync("Development");

        using var response = await server.PostAsync("""{"query":"{ boom }"}""", "application/json");
        var json = await response.JsonAsync();
        var error = json.GetProperty("errors")[0];

        Assert.Equal(TestGraphQLServer.SecretMessage, error.GetProperty("message").GetString());
        Assert.Equal("INTERNAL_SERVER_ERROR", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Contains(server.Log.Entries, e => e.Level == LogLevel.Error && e.Exception?.Message == TestGraphQLServer.SecretMessage);
    }

    [Fact]
    public async Task Errors_raised_on_purpose_pass_through_in_production()
    {
        await using var server = await TestGraphQLServer.StartAsync("Production");

        using var response = await server.PostAsync("""{"query":"{ forbidden }"}""", "application/json");
        var json = await response.JsonAsync();
        var error = json.GetProperty("errors")[0];

        Assert.Equal("Not allowed here.", error.GetProperty("message").GetString());
        Assert.Equal("FORBIDDEN", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.DoesNotContain(server.Log.Entries, e => e.Level >= LogLevel.Error);
    }

    [Fact]
    public async Task The_switches_override_the_environment()
    {
        await using var server = await TestGraphQLServer.StartAsync("Production", o =>
        {
            o.ExposeExceptionMessages = true;
            o.EnableIntrospection = true;
        });

        using var response = await server.PostAsync("""{"query":"{ boom __schema { queryType { name } } }"}""", "application/json");
        var json = await response.JsonAsync();

        Assert.Equal(TestGraphQLServer.SecretMessage, json.FirstErrorMessage());
        Assert.Equal("Query", json.GetProperty("data").GetProperty("__schema").GetProperty("queryType").GetProperty("name").GetString());
    }

    [GeneratedRegex("^[0-9a-f]{32}$")]
    private static partial Regex HexId();
}
