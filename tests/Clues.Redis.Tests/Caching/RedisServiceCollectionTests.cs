using Clues.Redis.Caching;
using Clues.Redis.Tests.Infrastructure;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Clues.Redis.Tests.Caching;

public sealed class RedisServiceCollectionTests(RedisServerFixture fixture) : IClassFixture<RedisServerFixture>
{
    [Fact]
    public void Without_redis_configuration_the_in_memory_cache_stays_the_default()
    {
        using var provider = Build(new Dictionary<string, string?>(), redisFirst: true);
        Assert.IsNotType<RedisDistributedCache>(provider.GetRequiredService<IDistributedCache>());
        Assert.IsType<MemoryDistributedCache>(provider.GetRequiredService<IDistributedCache>());
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task With_redis_configuration_the_cache_is_redis_whichever_is_registered_first(bool redisFirst)
    {
        await using var provider = Build(new Dictionary<string, string?>
        {
            ["Redis:Configuration"] = fixture.Server.Endpoint + ",connectTimeout=3000",
            ["Redis:InstanceName"] = "di-app:",
        }, redisFirst);

        var cache = Assert.IsType<RedisDistributedCache>(provider.GetRequiredService<IDistributedCache>());
        await cache.SetAsync("entry", [3], new DistributedCacheEntryOptions());
        Assert.Equal(["\u0003"], await RedisCli.RunAsync(fixture.Server, 0, "HGET", "di-app:entry", "data"));

        var report = await provider.GetRequiredService<HealthCheckService>().CheckHealthAsync();
        Assert.Equal(HealthStatus.Healthy, report.Entries["redis"].Status);
    }

    [Fact]
    public async Task The_health_check_reports_degraded_not_unhealthy_while_redis_is_down()
    {
        await using var server = await RedisServer.StartAsync();
        await server.KillAsync();
        await using var provider = Build(new Dictionary<string, string?> { ["Redis:Configuration"] = server.Endpoint }, redisFirst: true);

        var report = await provider.GetRequiredService<HealthCheckService>().CheckHealthAsync();
        Assert.Equal(HealthStatus.Degraded, report.Entries["redis"].Status);
        Assert.Contains(server.Endpoint, report.Entries["redis"].Description, StringComparison.Ordinal);
    }

    [Fact]
    public void A_malformed_configuration_stops_registration_with_a_message_naming_the_option()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Redis:Configuration"] = "localhost:6379,pasword=x" })
            .Build();
        var error = Assert.Throws<InvalidOperationException>(() => new ServiceCollection().AddCluesRedisCache(configuration));
        Assert.Contains("'pasword' is not supported", error.Message, StringComparison.Ordinal);
    }

    private static ServiceProvider Build(Dictionary<string, string?> settings, bool redisFirst)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection().AddLogging();
        if (redisFirst)
        {
            services.AddCluesRedisCache(configuration).AddDistributedMemoryCache();
        }
        else
        {
            services.AddDistributedMemoryCache().AddCluesRedisCache(configuration);
        }

        return services.BuildServiceProvider();
    }
}
