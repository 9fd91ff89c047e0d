using System.Text.Json;
using Clues.Api.Resolvers;
using Clues.Core.Graph;

namespace Clues.Api.Tests.Resolvers;

/// <summary>
/// The analyst API over the seeded demo store (Development environment): the four planted scenarios of seed/README.md
/// found through search, relationship fields, neighborhood and paths; global ids; paging; argument errors.
/// </summary>
public sealed class AnalystQueryTests(DevelopmentApiFactory factory) : IClassFixture<DevelopmentApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    private static string Id(NodeLabel label, string storeId) => GlobalId.Encode(label, storeId);

    [Fact]
    public async Task Search_finds_the_cadre_by_his_two_character_given_name_and_by_national_id_masked()
    {
        var (_, byName) = await _client.PostGraphQLAsync("""{ search(text: "伦良", kinds: [PERSON]) { rank matchedBy node { id ... on Person { name } } } }""");
        var (_, byId) = await _client.PostGraphQLAsync("""{ search(text: "43140319710412001X") { matchedBy node { id ... on Person { name nationalIdMasked } } } }""");
        var hit = byName.Data().GetProperty("search").EnumerateArray().First(h => h.GetProperty("node").GetProperty("name").GetString() == "王伦良");
        var exact = byId.Data().GetProperty("search")[0];

        Assert.Equal("NAME", hit.GetProperty("matchedBy").GetString());
        Assert.Equal(Id(NodeLabel.Person, "per-s1-cadre"), hit.GetProperty("node").GetProperty("id").GetString());
        Assert.Equal("NATIONAL_ID", exact.GetProperty("matchedBy").GetString());
        Assert.Equal("王伦良", exact.GetProperty("node").GetProperty("name").GetString());
        Assert.Equal("431403****1X", exact.GetProperty("node").GetProperty("nationalIdMasked").GetString());
        Assert.DoesNotContain("43140319710412001X", exact.GetProperty("node").ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_by_credit_code_finds_the_company_and_kinds_restrict_name_hits()
    {
        var (_, byCode) = await _client.PostGraphQLAsync("""{ search(text: "91431400203093921Q") { matchedBy node { __typename ... on Company { name } } } }""");
        var (_, kinds) = await _client.PostGraphQLAsync("""{ search(text: "王", kinds: [COMPANY, UNIT], first: 50) { node { __typename } } }""");

        Assert.Equal("CREDIT_CODE", byCode.Data().GetProperty("search")[0].GetProperty("matchedBy").GetString());
        Assert.Equal("江临市祥丰市政工程有限公司", byCode.Data().GetProperty("search")[0].GetProperty("node").GetProperty("name").GetString());
        Assert.All(kinds.Data().GetProperty("search").EnumerateArray(), h => Assert.Contains(h.GetProperty("node").GetProperty("__typename").GetString(), new[] { "Company", "Unit" }));
    }

    [Fact]
    public async Task Global_ids_are_opaque_and_round_trip_through_node_and_nodes()
    {
        var (_, search) = await _client.PostGraphQLAsync("""{ search(text: "王伦良", kinds: [PERSON], first: 1) { node { id } } }""");
        var id = search.Data().GetProperty("search")[0].GetProperty("node").GetProperty("id").GetString()!;
        var unknown = Id(NodeLabel.Person, "per-no-such-person");
        var (_, node) = await _client.PostGraphQLAsync("query Q($id: ID!) { node(id: $id) { id ... on Person { name } } }", new { id });
        var (_, nodes) = await _client.PostGraphQLAsync("query Q($ids: [ID!]!) { nodes(ids: $ids) { id } }", new { ids = new[] { unknown, id } });

        Assert.DoesNotContain("per-", id, StringComparison.Ordinal);
        Assert.DoesNotContain(":", id, StringComparison.Ordinal);
        Assert.Equal(id, node.Data().GetProperty("node").GetProperty("id").GetString());
        Assert.Equal("王伦良", node.Data().GetProperty("node").GetProperty("name").GetString());
        Assert.Equal(JsonValueKind.Null, nodes.Data().GetProperty("nodes")[0].ValueKind);
        Assert.Equal(id, nodes.Data().GetProperty("nodes")[1].GetProperty("id").GetString());
    }

    [Fact]
    public async Task An_id_with_the_wrong_label_finds_nothing()
    {
        var (_, body) = await _client.PostGraphQLAsync("query Q($id: ID!) { node(id: $id) { id } }", new { id = Id(NodeLabel.Company, "per-s1-cadre") });

        Assert.Equal(JsonValueKind.Null, body.Data().GetProperty("node").ValueKind);
    }

    [Theory]
    [InlineData("""{ node(id: "per-s1-cadre") { id } }""", "is not a Clues node id")]
    [InlineData("""{ node(id: "!!!") { id } }""", "is not a Clues node id")]
    [InlineData("""{ nodes(ids: ["UGVyc29u"]) { id } }""", "is not a Clues node id")]
    [InlineData("""{ neighborhood(id: "bm9wZQ") { truncated } }""", "is not a Clues node id")]
    [InlineData("""{ paths(from: "x", to: "y") { truncated } }""", "is not a Clues node id")]
    public async Task Bad_ids_are_clear_user_errors_not_server_errors(string query, string message)
    {
        var (status, body) = await _client.PostGraphQLAsync(query);
        var error = body.GetProperty("errors")[0];

        Assert.Equal(200, status);
        Assert.Contains(message, error.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal("BAD_USER_INPUT", error.GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task A_well_formed_id_of_no_node_is_a_user_error_in_traversals()
    {
        var (_, body) = await _client.PostGraphQLAsync("query Q($id: ID!) { neighborhood(id: $id) { truncated } }", new { id = Id(NodeLabel.Person, "per-gone") });

        Assert.Equal("BAD_USER_INPUT", body.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
    }

    [Theory]
    [InlineData(4, "depth must be between 1 and 3; got 4")]
    [InlineData(0, "depth must be between 1 and 3; got 0")]
    public async Task Neighbourhoods_deeper_than_three_are_refused(int depth, string message)
    {
        var (status, body) = await _client.PostGraphQLAsync(
            "query Q($id: ID!, $depth: Int) { neighborhood(id: $id, depth: $depth) { truncated } }",
            new { id = Id(NodeLabel.Person, "per-s1-cadre"), depth });
        var error = body.GetProperty("errors")[0];

        Assert.Equal(200, status);
        Assert.Contains(message, error.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal("BAD_USER_INPUT", error.GetProperty("extensions").GetProperty("code").GetString());
    }

    [Theory]
    [InlineData("""query Q($id: ID!) { neighborhood(id: $id, at: "2021-01-01", from: "2020-01-01") { truncated } }""", "Give either at or from/to, not both")]
    [InlineData("""query Q($id: ID!) { neighborhood(id: $id, from: "2022-01-01", to: "2020-01-01") { truncated } }""", "is after to")]
    [InlineData("""query Q($id: ID!) { neighborhood(id: $id, limit: 0) { truncated } }""", "limit must be between 1 and 1000; got 0")]
    [InlineData("""query Q($id: ID!) { paths(from: $id, to: $id, maxHops: 13) { truncated } }""", "maxHops must be between 1 and 12; got 13")]
    [InlineData("""query Q($id: ID!) { connectingNetwork(ids: [$id, $id]) { truncated } }""", "needs 2 to 10 distinct ids; got 1")]
    [InlineData("""query Q($id: ID!) { node(id: $id) { ... on Person { clues(first: 101) { totalCount } } } }""", "first must be between 1 and 100; got 101")]
    public async Task Out_of_range_arguments_are_user_errors_naming_the_range(string query, string message)
    {
        var (status, body) = await _client.PostGraphQLAsync(query, new { id = Id(NodeLabel.Person, "per-s1-cadre") });
        var error = body.GetProperty("errors")[0];

        Assert.Equal(200, status);
        Assert.Contains(message, error.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal("BAD_USER_INPUT", error.GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task A_time_window_hides_relationships_not_valid_then()
    {
        // The cadre took the bureau post on 2019-03-18; on 2018-01-01 the post is not in his neighbourhood.
        const string Query = """
            query Q($id: ID!, $at: Date) { neighborhood(id: $id, types: [HOLDS], at: $at) { nodes { node { id } } edges { validFrom } } }
            """;
        var id = Id(NodeLabel.Person, "per-s1-cadre");
        var post = Id(NodeLabel.Position, "pos-s1-head");
        var (_, before) = await _client.PostGraphQLAsync(Query, new { id, at = "2018-01-01" });
        var (_, during) = await _client.PostGraphQLAsync(Query, new { id, at = "2020-01-01" });

        Assert.DoesNotContain(before.Data().GetProperty("neighborhood").GetProperty("nodes").EnumerateArray(), n => n.GetProperty("node").GetProperty("id").GetString() == post);
        Assert.Contains(during.Data().GetProperty("neighborhood").GetProperty("nodes").EnumerateArray(), n => n.GetProperty("node").GetProperty("id").GetString() == post);
    }

    [Fact]
    public async Task Paths_between_the_cadre_and_the_project_show_the_conflict_chain()
    {
        // Scenario 1: two 3-hop paths over kinship, shareholding or legal representation, and the contract.
        var (_, body) = await _client.PostGraphQLAsync("""
            query Q($from: ID!, $to: ID!) {
              paths(from: $from, to: $to, maxHops: 3, mode: ALL_UP_TO,
                    types: [RELATIVE_OF, SHAREHOLDER_OF, LEGAL_REPRESENTATIVE_OF, CONTRACTED]) {
                truncated
                paths { length nodes { id __typename ... on Person { name } ... on Company { name } } edges { type source target validFrom } }
              }
            }
            """, new { from = Id(NodeLabel.Person, "per-s1-cadre"), to = Id(NodeLabel.Project, "prj-s1") });
        var paths = body.Data().GetProperty("paths").GetProperty("paths").EnumerateArray().ToList();

        Assert.Equal(2, paths.Count);
        Assert.All(paths, p => Assert.Equal(3, p.GetProperty("length").GetInt32()));
        Assert.All(paths, p => Assert.Equal("黄江固", p.GetProperty("nodes")[1].GetProperty("name").GetString()));
        Assert.All(paths, p => Assert.Equal("江临市祥丰市政工程有限公司", p.GetProperty("nodes")[2].GetProperty("name").GetString()));
        Assert.Equal(
            ["LEGAL_REPRESENTATIVE_OF", "SHAREHOLDER_OF"],
            paths.Select(p => p.GetProperty("edges")[1].GetProperty("type").GetString()!).Order(StringComparer.Ordinal));
        var contract = paths[0].GetProperty("edges")[2];
        Assert.Equal("CONTRACTED", contract.GetProperty("type").GetString());
        Assert.Equal(Id(NodeLabel.Company, "co-s1"), contract.GetProperty("source").GetString());
        Assert.Equal(Id(NodeLabel.Project, "prj-s1"), contract.GetProperty("target").GetString());
        Assert.Equal("2021-05-10", contract.GetProperty("validFrom").GetString());
    }

    [Fact]
    public async Task The_shortest_path_mode_gives_one_path_and_connecting_network_joins_the_pair()
    {
        var variables = new { from = Id(NodeLabel.Person, "per-s1-cadre"), to = Id(NodeLabel.Company, "co-s1") };
        var (_, shortest) = await _client.PostGraphQLAsync(
            "query Q($from: ID!, $to: ID!) { paths(from: $from, to: $to) { paths { length } } }", variables);
        var (_, network) = await _client.PostGraphQLAsync(
            "query Q($ids: [ID!]!) { connectingNetwork(ids: $ids, types: [RELATIVE_OF, SHAREHOLDER_OF]) { nodes { depth node { id ... on Person { name } } } edges { type } totalReachable } }",
            new { ids = new[] { variables.from, variables.to } });
        var subgraph = network.Data().GetProperty("connectingNetwork");

        Assert.Single(shortest.Data().GetProperty("paths").GetProperty("paths").EnumerateArray());
        Assert.Equal(2, shortest.Data().GetProperty("paths").GetProperty("paths")[0].GetProperty("length").GetInt32());
        Assert.Contains(subgraph.GetProperty("nodes").EnumerateArray(), n => n.GetProperty("node").TryGetProperty("name", out var name) && name.GetString() == "黄江固");
        Assert.Equal(2, subgraph.GetProperty("edges").GetArrayLength());
        Assert.Equal(1, subgraph.GetProperty("totalReachable").GetInt32());
    }

    [Fact]
    public async Task The_cadre_shows_his_post_unit_relatives_and_the_inlaws_company_contract()
    {
        var (_, body) = await _client.PostGraphQLAsync("""
            query Q($id: ID!) {
              node(id: $id) {
                ... on Person {
                  positions { position { title leadingTeamMember } unit { name } validFrom validTo }
                  relatives { relation person { name companies { role share company { name contracts(first: 5) { totalCount edges { node { amount contractNo validFrom project { name } } } } } } } }
                }
              }
            }
            """, new { id = Id(NodeLabel.Person, "per-s1-cadre") });
        var person = body.Data().GetProperty("node");
        var post = person.GetProperty("positions").EnumerateArray().Single(p => p.GetProperty("validFrom").GetString() == "2019-03-18");
        var relatives = person.GetProperty("relatives").EnumerateArray().ToDictionary(r => r.GetProperty("person").GetProperty("name").GetString()!);
        var inlaw = relatives["黄江固"];
        var tie = inlaw.GetProperty("person").GetProperty("companies").EnumerateArray().Single(c => c.GetProperty("role").GetString() == "SHAREHOLDER");
        var contract = tie.GetProperty("company").GetProperty("contracts").GetProperty("edges")[0].GetProperty("node");

        Assert.Equal("江临市住房和城乡建设局", post.GetProperty("unit").GetProperty("name").GetString());
        Assert.Equal(JsonValueKind.Null, post.GetProperty("validTo").ValueKind);
        Assert.Equal("SPOUSE", relatives["黄华莎"].GetProperty("relation").GetString());
        Assert.Equal("IN_LAW", inlaw.GetProperty("relation").GetString());
        Assert.Equal(100d, tie.GetProperty("share").GetDouble());
        Assert.Equal("12350000", contract.GetProperty("amount").GetString()!.Split('.')[0]);
        Assert.Equal("HT-431400-2021-S00001", contract.GetProperty("contractNo").GetString());
        Assert.Equal("江临市朝阳大道提质改造工程", contract.GetProperty("project").GetProperty("name").GetString());
    }

    [Fact]
    public async Task Kinship_seen_from_the_other_end_turns_round()
    {
        var (_, body) = await _client.PostGraphQLAsync(
            "query Q($id: ID!) { node(id: $id) { ... on Person { relatives { relation person { name } } } } }",
            new { id = Id(NodeLabel.Person, "per-s2-son") });
        var relatives = body.Data().GetProperty("node").GetProperty("relatives").EnumerateArray()
            .ToDictionary(r => r.GetProperty("person").GetProperty("name").GetString()!, r => r.GetProperty("relation").GetString());

        // The store says the son is the head's CHILD; from the son, the head is his PARENT.
        Assert.Equal("PARENT", relatives["胡哲瀚"]);
    }

    [Fact]
    public async Task The_bureaus_projects_and_direct_payment_reach_the_inlaws_company()
    {
        // Scenario 1, the other way round: the bureau owns prj-s1 and paid co-s1 directly (pay-s1).
        var (_, body) = await _client.PostGraphQLAsync("""
            query Q($unit: ID!, $company: ID!, $project: ID!, $county: ID!, $person: ID!) {
              unit: node(id: $unit) { ... on Unit { projects(first: 50) { totalCount edges { node { id } } } paymentsMade(first: 50) { edges { node { id payee { id } project { id } } } } inspectedBy(first: 2) { totalCount pageInfo { hasNextPage } edges { node { name round { name } } validFrom } } } }
              company: node(id: $company) { ... on Company { paymentsReceived { totalCount edges { node { amount paidOn payer { id } } } } shareholders { share holder { ... on Person { name } } } } }
              project: node(id: $project) { ... on Project { owner { id } contractors { company { id } amount } payments { totalCount } } }
              county: node(id: $county) { ... on Jurisdiction { name units(first: 5) { totalCount edges { node { __typename } } } parent { code } } }
              person: node(id: $person) { ... on Person { associates(first: 3) { totalCount edges { kind node { name } } } } }
            }
            """, new
        {
            unit = Id(NodeLabel.Unit, "unit-00004"),
            company = Id(NodeLabel.Company, "co-s1"),
            project = Id(NodeLabel.Project, "prj-s1"),
            county = Id(NodeLabel.Jurisdiction, "jur-431421"),
            person = Id(NodeLabel.Person, "per-s1-cadre"),
        });
        var data = body.Data();
        var unit = data.GetProperty("unit");
        var payment = data.GetProperty("company").GetProperty("paymentsReceived").GetProperty("edges").EnumerateArray()
            .Single(e => e.GetProperty("node").GetProperty("paidOn").GetString() == "2021-09-15").GetProperty("node");
        var county = data.GetProperty("county");

        Assert.Contains(unit.GetProperty("projects").GetProperty("edges").EnumerateArray(), e => e.GetProperty("node").GetProperty("id").GetString() == Id(NodeLabel.Project, "prj-s1"));
        Assert.Contains(unit.GetProperty("paymentsMade").GetProperty("edges").EnumerateArray(), e => e.GetProperty("node").GetProperty("payee").GetProperty("id").GetString() == Id(NodeLabel.Company, "co-s1"));
        Assert.True(unit.GetProperty("inspectedBy").GetProperty("totalCount").GetInt32() >= 1);
        Assert.Equal(Id(NodeLabel.Unit, "unit-00004"), payment.GetProperty("payer").GetProperty("id").GetString());
        Assert.Contains(data.GetProperty("company").GetProperty("shareholders").EnumerateArray(), h => h.GetProperty("holder").GetProperty("name").GetString() == "黄江固");
        Assert.Equal(Id(NodeLabel.Unit, "unit-00004"), data.GetProperty("project").GetProperty("owner").GetProperty("id").GetString());
        Assert.True(data.GetProperty("project").GetProperty("payments").GetProperty("totalCount").GetInt32() >= 1);
        Assert.True(county.GetProperty("units").GetProperty("totalCount").GetInt32() > 5);
        Assert.All(county.GetProperty("units").GetProperty("edges").EnumerateArray(), e => Assert.Equal("Unit", e.GetProperty("node").GetProperty("__typename").GetString()));
        Assert.Equal("431400", county.GetProperty("parent").GetProperty("code").GetString());
        Assert.True(data.GetProperty("person").GetProperty("associates").GetProperty("totalCount").GetInt32() >= 1);
    }

    [Fact]
    public async Task The_leadership_team_of_the_building_bureau_on_a_day_includes_the_cadre()
    {
        var (_, body) = await _client.PostGraphQLAsync("""
            query Q($id: ID!) { node(id: $id) { ... on Unit { name leadershipTeam(at: "2021-06-01") { person { name } position { title leadingTeamMember } validFrom } parent { name } } } }
            """, new { id = Id(NodeLabel.Unit, "unit-00004") });
        var team = body.Data().GetProperty("node").GetProperty("leadershipTeam").EnumerateArray().ToList();

        Assert.Contains(team, m => m.GetProperty("person").GetProperty("name").GetString() == "王伦良");
        Assert.All(team, m => Assert.True(m.GetProperty("position").GetProperty("leadingTeamMember").GetBoolean()));
    }

    [Fact]
    public async Task The_diverted_fund_is_traced_through_the_neighbourhood_and_its_payments()
    {
        // Scenario 2: fund-s2 → pay-s2-1 → company A → pay-s2-2 (three hops over payment relationships).
        var (_, body) = await _client.PostGraphQLAsync("""
            query Q($id: ID!) {
              neighborhood(id: $id, depth: 3, types: [PAID_FROM, PAID_TO]) {
                nodes { depth degree omittedNeighbors node { id __typename ... on Company { name } ... on Payment { amount voucherNo } } }
                edges { id type source target validFrom validTo }
                totalReachable omittedNodes truncated
              }
              node(id: $id) { ... on Fund { name manager { name } payments(first: 10) { totalCount edges { node { amount paidOn payee { ... on Company { name } } } } } } }
            }
            """, new { id = Id(NodeLabel.Fund, "fund-s2") });
        var data = body.Data();
        var subgraph = data.GetProperty("neighborhood");
        var nodes = subgraph.GetProperty("nodes").EnumerateArray().ToList();
        var byId = nodes.ToDictionary(n => n.GetProperty("node").GetProperty("id").GetString()!);
        var fund = data.GetProperty("node");

        Assert.Equal(0, nodes[0].GetProperty("depth").GetInt32());
        Assert.Equal(1, byId[Id(NodeLabel.Payment, "pay-s2-1")].GetProperty("depth").GetInt32());
        Assert.Equal(2, byId[Id(NodeLabel.Company, "co-s2a")].GetProperty("depth").GetInt32());
        Assert.Equal(3, byId[Id(NodeLabel.Payment, "pay-s2-2")].GetProperty("depth").GetInt32());
        Assert.All(subgraph.GetProperty("edges").EnumerateArray(), e =>
        {
            Assert.True(byId.ContainsKey(e.GetProperty("source").GetString()!));
            Assert.True(byId.ContainsKey(e.GetProperty("target").GetString()!));
        });
        Assert.False(subgraph.GetProperty("truncated").GetBoolean());
        Assert.Equal("城南区农业农村局", fund.GetProperty("manager").GetProperty("name").GetString());
        Assert.Contains(fund.GetProperty("payments").GetProperty("edges").EnumerateArray(), e =>
            e.GetProperty("node").GetProperty("paidOn").GetString() == "2024-05-16"
            && e.GetProperty("node").GetProperty("payee").GetProperty("name").GetString() == "城南区新德环保科技有限公司");
    }

    [Fact]
    public async Task A_small_limit_truncates_the_neighbourhood_and_says_so()
    {
        var (_, body) = await _client.PostGraphQLAsync(
            "query Q($id: ID!) { neighborhood(id: $id, depth: 2, limit: 3) { nodes { depth } totalReachable omittedNodes truncated } }",
            new { id = Id(NodeLabel.Unit, "unit-00004") });
        var subgraph = body.Data().GetProperty("neighborhood");

        Assert.Equal(3, subgraph.GetProperty("nodes").GetArrayLength());
        Assert.True(subgraph.GetProperty("truncated").GetBoolean());
        Assert.Equal(subgraph.GetProperty("totalReachable").GetInt32() - 2, subgraph.GetProperty("omittedNodes").GetInt32());
    }

    [Fact]
    public async Task The_key_persons_six_clues_page_by_cursor_newest_first()
    {
        // Scenario 3: six clues, each found in a different round of the county.
        const string Query = """
            query Q($id: ID!, $after: String) {
              node(id: $id) { ... on Person { clues(first: 4, after: $after) {
                totalCount pageInfo { hasNextPage hasPreviousPage endCursor }
                edges { cursor role node { code receivedOn round { id name } group { name } subjects { role node { id } } } }
              } } }
            }
            """;
        var id = Id(NodeLabel.Person, "per-s3-key");
        var (_, first) = await _client.PostGraphQLAsync(Query, new { id, after = (string?)null });
        var page1 = first.Data().GetProperty("node").GetProperty("clues");
        var (_, second) = await _client.PostGraphQLAsync(Query, new { id, after = page1.GetProperty("pageInfo").GetProperty("endCursor").GetString() });
        var page2 = second.Data().GetProperty("node").GetProperty("clues");
        var clues = page1.GetProperty("edges").EnumerateArray().Concat(page2.GetProperty("edges").EnumerateArray()).Select(e => e.GetProperty("node")).ToList();

        Assert.Equal(6, page1.GetProperty("totalCount").GetInt32());
        Assert.Equal(4, page1.GetProperty("edges").GetArrayLength());
        Assert.True(page1.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
        Assert.Equal(2, page2.GetProperty("edges").GetArrayLength());
        Assert.False(page2.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
        Assert.True(page2.GetProperty("pageInfo").GetProperty("hasPreviousPage").GetBoolean());
        Assert.Equal("XC431421-1505-01-S006", clues[0].GetProperty("code").GetString());
        Assert.Equal("XC431421-1401-01-S001", clues[^1].GetProperty("code").GetString());
        Assert.Equal(6, clues.Select(c => c.GetProperty("round").GetProperty("id").GetString()).Distinct().Count());
        Assert.All(page1.GetProperty("edges").EnumerateArray(), e => Assert.Equal("PRIMARY", e.GetProperty("role").GetString()));
        Assert.All(clues, c => Assert.Contains(c.GetProperty("subjects").EnumerateArray(), s => s.GetProperty("node").GetProperty("id").GetString() == id));
    }

    [Fact]
    public async Task Clue_filters_and_bad_cursors()
    {
        var id = Id(NodeLabel.Person, "per-s3-key");
        var (_, filtered) = await _client.PostGraphQLAsync(
            """query Q($id: ID!) { node(id: $id) { ... on Person { clues(filter: { receivedFrom: "2021-01-01", receivedTo: "2024-12-31" }) { totalCount } } } }""",
            new { id });
        var (_, bad) = await _client.PostGraphQLAsync(
            """query Q($id: ID!) { node(id: $id) { ... on Person { clues(after: "nonsense") { totalCount } } } }""", new { id });

        Assert.Equal(3, filtered.Data().GetProperty("node").GetProperty("clues").GetProperty("totalCount").GetInt32());
        Assert.Contains("is not a cursor of this connection", bad.GetProperty("errors")[0].GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_shared_subject_is_found_by_national_id_with_clues_in_a_city_and_a_county_round()
    {
        // Scenario 4: one man, two offices' clues, two rounds in two jurisdictions.
        var (_, body) = await _client.PostGraphQLAsync("""
            { search(text: "431402197502270017", first: 1) { node { ... on Person { name clues(first: 5) { totalCount edges { node { code handedTo { body { name } validFrom } round { level jurisdiction { code level parent { code } } } } } } } } } }
            """);
        var person = body.Data().GetProperty("search")[0].GetProperty("node");
        var rounds = person.GetProperty("clues").GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node").GetProperty("round")).ToList();

        Assert.Equal("刘峻熙", person.GetProperty("name").GetString());
        Assert.Equal(2, person.GetProperty("clues").GetProperty("totalCount").GetInt32());
        Assert.Equal(["431400", "431402"], rounds.Select(r => r.GetProperty("jurisdiction").GetProperty("code").GetString()!).Order(StringComparer.Ordinal));
        Assert.Contains(rounds, r => r.GetProperty("jurisdiction").GetProperty("parent").GetProperty("code").GetString() == "431400");
    }

    [Fact]
    public async Task The_schema_has_no_reporter_identity_and_no_full_national_id()
    {
        var (_, body) = await _client.PostGraphQLAsync("{ __schema { types { name fields { name type { name kind ofType { name kind ofType { name } } } } } } }");
        var fields = body.Data().GetProperty("__schema").GetProperty("types").EnumerateArray()
            .SelectMany(t => t.TryGetProperty("fields", out var f) && f.ValueKind == JsonValueKind.Array
                ? f.EnumerateArray().Select(x => (Name: t.GetProperty("name").GetString() + "." + x.GetProperty("name").GetString(), Type: x.GetProperty("type").GetRawText()))
                : [])
            .ToList();
        var names = fields.Select(f => f.Name).ToList();

        // The identity type exists for one purpose: the custodian-approved, read-once reveal. No other field returns
        // it, and no node or list carries reporter fields.
        Assert.Equal(["Mutation.revealReporter"], fields.Where(f => f.Type.Contains("\"ReporterIdentity\"", StringComparison.Ordinal)).Select(f => f.Name).ToArray());
        Assert.DoesNotContain(names, n => n.Contains("reporter", StringComparison.OrdinalIgnoreCase)
            && !n.EndsWith("hasSealedReporter", StringComparison.Ordinal)
            && !n.StartsWith("ReporterRevealRequest.", StringComparison.Ordinal)
            && !n.StartsWith("ReporterIdentity.", StringComparison.Ordinal)
            && n is not ("Query.reporterRevealRequests" or "Mutation.requestReporterReveal" or "Mutation.decideReporterReveal" or "Mutation.revealReporter"));
        Assert.DoesNotContain("Person.nationalId", names);
        Assert.Contains("Person.nationalIdMasked", names);
    }
}
