using System.Net;
using System.Text;

namespace Clues.GraphQL.Tests.Http;

/// <summary>
/// The status code / content type matrix of the GraphQL-over-HTTP draft: which answer each combination of
/// method, Accept, Content-Type and body gets, and whether the body has a <c>data</c> entry.
/// </summary>
public sealed class HttpStatusMatrixTests(ProductionServerFixture fixture) : IClassFixture<ProductionServerFixture>
{
    private const string GraphQLResponse = "application/graphql-response+json";
    private const string Json = "application/json";
    private const string Valid = """{"query":"{ hello }"}""";
    private const string ParseError = """{"query":"{ hello "}""";
    private const string ValidationError = """{"query":"{ nope }"}""";
    private const string BadVariables = """{"query":"query Q($n: Int!) { number(n: $n) }","variables":{"n":"x"}}""";

    private TestGraphQLServer Server => fixture.Server;

    [Theory]
    // Accept negotiation (q-values, wildcards, charset).
    [InlineData(GraphQLResponse, Valid, 200, GraphQLResponse, "yes")]
    [InlineData(Json, Valid, 200, Json, "yes")]
    [InlineData(null, Valid, 200, Json, "yes")]
    [InlineData("*/*", Valid, 200, Json, "yes")]
    [InlineData("application/*", Valid, 200, Json, "yes")]
    [InlineData("application/json, application/graphql-response+json", Valid, 200, GraphQLResponse, "yes")]
    [InlineData("application/json;q=0.5, application/graphql-response+json", Valid, 200, GraphQLResponse, "yes")]
    [InlineData("application/graphql-response+json;q=0.1, application/json", Valid, 200, Json, "yes")]
    [InlineData("application/graphql-response+json;q=0.9, */*;q=0.1", Valid, 200, GraphQLResponse, "yes")]
    [InlineData("application/graphql-response+json; charset=utf-8", Valid, 200, GraphQLResponse, "yes")]
    [InlineData("text/html", Valid, 406, Json, "no")]
    [InlineData("application/json; charset=utf-16", Valid, 406, Json, "no")]
    [InlineData("application/graphql-response+json;q=0", Valid, 406, Json, "no")]
    // GraphQL errors before execution: 400 with graphql-response+json, 200 with application/json; never data.
    [InlineData(GraphQLResponse, ParseError, 400, GraphQLResponse, "no")]
    [InlineData(Json, ParseError, 200, Json, "no")]
    [InlineData(GraphQLResponse, ValidationError, 400, GraphQLResponse, "no")]
    [InlineData(Json, ValidationError, 200, Json, "no")]
    [InlineData(GraphQLResponse, BadVariables, 400, GraphQLResponse, "no")]
    [InlineData(Json, BadVariables, 200, Json, "no")]
    [InlineData(GraphQLResponse, """{"query":"query A { hello } query B { hello }","operationName":"C"}""", 400, GraphQLResponse, "no")]
    // Field errors happen during execution: data is present, so 200 either way.
    [InlineData(GraphQLResponse, """{"query":"{ hello forbidden }"}""", 200, GraphQLResponse, "yes")]
    // Malformed GraphQL-over-HTTP requests: 400 whatever the Accept.
    [InlineData(Json, "{not json", 400, Json, "no")]
    [InlineData(GraphQLResponse, "{not json", 400, GraphQLResponse, "no")]
    [InlineData(Json, "", 400, Json, "no")]
    [InlineData(Json, "[]", 400, Json, "no")]
    [InlineData(Json, """[{"query":"{ hello }"}]""", 400, Json, "no")]
    [InlineData(Json, "\"{ hello }\"", 400, Json, "no")]
    [InlineData(Json, """{"qeury":"{ hello }"}""", 400, Json, "no")]
    [InlineData(Json, """{"query":null}""", 400, Json, "no")]
    [InlineData(Json, """{"query":1}""", 400, Json, "no")]
    [InlineData(Json, """{"query":"{ hello }","operationName":1}""", 400, Json, "no")]
    [InlineData(Json, """{"query":"{ hello }","variables":"{}"}""", 400, Json, "no")]
    [InlineData(Json, """{"query":"{ hello }","variables":[]}""", 400, Json, "no")]
    [InlineData(Json, """{"query":"{ hello }","extensions":[]}""", 400, Json, "no")]
    // Null optional parameters are fine.
    [InlineData(GraphQLResponse, """{"query":"{ hello }","operationName":null,"variables":null,"extensions":null}""", 200, GraphQLResponse, "yes")]
    [InlineData(GraphQLResponse, """{"query":"query Q($name: String) { hello(name: $name) }","operationName":"Q","variables":{"name":"巡察"},"extensions":{"x":1}}""", 200, GraphQLResponse, "yes")]
    public async Task Post_answers_with_the_expected_status_media_type_and_data_entry(
        string? accept, string body, int status, string mediaType, string data)
    {
        using var response = await Server.PostAsync(body, accept);
        var json = await response.JsonAsync();

        Assert.Equal(status, (int)response.StatusCode);
        Assert.Equal(mediaType, response.MediaType());
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        Assert.Equal(data == "yes", json.TryGetProperty("data", out _));
        if (status != 200 || data == "no")
        {
            Assert.True(json.GetProperty("errors").GetArrayLength() > 0);
            Assert.False(string.IsNullOrEmpty(json.FirstErrorCode()));
        }
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("application/json; charset=iso-8859-1")]
    [InlineData(null)]
    public async Task Post_with_another_content_type_gets_415(string? contentType)
    {
        using var response = await Server.PostAsync(Valid, GraphQLResponse, contentType);
        var json = await response.JsonAsync();

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal("UNSUPPORTED_MEDIA_TYPE", json.FirstErrorCode());
    }

    [Fact]
    public async Task Post_with_utf8_charset_and_chinese_text_round_trips_as_utf8()
    {
        using var response = await Server.PostAsync("""{"query":"{ chinese hello(name: \"王舒\") }"}""", Json, "application/json; charset=utf-8");
        var bytes = await response.Content.ReadAsByteArrayAsync();
        var text = new UTF8Encoding(false, true).GetString(bytes);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("巡察办", text, StringComparison.Ordinal);
        Assert.Contains("Hello, 王舒", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_runs_a_query_with_json_variables()
    {
        using var response = await Server.GetAsync(
            "query Q($n: Int!) { number(n: $n) }",
            GraphQLResponse,
            "&operationName=Q&variables=" + Uri.EscapeDataString("""{"n":42}"""));
        var json = await response.JsonAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(42, json.GetProperty("data").GetProperty("number").GetInt32());
    }

    [Theory]
    [InlineData("mutation { setGreeting(text: \"hi\") }", null)]
    [InlineData("query A { hello } mutation B { setGreeting(text: \"hi\") }", "B")]
    public async Task Get_with_a_mutation_gets_405_allowing_post(string query, string? operationName)
    {
        using var response = await Server.GetAsync(query, GraphQLResponse, operationName is null ? null : "&operationName=" + operationName);
        var json = await response.JsonAsync();

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal("POST", string.Join(",", response.Content.Headers.Allow));
        Assert.Equal("METHOD_NOT_ALLOWED", json.FirstErrorCode());
        Assert.False(json.TryGetProperty("data", out _));
    }

    [Fact]
    public async Task Post_runs_a_mutation()
    {
        using var response = await Server.PostAsync("""{"query":"mutation { setGreeting(text: \"hi\") }"}""", GraphQLResponse);
        var json = await response.JsonAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("hi", json.GetProperty("data").GetProperty("setGreeting").GetString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("&variables=%7Bnot")]
    [InlineData("&variables=%5B%5D")]
    public async Task Get_with_bad_parameters_gets_400(string extra)
    {
        var path = extra.Length == 0 ? "/graphql" : "/graphql?query=%7Bhello%7D" + extra;
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.TryAddWithoutValidation("Accept", Json);
        using var response = await Server.Client.SendAsync(request);
        var json = await response.JsonAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("BAD_REQUEST", json.FirstErrorCode());
    }

    [Theory]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    [InlineData("PATCH")]
    public async Task Other_methods_get_405_allowing_get_and_post(string method)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), "/graphql") { Content = new StringContent(Valid, Encoding.UTF8, Json) };
        using var response = await Server.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal("GET, POST", string.Join(", ", response.Content.Headers.Allow));
    }

    [Fact]
    public async Task Introspection_is_off_outside_development_but_typename_works()
    {
        using var response = await Server.PostAsync("""{"query":"{ __typename __schema { queryType { name } } }"}""", GraphQLResponse);
        var json = await response.JsonAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("introspection has been disabled", json.FirstErrorMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_browser_gets_no_playground_outside_development()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql");
        request.Headers.TryAddWithoutValidation("Accept", "text/html,application/xhtml+xml,*/*;q=0.8");
        using var response = await Server.Client.SendAsync(request);

        Assert.NotEqual("text/html", response.MediaType());
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
