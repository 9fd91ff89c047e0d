using Clues.Api.Caching;
using Clues.Api.Resolvers;
using Clues.Core.Graph;
using Clues.Redis.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Clues.Api.Tests.Caching;

/// <summary>
/// The API with <c>Redis:Configuration</c> set, against a real redis-server: analysis answers are filed in Redis under
/// the instance name, and while Redis is down the API keeps answering from the store, then caches again once it is back.
/// </summary>
public sealed class RedisAnalysisCacheApiTests : IAsyncLifetime
{
    private const string InstanceName = "clues-api-test:";

    private const string Analyses = """
        query Q($cadre: ID!, $county: ID!) {
          conflictsOfInterest(person: $cadre) { hits { kind relation path { length } } }
          keyPersons(jurisdiction: $county, top: 3) { entries { rank person { id } clueCount } }
        }
        """;

    private static readonly object Variables = new
    {
        cadre = GlobalId.Encode(NodeLabel.Person, "per-s1-cadre"),
        county = GlobalId.Encode(NodeLabel.Jurisdiction, "jur-431421"),
    };

    private RedisServer? _redis;
    private DevelopmentApiFactory? _factory;

    private RedisServer Redis => _redis!;

    private DevelopmentApiFactory Factory => _factory!;

    private AnalysisCache Cache => (AnalysisCache)Factory.Services.GetRequiredService<IAnalysisCache>();

    public async Task InitializeAsync()
    {
        _redis = await RedisServer.StartAsync();
        _factory = new DevelopmentApiFactory();
        _factory.With("Redis:Configuration", $"{_redis.Endpoint},connectTimeout=2000,syncTimeout=2000").With("Redis:InstanceName", InstanceName);
    }

    public async Task DisposeAsync()
    {
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }

        if (_redis is not null)
        {
            await _redis.DisposeAsync();
        }
    }

    [Fact]
    public async Task Analysis_answers_are_filed_in_redis_and_served_from_it_on_repeat()
    {
        var client = Factory.CreateClient();
        var (_, first) = await client.PostGraphQLAsync(Analyses, Variables);
        Assert.False(first.TryGetProperty("errors", out _), first.GetRawText());
        var hits = Cache.Hits;

        var (_, second) = await client.PostGraphQLAsync(Analyses, Variables);

        Assert.Equal(first.GetRawText(), second.GetRawText());
        Assert.True(Cache.Hits >= hits + 2, $"both analyses should be cache hits; hits went {hits} -> {Cache.Hits}");
        var keys = await RedisCli.RunAsync(Redis, 0, "KEYS", InstanceName + "clues:analysis:*");
        Assert.True(keys.Length >= 2, "expected the two analysis entries in Redis, found: " + string.Join(", ", keys));
        var fields = await RedisCli.RunAsync(Redis, 0, "HKEYS", keys[0]);
        Assert.Equal(["absexp", "data", "sldexp"], fields.Order(StringComparer.Ordinal).ToArray());
    }

    [Fact]
    public async Task While_redis_is_down_answers_come_from_the_store_and_caching_resumes_when_it_is_back()
    {
        var client = Factory.CreateClient();
        var (_, before) = await client.PostGraphQLAsync(Analyses, Variables);
        Assert.False(before.TryGetProperty("errors", out _), before.GetRawText());

        await Redis.KillAsync();
        for (var i = 0; i < 3; i++)
        {
            var (status, during) = await client.PostGraphQLAsync(Analyses, Variables);
            Assert.Equal(200, status);
            Assert.Equal(before.GetRawText(), during.GetRawText());
        }

        await Redis.StartAgainAsync();

        // The client reconnects in the background (backoff up to 5 s); the first answer filed after that is a hit next time.
        var deadline = DateTime.UtcNow.AddSeconds(30);
        string[] keys = [];
        while (DateTime.UtcNow < deadline && keys.Length == 0)
        {
            var (_, after) = await client.PostGraphQLAsync(Analyses, Variables);
            Assert.Equal(before.GetRawText(), after.GetRawText());
            keys = await RedisCli.RunAsync(Redis, 0, "KEYS", InstanceName + "clues:analysis:*");
            if (keys.Length == 0)
            {
                await Task.Delay(250);
            }
        }

        Assert.NotEmpty(keys);
    }
}
