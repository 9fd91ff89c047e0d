using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace Clues.Api.Tests.BadInput;

/// <summary>
/// Expensive or ill-typed GraphQL sent to the real API: alias and fragment bombs, deep nesting, huge variables and
/// variables of the wrong type are refused before anything runs, with 400 (413 when the body is too big) and a
/// message naming the limit or the variable.
/// </summary>
public sealed class OperationLimitTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Theory]
    [InlineData(1100, "stats { nodes }")]
    [InlineData(300, "search(text: \"王\", first: 100) { rank }")]
    public async Task An_alias_bomb_gets_400_naming_the_field_or_cost_limit(int aliases, string field)
    {
        var document = new StringBuilder("{ ");
        for (var i = 0; i < aliases; i++)
        {
            document.Append(CultureInfo.InvariantCulture, $"a{i}: {field} ");
        }

        var answer = await factory.CreateClient().PostJsonAsync(new { query = document.Append('}').ToString() });

        Assert.Equal(400, answer.Status);
        Assert.Equal("GRAPHQL_VALIDATION_FAILED", answer.Code);
        Assert.Matches("MaxFields|MaxCost", answer.Message);
    }

    [Fact]
    public async Task A_fragment_bomb_gets_400_naming_the_field_limit()
    {
        // Each fragment spreads the next twice: 2^30 selections once expanded, from a document of 1 KB.
        var document = new StringBuilder("query Bomb { ...F0 } ");
        for (var i = 0; i < 30; i++)
        {
            document.Append(CultureInfo.InvariantCulture, $"fragment F{i} on Query {{ ...F{i + 1} ...F{i + 1} }} ");
        }

        document.Append("fragment F30 on Query { stats { nodes } }");

        var answer = await factory.CreateClient().PostJsonAsync(new { query = document.ToString() });

        Assert.Equal(400, answer.Status);
        Assert.Contains("MaxFields", answer.Message, StringComparison.Ordinal);
        Assert.Contains("Bomb", answer.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_cycle_of_fragments_gets_400_naming_the_fragment()
    {
        var answer = await factory.CreateClient().PostJsonAsync(new { query = "query { ...A } fragment A on Query { ...B } fragment B on Query { ...A stats { nodes } }" });

        Assert.Equal(400, answer.Status);
        Assert.Contains("\"A\"", answer.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Nesting_deeper_than_the_limit_gets_400_naming_the_depth_limit()
    {
        // Real fields all the way down: person → clues → edges → node → subjects → node → … 
        var document = new StringBuilder("query Deep { node(id: \"x\") { ... on Person { ");
        for (var i = 0; i < 10; i++)
        {
            document.Append("clues { edges { node { subjects { node { ... on Person { ");
        }

        document.Append("name").Append(string.Concat(Enumerable.Repeat(" } } } } } }", 10))).Append(" } } }");

        var answer = await factory.CreateClient().PostJsonAsync(new { query = document.ToString() });

        Assert.Equal(400, answer.Status);
        Assert.Contains("MaxDepth", answer.Message, StringComparison.Ordinal);
        Assert.Contains("Deep", answer.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_document_of_more_tokens_than_allowed_gets_400_before_it_is_parsed_to_the_end()
    {
        var document = "{ search(text: \"王\", kinds: [" + string.Concat(Enumerable.Repeat("PERSON ", 50_000)) + "]) { rank } }";

        var answer = await factory.CreateClient().PostJsonAsync(new { query = document });

        Assert.Equal(400, answer.Status);
        Assert.Equal("GRAPHQL_PARSE_FAILED", answer.Code);
        Assert.Contains("token", answer.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Variables_over_the_body_limit_get_413()
    {
        var answer = await factory.CreateClient().PostJsonAsync(new
        {
            query = "query($t: String!) { search(text: $t) { rank } }",
            variables = new { t = new string('王', 400_000) },
        });

        Assert.Equal(413, answer.Status);
        Assert.Equal("PAYLOAD_TOO_LARGE", answer.Code);
    }

    [Fact]
    public async Task Variables_nested_past_the_json_depth_limit_get_400()
    {
        var body = "{\"query\":\"query($v: String) { search(text: $v) { rank } }\",\"variables\":{\"v\":" + new string('[', 500) + new string(']', 500) + "}}";

        var answer = await factory.CreateClient().SendRawAsync(HttpMethod.Post, "/graphql", RawRequests.Utf8(body), "application/json");

        Assert.Equal(400, answer.Status);
        Assert.Equal("BAD_REQUEST", answer.Code);
        Assert.Contains("depth", answer.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_list_variable_of_twenty_thousand_ids_is_refused_naming_the_argument_limit()
    {
        var ids = new JsonArray();
        for (var i = 0; i < 20_000; i++)
        {
            ids.Add("UGVyc29uOnBlci1zMS1jYWRyZQ");
        }

        var answer = await factory.CreateClient().PostJsonAsync(new JsonObject
        {
            ["query"] = "query($ids: [ID!]!) { nodes(ids: $ids) { id } }",
            ["variables"] = new JsonObject { ["ids"] = ids },
        });

        Assert.Equal("BAD_USER_INPUT", answer.Code);
        Assert.Contains("100", answer.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("query($id: ID!) { node(id: $id) { id } }", "{\"id\": {\"x\": 1}}", "$id")]
    [InlineData("query($id: ID!) { node(id: $id) { id } }", "{\"id\": null}", "$id")]
    [InlineData("query($id: ID!) { node(id: $id) { id } }", "{}", "$id")]
    [InlineData("query($n: Int) { clues(first: $n) { edges { cursor } } }", "{\"n\": 1.5}", "$n")]
    [InlineData("query($n: Int) { clues(first: $n) { edges { cursor } } }", "{\"n\": \"20\"}", "$n")]
    [InlineData("query($k: [NodeKind!]) { search(text: \"王\", kinds: $k) { rank } }", "{\"k\": [\"PERSONX\"]}", "$k")]
    [InlineData("query($d: Date) { neighborhood(id: \"x\", at: $d) { totalReachable } }", "{\"d\": \"2024-02-30\"}", "$d")]
    public async Task A_variable_of_the_wrong_type_gets_400_naming_the_variable(string query, string variables, string named)
    {
        var answer = await factory.CreateClient().PostJsonAsync(new JsonObject { ["query"] = query, ["variables"] = JsonNode.Parse(variables) });

        Assert.Equal(400, answer.Status);
        Assert.Equal("BAD_USER_INPUT", answer.Code);
        Assert.Contains(named, answer.Message, StringComparison.Ordinal);
        Assert.False(answer.Body.TryGetProperty("data", out _));
    }
}
