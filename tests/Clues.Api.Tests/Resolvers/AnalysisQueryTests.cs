using Clues.Api.Resolvers;
using Clues.Core.Graph;

namespace Clues.Api.Tests.Resolvers;

/// <summary>The analysis queries over the seeded demo store: the planted scenarios found by the Clues.Core.Analysis services.</summary>
public sealed class AnalysisQueryTests(DevelopmentApiFactory factory) : IClassFixture<DevelopmentApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    private static string Id(NodeLabel label, string storeId) => GlobalId.Encode(label, storeId);

    [Fact]
    public async Task Conflicts_of_interest_of_the_cadre_show_the_inlaws_contract_with_every_fact()
    {
        var (_, body) = await _client.PostGraphQLAsync("""
            query Q($id: ID!) {
              conflictsOfInterest(person: $id) {
                subject { id }
                notes
                hits {
                  kind relation explanation
                  cadre { name } relative { name } company { name } unit { name }
                  ties { role share validFrom }
                  tenure { title from to position { id } }
                  contract { contractNo amount signedOn project { name } }
                  payment { amount paidOn payer { id } }
                  path { length nodes { id } edges { type } }
                }
              }
            }
            """, new { id = Id(NodeLabel.Person, "per-s1-cadre") });
        var report = body.Data().GetProperty("conflictsOfInterest");
        var hits = report.GetProperty("hits").EnumerateArray().ToList();
        var contract = hits.First(h => h.GetProperty("kind").GetString() == "CONTRACT");

        Assert.Equal(Id(NodeLabel.Person, "per-s1-cadre"), report.GetProperty("subject").GetProperty("id").GetString());
        Assert.Equal("王伦良", contract.GetProperty("cadre").GetProperty("name").GetString());
        Assert.Equal("江临市祥丰市政工程有限公司", contract.GetProperty("company").GetProperty("name").GetString());
        Assert.Equal("江临市住房和城乡建设局", contract.GetProperty("unit").GetProperty("name").GetString());
        Assert.Equal("HT-431400-2021-S00001", contract.GetProperty("contract").GetProperty("contractNo").GetString());
        Assert.Equal("2021-05-10", contract.GetProperty("contract").GetProperty("signedOn").GetString());
        Assert.Equal("2019-03-18", contract.GetProperty("tenure").GetProperty("from").GetString());
        Assert.NotEmpty(contract.GetProperty("ties").EnumerateArray());
        Assert.True(contract.GetProperty("path").GetProperty("length").GetInt32() >= 3);
        Assert.False(string.IsNullOrWhiteSpace(contract.GetProperty("explanation").GetString()));
        Assert.Contains(hits, h => h.GetProperty("kind").GetString() == "PAYMENT" && h.GetProperty("payment").GetProperty("paidOn").GetString() == "2021-09-15");
    }

    [Theory]
    [InlineData("{ conflictsOfInterest { notes } }", "needs either person or unit")]
    [InlineData("""{ keyPersons { candidates } }""", "needs a jurisdiction, a round, or both")]
    public async Task Analyses_without_a_subject_are_user_errors(string query, string message)
    {
        var (status, body) = await _client.PostGraphQLAsync(query);
        var error = body.GetProperty("errors")[0];

        Assert.Equal(200, status);
        Assert.Contains(message, error.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal("BAD_USER_INPUT", error.GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task A_conflict_check_of_a_fund_is_refused_clearly()
    {
        var (_, body) = await _client.PostGraphQLAsync(
            "query Q($id: ID!) { conflictsOfInterest(person: $id) { notes } }", new { id = Id(NodeLabel.Fund, "fund-s2") });

        Assert.Equal("BAD_USER_INPUT", body.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task The_fund_flow_shows_the_money_passing_through_company_a_to_company_b()
    {
        var (_, body) = await _client.PostGraphQLAsync("""
            query Q($id: ID!) {
              fundFlow(fund: $id, depth: 2) {
                truncated notes
                nodes { depth received paidOut node { id ... on Company { name } } }
                edges { source target depth total firstPaidOn paymentCount from { id } to { ... on Company { name } } payments { amount paidOn voucherNo payment { id } } }
              }
            }
            """, new { id = Id(NodeLabel.Fund, "fund-s2") });
        var flow = body.Data().GetProperty("fundFlow");
        var edges = flow.GetProperty("edges").EnumerateArray().ToList();
        var first = edges.Single(e => e.GetProperty("target").GetString() == Id(NodeLabel.Company, "co-s2a"));
        var onward = edges.Single(e => e.GetProperty("source").GetString() == Id(NodeLabel.Company, "co-s2a") && e.GetProperty("target").GetString() == Id(NodeLabel.Company, "co-s2b"));

        Assert.Equal(1, first.GetProperty("depth").GetInt32());
        Assert.Equal(3_860_000m, decimal.Parse(first.GetProperty("total").GetString()!, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(2, onward.GetProperty("depth").GetInt32());
        Assert.Equal(3_420_000m, decimal.Parse(onward.GetProperty("total").GetString()!, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("城南区丰旺商贸有限公司", onward.GetProperty("to").GetProperty("name").GetString());
        Assert.Contains(onward.GetProperty("payments").EnumerateArray(), p => p.GetProperty("paidOn").GetString() == "2024-05-21");
    }

    [Fact]
    public async Task The_key_person_of_the_county_ranks_with_every_factor_shown()
    {
        var (_, body) = await _client.PostGraphQLAsync("""
            query Q($id: ID!) {
              keyPersons(jurisdiction: $id, top: 5) {
                candidates persistenceCutoff orderingRule
                entries { rank clueCount sourceChannelCount sourceChannels cluesAfterCutoff seriousness politicalAndEconomic
                          politicalProblems economicProblems latestClueOn managementLevel factors
                          person { name } clues { code } post { title unit { name } leadingTeamMember } }
              }
            }
            """, new { id = Id(NodeLabel.Jurisdiction, "jur-431421") });
        var ranking = body.Data().GetProperty("keyPersons");
        var entry = ranking.GetProperty("entries").EnumerateArray().Single(e => e.GetProperty("person").GetProperty("name").GetString() == "王超贵");

        Assert.Equal(1, entry.GetProperty("rank").GetInt32());
        Assert.Equal(6, entry.GetProperty("clueCount").GetInt32());
        Assert.Equal(6, entry.GetProperty("clues").GetArrayLength());
        Assert.Equal(4, entry.GetProperty("sourceChannelCount").GetInt32());
        Assert.True(entry.GetProperty("politicalAndEconomic").GetBoolean());
        Assert.Equal("青山县鸭田镇人民政府", entry.GetProperty("post").GetProperty("unit").GetProperty("name").GetString());
        Assert.NotEmpty(entry.GetProperty("factors").EnumerateArray());
        Assert.False(string.IsNullOrWhiteSpace(ranking.GetProperty("orderingRule").GetString()));
    }

    [Fact]
    public async Task The_clues_query_filters_by_subject_and_pages_by_cursor()
    {
        const string Query = """
            query Q($id: ID!, $after: String) {
              clues(filter: { subjects: [$id] }, first: 4, after: $after) {
                totalCount pageInfo { hasNextPage hasPreviousPage endCursor }
                edges { cursor node { code } subjects { role node { id } } round { name } group { name } }
              }
            }
            """;
        var id = Id(NodeLabel.Person, "per-s3-key");
        var (_, first) = await _client.PostGraphQLAsync(Query, new { id, after = (string?)null });
        var page1 = first.Data().GetProperty("clues");
        var (_, second) = await _client.PostGraphQLAsync(Query, new { id, after = page1.GetProperty("pageInfo").GetProperty("endCursor").GetString() });
        var page2 = second.Data().GetProperty("clues");
        var codes = page1.GetProperty("edges").EnumerateArray().Concat(page2.GetProperty("edges").EnumerateArray())
            .Select(e => e.GetProperty("node").GetProperty("code").GetString()).ToList();

        Assert.Equal(6, page1.GetProperty("totalCount").GetInt32());
        Assert.True(page1.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
        Assert.False(page2.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
        Assert.Equal(6, codes.Distinct().Count());
        Assert.All(page1.GetProperty("edges").EnumerateArray(), e => Assert.Contains(e.GetProperty("subjects").EnumerateArray(), s => s.GetProperty("node").GetProperty("id").GetString() == id));
    }
}
