using System.Diagnostics;
using System.Net;
using Microsoft.Extensions.Logging;

namespace Clues.GraphQL.Tests.Http;

/// <summary>The endpoint's limits: body size, tokens, validation limits, batching and the execution timeout.</summary>
public sealed class HttpLimitsTests
{
    [Fact]
    public async Task A_body_over_the_limit_gets_413()
    {
        await using var server = await TestGraphQLServer.StartAsync(configure: o => o.MaxRequestBodySize = 64);
        var body = """{"query":"{ hello }","variables":{"padding":"PADDING_PADDING_PADDING_PADDING_PADDING_PADDING"}}""";

        using var response = await server.PostAsync(body, "application/json");
        var json = await response.JsonAsync();

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("PAYLOAD_TOO_LARGE", json.FirstErrorCode());
    }

    [Fact]
    public async Task A_document_over_the_token_limit_is_a_parse_error()
    {
        await using var server = await TestGraphQLServer.StartAsync(configure: o => o.MaxTokens = 20);
        var query = "{ " + string.Join(" ", Enumerable.Repeat("hello", 30)) + " }";

        using var response = await server.PostAsync($$"""{"query":"{{query}}"}""", "application/graphql-response+json");
        var json = await response.JsonAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("GRAPHQL_PARSE_FAILED", json.FirstErrorCode());
        Assert.StartsWith("Syntax Error", json.FirstErrorMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validation_limits_from_the_options_apply()
    {
        await using var server = await TestGraphQLServer.StartAsync(configure: o => o.Validation = o.Validation with { MaxFields = 2 });

        using var response = await server.PostAsync("""{"query":"{ a: hello b: hello c: hello }"}""", "application/graphql-response+json");
        var json = await response.JsonAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("GRAPHQL_VALIDATION_FAILED", json.FirstErrorCode());
        Assert.False(json.TryGetProperty("data", out _));
    }

    [Fact]
    public async Task Batching_when_enabled_answers_an_array_in_order()
    {
        await using var server = await TestGraphQLServer.StartAsync(configure: o => o.MaxBatchSize = 3);

        using var response = await server.PostAsync(
            """[{"query":"{ hello }"},{"query":"{ nope }"},{"query":"query Q($n: Int!) { number(n: $n) }","variables":{"n":7}}]""",
            "application/graphql-response+json");
        var json = await response.JsonAsync();
        using var tooMany = await server.PostAsync(
            """[{"query":"{ hello }"},{"query":"{ hello }"},{"query":"{ hello }"},{"query":"{ hello }"}]""",
            "application/json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(3, json.GetArrayLength());
        Assert.Equal("Hello, world", json[0].GetProperty("data").GetProperty("hello").GetString());
        Assert.False(json[1].TryGetProperty("data", out _));
        Assert.Equal(7, json[2].GetProperty("data").GetProperty("number").GetInt32());
        Assert.Equal(HttpStatusCode.BadRequest, tooMany.StatusCode);
    }

    [Theory]
    [InlineData("slow")]
    [InlineData("stuck")]
    public async Task An_operation_over_the_timeout_is_answered_on_time_with_a_timeout_error(string field)
    {
        await using var server = await TestGraphQLServer.StartAsync(configure: o => o.ExecutionTimeout = TimeSpan.FromMilliseconds(500));
        var clock = Stopwatch.StartNew();

        using var response = await server.PostAsync($$"""{"query":"{ hello {{field}} }"}""", "application/graphql-response+json");
        var json = await response.JsonAsync();
        clock.Stop();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(4), $"answered after {clock.Elapsed}");
        Assert.Equal("Execution timed out after 0.5 s.", json.FirstErrorMessage());
        Assert.Equal("TIMEOUT", json.FirstErrorCode());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, json.GetProperty("data").ValueKind);
        Assert.Contains(server.Log.Entries, e => e.Level == LogLevel.Warning && e.Message.Contains("timed out", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_default_timeout_is_30_seconds_and_batching_is_off()
    {
        var options = new Clues.GraphQL.Http.GraphQLHttpOptions();

        Assert.Equal(TimeSpan.FromSeconds(30), options.ExecutionTimeout);
        Assert.Equal(1, options.MaxBatchSize);
        Assert.Null(options.EnableIntrospection);
        Assert.Equal(15000, options.MaxTokens);
        Assert.Equal(1024 * 1024, options.MaxRequestBodySize);
    }
}
