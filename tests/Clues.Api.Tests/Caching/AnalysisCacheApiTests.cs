using System.Text.Json.Nodes;
using Clues.Api.Caching;
using Clues.Api.Resolvers;
using Clues.Core.Graph;
using Microsoft.Extensions.DependencyInjection;

namespace Clues.Api.Tests.Caching;

/// <summary>
/// The analyses as the API serves them: a repeated request is answered from the cache with the same
/// response, and any committed write (seen through the store gate's data version) makes the next one compute.
/// </summary>
public sealed class AnalysisCacheApiTests(DevelopmentApiFactory factory) : IClassFixture<DevelopmentApiFactory>
{
    private const string Analyses = """
        query Q($cadre: ID!, $fund: ID!, $county: ID!) {
          conflictsOfInterest(person: $cadre) { hits { kind relation explanation path { length nodes { id } } contract { amount signedOn } } }
          fundFlow(fund: $fund, depth: 2) { truncated edges { from { id } to { id } total paymentCount } }
          keyPersons(jurisdiction: $county, top: 3) { entries { rank person { id } clueCount sourceChannelCount factors } }
        }
        """;

    private readonly HttpClient _client = factory.CreateClient();

    private static object Variables => new
    {
        cadre = GlobalId.Encode(NodeLabel.Person, "per-s1-cadre"),
        fund = GlobalId.Encode(NodeLabel.Fund, "fund-s2"),
        county = GlobalId.Encode(NodeLabel.Jurisdiction, "jur-431421"),
    };

    private AnalysisCache Cache => (AnalysisCache)factory.Services.GetRequiredService<IAnalysisCache>();

    [Fact]
    public async Task A_repeated_analysis_request_is_served_from_the_cache_with_the_same_answer()
    {
        var (_, first) = await _client.PostGraphQLAsync(Analyses, Variables);
        Assert.False(first.TryGetProperty("errors", out _), first.GetRawText());
        var hits = Cache.Hits;

        var (_, second) = await _client.PostGraphQLAsync(Analyses, Variables);

        Assert.Equal(hits + 3, Cache.Hits);
        Assert.Equal(first.GetRawText(), second.GetRawText());
        Assert.NotEmpty(second.GetProperty("data").GetProperty("conflictsOfInterest").GetProperty("hits").EnumerateArray());
    }

    [Fact]
    public async Task A_write_makes_the_next_analysis_request_compute_again()
    {
        await _client.PostGraphQLAsync(Analyses, Variables);
        var store = factory.Services.GetRequiredService<IGraphStore>();
        await store.WriteAsync(new GraphBatch
        {
            Nodes = [new NodeRecord("per-cache-probe-" + Guid.NewGuid().ToString("N")[..8], NodeLabel.Person, "缓存探针", null, new JsonObject())],
        });
        var misses = Cache.Misses;

        var (_, after) = await _client.PostGraphQLAsync(Analyses, Variables);

        Assert.False(after.TryGetProperty("errors", out _), after.GetRawText());
        Assert.Equal(misses + 3, Cache.Misses);
    }
}
