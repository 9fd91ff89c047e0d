using Clues.Redis.Caching;
using Clues.Redis.Client;
using Clues.Redis.Configuration;

namespace Clues.Redis.Tests.Infrastructure;

internal static class TestClients
{
    /// <summary>A client for <paramref name="server"/>; <paramref name="options"/> is appended to the endpoint
    /// (",password=...").</summary>
    public static RedisClient For(RedisServer server, string options = "") =>
        new(RedisConfigurationParser.Parse(server.Endpoint + options));

    public static RedisDistributedCache Cache(RedisClient client, string instanceName = "") =>
        new(client, new RedisCacheOptions(instanceName), TimeProvider.System);

    /// <summary>Polls until <paramref name="condition"/> holds. A bound against hangs, not a timing assertion.</summary>
    public static async Task Eventually(Func<Task<bool>> condition, string what, int seconds = 30)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (DateTime.UtcNow < deadline)
        {
            if (await condition())
            {
                return;
            }

            await Task.Delay(50);
        }

        Assert.Fail($"Gave up after {seconds} s waiting until {what}.");
    }
}
