namespace Clues.Redis.Caching;

/// <summary>The on-server layout of Microsoft.Extensions.Caching.StackExchangeRedis, which we keep so its tooling and a
/// later switch to that package read our entries: one hash per key with these three fields, expirations as .NET ticks
/// in decimal text, <see cref="NotPresent"/> when unset, and the key's TTL set to when the entry should vanish.</summary>
internal static class RedisCacheEntryLayout
{
    public const string AbsoluteExpirationField = "absexp";
    public const string SlidingExpirationField = "sldexp";
    public const string DataField = "data";
    public const long NotPresent = -1;
}
