using System.Text.Json;

namespace Clues.Api.Tests;

/// <summary>The starter schema over the seeded demo store, through the real host (Production environment).</summary>
public sealed class ApiQueryTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Stats_count_the_seeded_demo_store_by_label_and_type()
    {
        var (status, body) = await _client.PostGraphQLAsync("{ stats { nodes relationships byLabel { label count } byType { type count } } }");
        var stats = body.Data().GetProperty("stats");

        Assert.Equal(200, status);
        Assert.True(stats.GetProperty("nodes").GetInt32() > 1000);
        Assert.Equal(stats.GetProperty("nodes").GetInt32(), stats.GetProperty("byLabel").EnumerateArray().Sum(l => l.GetProperty("count").GetInt32()));
        Assert.Contains(stats.GetProperty("byLabel").EnumerateArray(), l => l.GetProperty("label").GetString() == "PERSON");
        Assert.Contains(stats.GetProperty("byType").EnumerateArray(), t => t.GetProperty("type").GetString() == "LEGAL_REPRESENTATIVE_OF");
    }

    [Fact]
    public async Task Search_finds_people_by_one_chinese_character_and_node_reads_them_back()
    {
        var (_, body) = await _client.PostGraphQLAsync("""
            { search(text: "王", first: 3) { rank node { __typename id ... on Person { name gender birthDate managementLevel politicalStatus isCadre } } } }
            """);
        var hits = body.Data().GetProperty("search").EnumerateArray().ToList();
        var first = hits[0].GetProperty("node");
        var (_, again) = await _client.PostGraphQLAsync(
            "query One($id: ID!) { node(id: $id) { id ... on Person { name } } }",
            new { id = first.GetProperty("id").GetString() });

        Assert.Equal(3, hits.Count);
        Assert.Equal([1, 2, 3], hits.Select(h => h.GetProperty("rank").GetInt32()));
        Assert.Equal("Person", first.GetProperty("__typename").GetString());
        Assert.Contains("王", first.GetProperty("name").GetString(), StringComparison.Ordinal);
        Assert.Contains(first.GetProperty("gender").GetString(), new[] { "MALE", "FEMALE" });
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}$", first.GetProperty("birthDate").GetString());
        Assert.Equal(first.GetProperty("name").GetString(), again.Data().GetProperty("node").GetProperty("name").GetString());
    }

    [Fact]
    public async Task Nodes_keeps_the_order_asked_and_gives_null_for_unknown_ids()
    {
        var (_, search) = await _client.PostGraphQLAsync("""{ search(text: "公司", first: 1) { node { id } } }""");
        var companyId = search.Data().GetProperty("search")[0].GetProperty("node").GetProperty("id").GetString();

        var (_, body) = await _client.PostGraphQLAsync(
            "query Q($ids: [ID!]!) { nodes(ids: $ids) { __typename id ... on Company { name creditCode registeredCapital establishedOn } } }",
            new { ids = new[] { Clues.Api.Resolvers.GlobalId.Encode(Clues.Core.Graph.NodeLabel.Company, "no-such-node"), companyId } });
        var nodes = body.Data().GetProperty("nodes");

        Assert.Equal(JsonValueKind.Null, nodes[0].ValueKind);
        Assert.Equal("Company", nodes[1].GetProperty("__typename").GetString());
        Assert.Matches("^[0-9A-HJ-NPQRTUWXY]{18}$", nodes[1].GetProperty("creditCode").GetString());
        Assert.Equal(JsonValueKind.String, nodes[1].GetProperty("registeredCapital").ValueKind);
        Assert.True(decimal.TryParse(nodes[1].GetProperty("registeredCapital").GetString(), System.Globalization.CultureInfo.InvariantCulture, out _));
    }

    [Fact]
    public async Task Every_label_has_its_own_type_and_inspection_nodes_show_their_fields()
    {
        // The starter schema served these labels as a generic Entity with JSON properties; each now has its own type.
        var (_, body) = await _client.PostGraphQLAsync("""
            { search(text: "巡察", first: 20) { node { __typename
                ... on InspectionRound { name committee number roundKind: kind level start end }
                ... on InspectionGroup { name number leaderName }
                ... on Body { name bodyKind: kind level } } } }
            """);
        var nodes = body.Data().GetProperty("search").EnumerateArray().Select(h => h.GetProperty("node")).ToList();

        Assert.NotEmpty(nodes);
        Assert.All(nodes, n => Assert.Contains(n.GetProperty("__typename").GetString(), new[] { "InspectionRound", "InspectionGroup", "Body", "Unit", "Clue" }));
        Assert.Contains(nodes, n => n.GetProperty("__typename").GetString() is "InspectionRound" or "InspectionGroup" or "Body");
        Assert.All(nodes.Where(n => n.GetProperty("__typename").GetString() == "InspectionRound"), r => Assert.Matches("^[A-Z_]+$", r.GetProperty("roundKind").GetString()));
    }

    [Fact]
    public async Task Clues_show_their_code_source_and_dates()
    {
        // A clue's searchable name is its registration code, which starts with XC (巡察).
        var (_, body) = await _client.PostGraphQLAsync("""
            { search(text: "XC", first: 5) { node { __typename ... on Clue { id code source receivedOn summary status hasSealedReporter } } } }
            """);
        var clue = body.Data().GetProperty("search").EnumerateArray()
            .Select(h => h.GetProperty("node"))
            .First(n => n.GetProperty("__typename").GetString() == "Clue");

        Assert.StartsWith("XC", clue.GetProperty("code").GetString(), StringComparison.Ordinal);
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}$", clue.GetProperty("receivedOn").GetString());
        Assert.Matches("^[A-Z_]+$", clue.GetProperty("source").GetString());
        Assert.False(string.IsNullOrWhiteSpace(clue.GetProperty("summary").GetString()));
    }

    [Fact]
    public async Task A_county_user_searching_a_common_surname_gets_a_full_page_of_their_own_county()
    {
        var county = new Clues.Core.Access.Principal("county-analyst", "县分析员", new HashSet<Clues.Core.Access.Role> { Clues.Core.Access.Role.Analyst },
            Clues.Core.Identifiers.DivisionCode.Parse("431421"), Clues.Core.Model.Taxonomy.JurisdictionLevel.County);
        using var client = factory.CreateClientFor(county);

        var (_, body) = await client.PostGraphQLAsync("""{ search(text: "王", kinds: [PERSON], first: 10) { rank node { id } } }""");
        var hits = body.Data().GetProperty("search").EnumerateArray().ToList();

        // The city holds far more 王 than one county; the page is still full, and every hit is one the user may open.
        Assert.Equal(10, hits.Count);
        Assert.Equal(Enumerable.Range(1, 10), hits.Select(h => h.GetProperty("rank").GetInt32()));
        var ids = hits.Select(h => h.GetProperty("node").GetProperty("id").GetString()).ToArray();
        var (_, nodes) = await client.PostGraphQLAsync("query($ids: [ID!]!) { nodes(ids: $ids) { id } }", new { ids });
        Assert.All(nodes.Data().GetProperty("nodes").EnumerateArray(), n => Assert.Equal(JsonValueKind.Object, n.ValueKind));
    }

    [Fact]
    public async Task Search_finds_a_clue_by_words_of_its_summary()
    {
        var (_, listed) = await _client.PostGraphQLAsync("""
            { search(text: "XC", kinds: [CLUE], first: 1) { node { ... on Clue { id code summary } } } }
            """);
        var clue = listed.Data().GetProperty("search")[0].GetProperty("node");
        var summary = clue.GetProperty("summary").GetString()!;
        Assert.True(summary.Length >= 8, $"demo summaries are sentences; got '{summary}'");
        var words = summary.Substring(summary.Length / 2 - 3, 5);

        var (status, body) = await _client.PostGraphQLAsync(
            "query($t: String!) { search(text: $t, kinds: [CLUE], first: 100) { matchedBy node { ... on Clue { id summary } } } }",
            new { t = words });

        Assert.Equal(200, status);
        var hits = body.Data().GetProperty("search").EnumerateArray().ToList();
        Assert.NotEmpty(hits);
        Assert.All(hits, h => Assert.Contains(words, h.GetProperty("node").GetProperty("summary").GetString(), StringComparison.Ordinal));
        Assert.Contains(hits, h => h.GetProperty("node").GetProperty("id").GetString() == clue.GetProperty("id").GetString()
            && h.GetProperty("matchedBy").GetString() == "CLUE_TEXT");
    }

    [Theory]
    [InlineData("{ search(text: \"王\", first: 0) { rank } }", "first must be between 1 and 100")]
    [InlineData("{ search(text: \"  \") { rank } }", "at least one non-blank character")]
    public async Task Bad_arguments_are_user_errors_that_pass_through_masking(string query, string message)
    {
        var (status, body) = await _client.PostGraphQLAsync(query);
        var error = body.GetProperty("errors")[0];

        Assert.Equal(200, status);
        Assert.Contains(message, error.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal("BAD_USER_INPUT", error.GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task Production_turns_introspection_and_the_playground_off()
    {
        var (_, body) = await _client.PostGraphQLAsync("{ __schema { queryType { name } } }");
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql");
        request.Headers.TryAddWithoutValidation("Accept", "text/html");
        using var page = await _client.SendAsync(request);

        Assert.Contains("introspection has been disabled", body.GetProperty("errors")[0].GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.NotEqual("text/html", page.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task The_health_probe_answers()
    {
        using var response = await _client.GetAsync("/healthz");

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
    }
}
