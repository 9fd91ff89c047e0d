using Clues.Redis.Client;
using Clues.Redis.Protocol;
using Microsoft.Extensions.Caching.Distributed;
using static Clues.Redis.Caching.RedisCacheEntryLayout;

namespace Clues.Redis.Caching;

/// <summary><see cref="IDistributedCache"/> over our own Redis client, storing entries in the layout of Microsoft's
/// RedisCache (see <see cref="RedisCacheEntryLayout"/>): set writes the hash and its TTL in one MULTI/EXEC, get reads
/// the hash and pushes the TTL out again when the entry has a sliding expiration.</summary>
internal sealed class RedisDistributedCache(RedisClient client, RedisCacheOptions options, TimeProvider time) : IDistributedCache
{
    // The interface also has synchronous members. A multiplexed connection can only answer them by waiting for the
    // shared reader loop, which is what every multiplexing client does; the wait is bounded by the command timeout.
    public byte[]? Get(string key) => GetAsync(key).GetAwaiter().GetResult();

    public void Set(string key, byte[] value, DistributedCacheEntryOptions options) =>
        SetAsync(key, value, options).GetAwaiter().GetResult();

    public void Refresh(string key) => RefreshAsync(key).GetAwaiter().GetResult();

    public void Remove(string key) => RemoveAsync(key).GetAwaiter().GetResult();

    public async Task<byte[]?> GetAsync(string key, CancellationToken token = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        var fullKey = FullKey(key);
        var reply = await client.ExecuteAsync(
            new RedisCommand("HMGET").Add(fullKey).Add(AbsoluteExpirationField).Add(SlidingExpirationField).Add(DataField), token)
            .ConfigureAwait(false);
        var fields = reply.Items ?? throw UnexpectedReply("HMGET", reply);
        var data = fields.Count == 3 ? fields[2].Bytes : null;
        if (data is null)
        {
            return null;
        }

        var absolute = ReadTicks(fields[0]);
        if (absolute != NotPresent && absolute <= time.GetUtcNow().UtcTicks)
        {
            return null; // past its absolute expiration; Redis will drop it within the second
        }

        await ExtendAsync(fullKey, absolute, ReadTicks(fields[1]), token).ConfigureAwait(false);
        return data;
    }

    public async Task RefreshAsync(string key, CancellationToken token = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        var fullKey = FullKey(key);
        var reply = await client.ExecuteAsync(
            new RedisCommand("HMGET").Add(fullKey).Add(AbsoluteExpirationField).Add(SlidingExpirationField), token).ConfigureAwait(false);
        var fields = reply.Items ?? throw UnexpectedReply("HMGET", reply);
        if (fields.Count == 2)
        {
            await ExtendAsync(fullKey, ReadTicks(fields[0]), ReadTicks(fields[1]), token).ConfigureAwait(false);
        }
    }

    public async Task SetAsync(string key, byte[] value, DistributedCacheEntryOptions options, CancellationToken token = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(value);
        ArgumentNullException.ThrowIfNull(options);
        var now = time.GetUtcNow();
        var absolute = options.AbsoluteExpirationRelativeToNow is { } relative ? now + relative : options.AbsoluteExpiration;
        if (absolute is { } at && at <= now)
        {
            throw new ArgumentOutOfRangeException(nameof(options), at, "The absolute expiration value must be in the future.");
        }

        var sliding = options.SlidingExpiration;
        var fullKey = FullKey(key);

        // UtcTicks, not Ticks: readers (ours and Microsoft's) take the number as UTC, so an expiration given in +08:00
        // must not land eight hours late.
        var hset = new RedisCommand("HSET").Add(fullKey)
            .Add(AbsoluteExpirationField).Add(absolute?.UtcTicks ?? NotPresent)
            .Add(SlidingExpirationField).Add(sliding?.Ticks ?? NotPresent)
            .Add(DataField).Add(value);
        var lifetime = Lifetime(absolute, sliding, now);

        // PERSIST when there is no expiry: re-setting a key must not keep the TTL of its previous value.
        var expire = lifetime is { } ttl
            ? new RedisCommand("PEXPIRE").Add(fullKey).Add(Milliseconds(ttl))
            : new RedisCommand("PERSIST").Add(fullKey);
        var replies = await client.ExecuteBatchAsync([new RedisCommand("MULTI"), hset, expire, new RedisCommand("EXEC")], token)
            .ConfigureAwait(false);
        var exec = replies[^1];
        var failed = replies.FirstOrDefault(r => r.IsError) ?? exec.Items?.FirstOrDefault(r => r.IsError);
        if (failed is not null || exec.Items is null)
        {
            throw new RedisException(RedisFailure.ServerError,
                $"Redis at {client.Options.Endpoint} did not store cache entry '{fullKey}': {failed?.AsString() ?? "the transaction was aborted"}.");
        }
    }

    public async Task RemoveAsync(string key, CancellationToken token = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        await client.ExecuteAsync(new RedisCommand("DEL").Add(FullKey(key)), token).ConfigureAwait(false);
    }

    private string FullKey(string key) => options.InstanceName + key;

    /// <summary>Sliding refresh: the key lives another sliding window, but never past its absolute expiration.</summary>
    private async Task ExtendAsync(string fullKey, long absoluteTicks, long slidingTicks, CancellationToken token)
    {
        if (slidingTicks == NotPresent)
        {
            return;
        }

        var now = time.GetUtcNow();
        DateTimeOffset? absolute = absoluteTicks == NotPresent ? null : new DateTimeOffset(absoluteTicks, TimeSpan.Zero);
        if (Lifetime(absolute, TimeSpan.FromTicks(slidingTicks), now) is { } ttl)
        {
            await client.ExecuteAsync(new RedisCommand("PEXPIRE").Add(fullKey).Add(Milliseconds(ttl)), token).ConfigureAwait(false);
        }
    }

    private static TimeSpan? Lifetime(DateTimeOffset? absolute, TimeSpan? sliding, DateTimeOffset now)
    {
        TimeSpan? untilAbsolute = absolute is { } at ? at - now : null;
        return (untilAbsolute, sliding) switch
        {
            ({ } a, { } s) => a < s ? a : s,
            ({ } a, null) => a,
            (null, { } s) => s,
            _ => null,
        };
    }

    // Rounded up and at least 1 ms: PEXPIRE 0 would delete the key outright.
    private static long Milliseconds(TimeSpan ttl) => Math.Max(1, (long)Math.Ceiling(ttl.TotalMilliseconds));

    private static long ReadTicks(RespValue field) => field.IsNull ? NotPresent : field.AsInt64();

    private RedisException UnexpectedReply(string command, RespValue reply) => new(RedisFailure.Protocol,
        $"Redis at {client.Options.Endpoint} answered {command} with {reply} instead of an array.");
}
