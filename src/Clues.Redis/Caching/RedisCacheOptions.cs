namespace Clues.Redis.Caching;

/// <summary>Cache settings beyond the connection.</summary>
/// <param name="InstanceName">Prefix put before every key (<c>Redis:InstanceName</c>), exactly as Microsoft's
/// RedisCache does, so several applications can share one database.</param>
internal sealed record RedisCacheOptions(string InstanceName);
