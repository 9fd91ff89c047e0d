using Clues.Redis.Caching;
using Clues.Redis.Client;
using Clues.Redis.Configuration;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;

namespace Clues.Redis;

/// <summary>Registers the Redis-backed <see cref="IDistributedCache"/> when configuration asks for it.</summary>
public static class RedisServiceCollectionExtensions
{
    /// <summary>Configuration key of the StackExchange-style connection string, e.g.
    /// <c>127.0.0.1:6379,password=...,user=...,ssl=false,connectTimeout=5000,asyncTimeout=5000,defaultDatabase=0</c>.</summary>
    public const string ConfigurationKey = "Redis:Configuration";

    /// <summary>Configuration key of the prefix put before every cache key (default empty, as in Microsoft's RedisCache).</summary>
    public const string InstanceNameKey = "Redis:InstanceName";

    /// <summary>
    /// When <c>Redis:Configuration</c> is set, registers <see cref="IDistributedCache"/> on Redis (replacing any
    /// in-memory cache registered before, and winning over one added later with TryAdd) and a health check named
    /// <c>redis</c> that reports Degraded while Redis is down. When it is not set, registers nothing, so the in-memory
    /// cache stays the default. The connection string is validated here, so a bad one stops the host at start.
    /// </summary>
    /// <param name="services">The application's services.</param>
    /// <param name="configuration">Configuration holding the <c>Redis</c> section.</param>
    /// <returns>The same services, for chaining.</returns>
    /// <exception cref="InvalidOperationException"><c>Redis:Configuration</c> is malformed; the message names the part.</exception>
    public static IServiceCollection AddCluesRedisCache(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        var connectionString = configuration[ConfigurationKey];
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            return services;
        }

        var connection = RedisConfigurationParser.Parse(connectionString);
        var cacheOptions = new RedisCacheOptions(configuration[InstanceNameKey] ?? "");
        services.AddSingleton(sp => new RedisClient(connection, sp.GetService<ILogger<RedisClient>>()));
        services.Replace(ServiceDescriptor.Singleton<IDistributedCache>(sp => new RedisDistributedCache(
            sp.GetRequiredService<RedisClient>(), cacheOptions, sp.GetService<TimeProvider>() ?? TimeProvider.System)));
        services.AddHealthChecks().AddCheck<RedisHealthCheck>("redis", tags: ["redis", "cache"]);
        return services;
    }
}
