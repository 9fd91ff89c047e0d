using Clues.Redis.Client;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Clues.Redis.Caching;

/// <summary>Reports the Redis cache: Healthy with the PING time, or Degraded while Redis is unreachable, since the
/// service still answers (from the store, only slower) and must not be taken out of rotation for it.</summary>
internal sealed class RedisHealthCheck(RedisClient client) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var roundTrip = await client.PingAsync(cancellationToken).ConfigureAwait(false);
            return HealthCheckResult.Healthy($"Redis {client.Describe()}; PING {roundTrip.TotalMilliseconds:0.0} ms.");
        }
        catch (RedisException e)
        {
            return HealthCheckResult.Degraded($"Redis cache unavailable, answers come from the store: {e.Message}", e);
        }
    }
}
