using System.Text.Json;
using Clues.Api.Resolvers;
using Clues.Core.Access;
using Clues.Core.Graph;
using Clues.Core.Identifiers;
using Clues.Core.Model.Taxonomy;

namespace Clues.Api.Tests.Authorization;

/// <summary>
/// Need to know in the analyses and the clue list: one cached answer serves every caller, and each caller sees only
/// the part within their jurisdiction. The planted conflict of interest is the city's (江临市住建局), the key person
/// 青山县's (431421); 江北区 (431402) is a neighbouring county that should see neither.
/// </summary>
public sealed class AnalysisVisibilityTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private const string Qingshan = "431421";

    private const string Jiangbei = "431402";

    private static Principal County(string id, string code) =>
        new(id, id, new HashSet<Role> { Role.Analyst }, DivisionCode.Parse(code), JurisdictionLevel.County);

    private static string Id(NodeLabel label, string storeId) => GlobalId.Encode(label, storeId);

    private static bool HasErrors(JsonElement body) => body.TryGetProperty("errors", out var errors) && errors.GetArrayLength() > 0;

    [Fact]
    public async Task A_county_user_does_not_see_the_city_scenarios_conflict_hit_though_the_city_analyst_does()
    {
        const string Query = """
            query Q($id: ID!) { conflictsOfInterest(person: $id) { hiddenHits hits { kind company { id } unit { id } } } }
            """;
        var cadre = new { id = Id(NodeLabel.Person, "per-s1-cadre") };
        using var city = factory.CreateClient();
        using var county = factory.CreateClientFor(County("coi-county", Qingshan));

        // The city asks first, so the county's answer comes from the same cached report.
        var (_, full) = await city.PostGraphQLAsync(Query, cadre);
        var (_, refused) = await county.PostGraphQLAsync(Query, cadre);
        var (_, byUnit) = await county.PostGraphQLAsync(
            "query Q($id: ID!) { conflictsOfInterest(unit: $id) { hiddenHits hits { kind } } }", new { id = Id(NodeLabel.Unit, "unit-00004") });

        var report = full.Data().GetProperty("conflictsOfInterest");
        Assert.Contains(report.GetProperty("hits").EnumerateArray(), h => h.GetProperty("company").GetProperty("id").GetString() == Id(NodeLabel.Company, "co-s1"));
        Assert.Equal(0, report.GetProperty("hiddenHits").GetInt32());

        // Outside the county the subject is answered like an unknown id: nothing of the report, not even that it exists.
        foreach (var body in new[] { refused, byUnit })
        {
            Assert.True(HasErrors(body));
            Assert.Equal("BAD_USER_INPUT", body.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
            Assert.DoesNotContain("co-s1", body.GetRawText(), StringComparison.Ordinal);
            Assert.True(!body.TryGetProperty("data", out var data) || data.ValueKind == JsonValueKind.Null
                || data.GetProperty("conflictsOfInterest").ValueKind == JsonValueKind.Null);
        }
    }

    [Fact]
    public async Task A_county_user_does_not_get_another_countys_key_persons()
    {
        const string Query = """
            query Q($id: ID!) { keyPersons(jurisdiction: $id, top: 50) { hiddenEntries entries { rank clueCount person { id name } } } }
            """;
        var qingshan = new { id = Id(NodeLabel.Jurisdiction, "jur-" + Qingshan) };
        var keyPerson = Id(NodeLabel.Person, "per-s3-key");
        using var city = factory.CreateClient();
        using var own = factory.CreateClientFor(County("kp-own-county", Qingshan));
        using var neighbour = factory.CreateClientFor(County("kp-neighbour", Jiangbei));

        var (_, full) = await city.PostGraphQLAsync(Query, qingshan);
        var (_, ownView) = await own.PostGraphQLAsync(Query, qingshan);
        var (_, neighbourView) = await neighbour.PostGraphQLAsync(Query, qingshan);
        var (_, neighbourCity) = await neighbour.PostGraphQLAsync(Query, new { id = Id(NodeLabel.Jurisdiction, "jur-431400") });

        var fullEntries = full.Data().GetProperty("keyPersons").GetProperty("entries").EnumerateArray().ToList();
        Assert.Contains(fullEntries, e => e.GetProperty("person").GetProperty("id").GetString() == keyPerson);

        // 青山县's own analyst sees its key person first, as the city does.
        var ownRanking = ownView.Data().GetProperty("keyPersons");
        var first = ownRanking.GetProperty("entries")[0];
        Assert.Equal(keyPerson, first.GetProperty("person").GetProperty("id").GetString());
        Assert.Equal(1, first.GetProperty("rank").GetInt32());
        Assert.Equal(6, first.GetProperty("clueCount").GetInt32());

        // 江北区 gets none of 青山县's people, only the count of what was withheld.
        var neighbourRanking = neighbourView.Data().GetProperty("keyPersons");
        Assert.Empty(neighbourRanking.GetProperty("entries").EnumerateArray());
        Assert.Equal(fullEntries.Count, neighbourRanking.GetProperty("hiddenEntries").GetInt32());
        Assert.DoesNotContain(keyPerson, neighbourView.GetRawText(), StringComparison.Ordinal);

        // Over the whole city, 江北区 sees its own people only, ranked 1, 2, 3 … without gaps.
        var cityRanking = neighbourCity.Data().GetProperty("keyPersons");
        var entries = cityRanking.GetProperty("entries").EnumerateArray().ToList();
        Assert.DoesNotContain(entries, e => e.GetProperty("person").GetProperty("id").GetString() == keyPerson);
        Assert.Equal(Enumerable.Range(1, entries.Count), entries.Select(e => e.GetProperty("rank").GetInt32()));
        Assert.True(cityRanking.GetProperty("hiddenEntries").GetInt32() > 0);
    }

    [Fact]
    public async Task The_clues_total_of_a_county_user_counts_only_the_countys_clues_while_the_city_analyst_sees_them_all()
    {
        const string Query = """
            query Q($after: String) {
              clues(first: 100, after: $after) {
                totalCount pageInfo { hasNextPage endCursor }
                edges { node { id } round { jurisdiction { code } } }
              }
            }
            """;
        using var city = factory.CreateClient();
        using var county = factory.CreateClientFor(County("clues-county", Qingshan));

        var all = await AllPagesAsync(city, Query);
        var mine = await AllPagesAsync(county, Query);
        var (_, stats) = await city.PostGraphQLAsync("{ stats { byLabel { label count } } }");

        var clueCount = stats.Data().GetProperty("stats").GetProperty("byLabel").EnumerateArray()
            .Single(l => l.GetProperty("label").GetString() == "CLUE").GetProperty("count").GetInt32();
        Assert.Equal(clueCount, all.Total);
        Assert.Equal(clueCount, all.Ids.Count);

        // A clue belongs to the office of its round: the county's are exactly those of 青山县's rounds.
        var countys = all.Rounds.Where(r => r.Value == Qingshan).Select(r => r.Key).ToHashSet();
        Assert.NotEmpty(countys);
        Assert.True(countys.Count < clueCount);
        Assert.Equal(countys.Count, mine.Total);
        Assert.Equal(countys.OrderBy(i => i, StringComparer.Ordinal), mine.Ids.OrderBy(i => i, StringComparer.Ordinal));
        Assert.Contains(Id(NodeLabel.Clue, "clue-s3-1"), mine.Ids);
        Assert.DoesNotContain(Id(NodeLabel.Clue, "clue-s4-city"), mine.Ids);
    }

    [Fact]
    public async Task Clue_pages_of_a_county_user_are_consistent_with_its_total()
    {
        const string Query = """
            query Q($after: String) {
              clues(first: 7, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id } } }
            }
            """;
        using var county = factory.CreateClientFor(County("clues-pager", Qingshan));

        var paged = await AllPagesAsync(county, Query);

        Assert.True(paged.Total > 7);
        Assert.Equal(paged.Total, paged.Ids.Count);
        Assert.Equal(paged.Ids.Count, paged.Ids.Distinct().Count());
        Assert.Equal((paged.Total + 6) / 7, paged.Pages);
    }

    [Fact]
    public async Task Clue_pages_read_without_the_total_are_the_pages_read_with_it()
    {
        const string WithTotal = """
            query Q($after: String) {
              clues(first: 7, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id } } }
            }
            """;
        const string WithoutTotal = """
            query Q($after: String) {
              clues(first: 7, after: $after) { pageInfo { hasNextPage endCursor } edges { node { id } } }
            }
            """;
        using var county = factory.CreateClientFor(County("clues-pager-lazy", Qingshan));

        var counted = await AllPagesAsync(county, WithTotal);
        var ids = new List<string>();
        var pages = 0;
        string? after = null;
        do
        {
            var (_, body) = await county.PostGraphQLAsync(WithoutTotal, new { after });
            Assert.False(HasErrors(body), body.GetRawText());
            var connection = body.Data().GetProperty("clues");
            ids.AddRange(connection.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node").GetProperty("id").GetString()!));
            pages++;
            var info = connection.GetProperty("pageInfo");
            after = info.GetProperty("hasNextPage").GetBoolean() ? info.GetProperty("endCursor").GetString() : null;
        }
        while (after is not null);

        Assert.Equal(counted.Ids, ids);
        Assert.Equal(counted.Pages, pages);
    }

    [Fact]
    public async Task A_total_asked_for_through_a_fragment_is_counted()
    {
        using var county = factory.CreateClientFor(County("clues-fragment-total", Qingshan));

        var (_, direct) = await county.PostGraphQLAsync("{ clues(first: 1) { totalCount } }");
        var (_, viaFragment) = await county.PostGraphQLAsync("{ clues(first: 1) { ...Counted } } fragment Counted on ClueListConnection { totalCount }");

        var total = direct.Data().GetProperty("clues").GetProperty("totalCount").GetInt32();
        Assert.True(total > 1);
        Assert.Equal(total, viaFragment.Data().GetProperty("clues").GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task A_persons_clues_connection_counts_only_the_callers_clues()
    {
        // 刘峻熙 moved from 江北区 to the city: 江北区 sees him (his old post) and its own clue about him, not the city's.
        const string Query = "query Q($id: ID!) { node(id: $id) { ... on Person { clues { totalCount edges { node { id } } } } } }";
        var person = new { id = Id(NodeLabel.Person, "per-s4-shared") };
        using var city = factory.CreateClient();
        using var county = factory.CreateClientFor(County("shared-subject-county", Jiangbei));

        var (_, full) = await city.PostGraphQLAsync(Query, person);
        var (_, mine) = await county.PostGraphQLAsync(Query, person);

        Assert.Equal(2, full.Data().GetProperty("node").GetProperty("clues").GetProperty("totalCount").GetInt32());
        var clues = mine.Data().GetProperty("node").GetProperty("clues");
        Assert.Equal(1, clues.GetProperty("totalCount").GetInt32());
        Assert.Equal(Id(NodeLabel.Clue, "clue-s4-county"), clues.GetProperty("edges")[0].GetProperty("node").GetProperty("id").GetString());
        Assert.DoesNotContain(Id(NodeLabel.Clue, "clue-s4-city"), mine.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_fund_flow_shows_the_city_analyst_everything_and_refuses_a_county_user_the_fund_of_another_district()
    {
        const string Query = "query Q($id: ID!) { fundFlow(fund: $id, depth: 2) { hiddenNodes hiddenEdges edges { target } } }";
        var fund = new { id = Id(NodeLabel.Fund, "fund-s2") };
        using var city = factory.CreateClient();
        using var county = factory.CreateClientFor(County("flow-county", Qingshan));

        var (_, full) = await city.PostGraphQLAsync(Query, fund);
        var (_, refused) = await county.PostGraphQLAsync(Query, fund);

        var flow = full.Data().GetProperty("fundFlow");
        Assert.Equal(0, flow.GetProperty("hiddenNodes").GetInt32());
        Assert.Equal(0, flow.GetProperty("hiddenEdges").GetInt32());
        Assert.Contains(flow.GetProperty("edges").EnumerateArray(), e => e.GetProperty("target").GetString() == Id(NodeLabel.Company, "co-s2b"));
        Assert.True(HasErrors(refused));
        Assert.DoesNotContain(Id(NodeLabel.Company, "co-s2b"), refused.GetRawText(), StringComparison.Ordinal);
    }

    private static async Task<(int Total, List<string> Ids, Dictionary<string, string?> Rounds, int Pages)> AllPagesAsync(HttpClient client, string query)
    {
        var ids = new List<string>();
        var rounds = new Dictionary<string, string?>(StringComparer.Ordinal);
        string? after = null;
        int? total = null;
        var pages = 0;
        while (true)
        {
            var (_, body) = await client.PostGraphQLAsync(query, new { after });
            Assert.False(HasErrors(body), body.GetRawText());
            var connection = body.Data().GetProperty("clues");
            var count = connection.GetProperty("totalCount").GetInt32();
            Assert.True(total is null || total == count, "totalCount changed between pages");
            total = count;
            pages++;
            foreach (var edge in connection.GetProperty("edges").EnumerateArray())
            {
                var id = edge.GetProperty("node").GetProperty("id").GetString()!;
                ids.Add(id);
                if (edge.TryGetProperty("round", out var round))
                {
                    rounds[id] = round.ValueKind == JsonValueKind.Object && round.GetProperty("jurisdiction").ValueKind == JsonValueKind.Object
                        ? round.GetProperty("jurisdiction").GetProperty("code").GetString()
                        : null;
                }
            }

            var info = connection.GetProperty("pageInfo");
            if (!info.GetProperty("hasNextPage").GetBoolean())
            {
                return (total.Value, ids, rounds, pages);
            }

            after = info.GetProperty("endCursor").GetString();
            Assert.True(pages < 1000, "paging does not end");
        }
    }
}
