using System.Net;
using System.Text.Json;

namespace Clues.GraphQL.Tests.Http;

/// <summary>
/// Repeated documents reuse their parse, their validation outcome and (for introspection-only operations) their
/// serialised answer; these tests check the reuse never changes what a client gets.
/// </summary>
public sealed class DocumentReuseTests
{
    private const string Introspection = """{"query":"query Schema { __schema { queryType { name } types { name kind } } __typename }","operationName":"Schema"}""";

    [Fact]
    public async Task A_reused_document_still_executes_with_each_requests_variables()
    {
        await using var server = await TestGraphQLServer.StartAsync();
        const string query = "query Q($n: Int!) { number(n: $n) }";

        foreach (var n in new[] { 1, 2, 3 })
        {
            using var response = await server.PostAsync($$$"""{"query":"{{{query}}}","variables":{"n":{{{n}}}}}""", "application/json");
            var json = await response.JsonAsync();

            Assert.Equal(n, json.GetProperty("data").GetProperty("number").GetInt32());
        }

        using var missing = await server.PostAsync($$"""{"query":"{{query}}"}""", "application/graphql-response+json");
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
    }

    [Fact]
    public async Task An_invalid_document_is_refused_every_time()
    {
        await using var server = await TestGraphQLServer.StartAsync();

        for (var i = 0; i < 3; i++)
        {
            using var response = await server.PostAsync("""{"query":"{ nope }"}""", "application/graphql-response+json");
            var json = await response.JsonAsync();

            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Equal("GRAPHQL_VALIDATION_FAILED", json.FirstErrorCode());
        }
    }

    [Fact]
    public async Task Validation_of_one_operation_is_not_reused_for_another_of_the_same_document()
    {
        await using var server = await TestGraphQLServer.StartAsync(configure: o => o.Validation = o.Validation with { MaxFields = 2 });
        const string document = "query Small { hello } query Big { a: hello b: hello c: hello }";

        using var small = await server.PostAsync($$"""{"query":"{{document}}","operationName":"Small"}""", "application/graphql-response+json");
        using var big = await server.PostAsync($$"""{"query":"{{document}}","operationName":"Big"}""", "application/graphql-response+json");

        Assert.Equal(HttpStatusCode.OK, small.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, big.StatusCode);
        Assert.Equal("GRAPHQL_VALIDATION_FAILED", (await big.JsonAsync()).FirstErrorCode());
    }

    [Fact]
    public async Task A_repeated_introspection_query_gets_the_same_answer_alone_and_in_a_batch()
    {
        await using var server = await TestGraphQLServer.StartAsync(configure: o =>
        {
            o.EnableIntrospection = true;
            o.MaxBatchSize = 2;
        });

        using var first = await server.PostAsync(Introspection, "application/json");
        var firstText = await first.Content.ReadAsStringAsync();
        using var second = await server.PostAsync(Introspection, "application/json");
        var secondText = await second.Content.ReadAsStringAsync();
        using var batch = await server.PostAsync("[" + Introspection + "," + Introspection + "]", "application/json");
        using var batchJson = JsonDocument.Parse(await batch.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(firstText, secondText);
        Assert.Equal("Query", JsonDocument.Parse(secondText).RootElement.GetProperty("data").GetProperty("__schema").GetProperty("queryType").GetProperty("name").GetString());
        Assert.Equal(2, batchJson.RootElement.GetArrayLength());
        foreach (var item in batchJson.RootElement.EnumerateArray())
        {
            Assert.Equal(JsonDocument.Parse(firstText).RootElement.GetRawText(), item.GetRawText());
        }
    }

    [Fact]
    public async Task With_introspection_off_a_repeated_schema_query_is_refused_every_time()
    {
        await using var server = await TestGraphQLServer.StartAsync(configure: o => o.EnableIntrospection = false);

        for (var i = 0; i < 2; i++)
        {
            using var response = await server.PostAsync(Introspection, "application/json");
            var json = await response.JsonAsync();

            Assert.True(json.TryGetProperty("errors", out _), json.GetRawText());
            Assert.Equal(JsonValueKind.Null, json.GetProperty("data").ValueKind);
        }
    }

    [Fact]
    public async Task A_mutation_cached_from_a_post_is_still_refused_over_get()
    {
        await using var server = await TestGraphQLServer.StartAsync();
        const string mutation = """mutation { setGreeting(text: "hi") }""";

        using var post = await server.PostAsync($$"""{"query":"{{mutation.Replace("\"", "\\\"", StringComparison.Ordinal)}}"}""", "application/json");
        using var get = await server.GetAsync(mutation, "application/json");

        Assert.Equal(HttpStatusCode.OK, post.StatusCode);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, get.StatusCode);
    }
}
