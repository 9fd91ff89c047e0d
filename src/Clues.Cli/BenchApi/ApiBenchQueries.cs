using System.Text.Json;
using Clues.Api.Resolvers;
using Clues.Core.Graph;

namespace Clues.Cli.BenchApi;

/// <summary>
/// The requests the bench sends. They start from the seed's scenario nodes, whose ids are the same in every preset
/// and seed, so the bench runs on any seeded store; ids are encoded by the API's own global-id encoder.
/// </summary>
internal static class ApiBenchQueries
{
    /// <summary>Scenario persons spread over the city and two counties, so neighbourhoods differ in shape.</summary>
    private static readonly string[] Persons = ["per-s1-cadre", "per-s2-head", "per-s3-key", "per-s4-shared", "per-s1-spouse", "per-s2-son"];

    /// <summary>Pairs in different units or counties, so paths cross the social web rather than one family.</summary>
    private static readonly (string From, string To)[] Pairs =
    [
        ("per-s1-cadre", "per-s3-key"),
        ("per-s2-head", "per-s4-shared"),
        ("per-s1-inlaw", "per-s2-son"),
        ("per-s3-spouse", "per-s1-cadre"),
    ];

    private const string NeighborhoodQuery =
        "query Neighborhood($id: ID!) { neighborhood(id: $id, depth: 2, limit: 200) { totalReachable omittedNodes " +
        "nodes { depth degree node { id __typename ... on Person { name } ... on Unit { name } ... on Company { name } } } " +
        "edges { id type source target validFrom validTo } } }";

    private const string ShortestPathQuery =
        "query Path($from: ID!, $to: ID!) { paths(from: $from, to: $to, maxHops: 6) { truncated " +
        "paths { length nodes { id __typename ... on Person { name } ... on Unit { name } } edges { type source target } } } }";

    private const string KeyPersonsQuery =
        "query KeyPersons($county: ID!) { keyPersons(jurisdiction: $county, top: 10) { candidates " +
        "entries { rank clueCount sourceChannelCount seriousness factors person { id name managementLevel } } } }";

    private const string SearchQuery =
        "query Search($text: String!) { search(text: $text, first: 10) { rank node { id __typename ... on Person { name } ... on Unit { name } } } }";

    private const string ConflictsQuery =
        "query Conflicts($cadre: ID!) { conflictsOfInterest(person: $cadre) { hits { kind relation explanation relative { name } company { name } unit { name } } notes } }";

    private const string FundFlowQuery =
        "query Funds($fund: ID!) { fundFlow(fund: $fund, depth: 3) { truncated nodes { depth received paidOut node { id } } edges { source target total paymentCount } } }";

    /// <summary>2-hop neighbourhoods, one per scenario person.</summary>
    public static IReadOnlyList<ApiBenchRequest> Neighborhoods() =>
        Persons.Select(p => Request("neighborhood", NeighborhoodQuery, new { id = Person(p) })).ToList();

    /// <summary>Shortest paths between scenario persons.</summary>
    public static IReadOnlyList<ApiBenchRequest> ShortestPaths() =>
        Pairs.Select(p => Request("paths", ShortestPathQuery, new { from = Person(p.From), to = Person(p.To) })).ToList();

    /// <summary>The key-person ranking of 青山县 (431421), the county of scenario 3 in every preset.</summary>
    public static IReadOnlyList<ApiBenchRequest> KeyPersons() =>
        [Request("keyPersons", KeyPersonsQuery, new { county = GlobalId.Encode(NodeLabel.Jurisdiction, "jur-431421") })];

    /// <summary>
    /// What an analyst session sends, in proportion: mostly neighbourhoods and paths (drawing and following the
    /// graph), some searches, one conflict check and one fund trace. Key-person rankings are left out: they are a
    /// report asked for now and then, measured on their own above, and at ~100× the cost of a neighbourhood one in
    /// the mix would decide the whole figure.
    /// </summary>
    public static IReadOnlyList<ApiBenchRequest> Mix()
    {
        var mix = new List<ApiBenchRequest>();
        mix.AddRange(Neighborhoods());
        mix.AddRange(ShortestPaths());
        mix.Add(Request("search", SearchQuery, new { text = "王" }));
        mix.Add(Request("search", SearchQuery, new { text = "李明" }));
        mix.Add(Request("conflictsOfInterest", ConflictsQuery, new { cadre = Person("per-s1-cadre") }));
        mix.Add(Request("fundFlow", FundFlowQuery, new { fund = GlobalId.Encode(NodeLabel.Fund, "fund-s2") }));
        return mix;
    }

    private static string Person(string storeId) => GlobalId.Encode(NodeLabel.Person, storeId);

    private static ApiBenchRequest Request(string field, string query, object variables) =>
        new(field, JsonSerializer.Serialize(new { query, variables }));
}
