using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Clues.Core.Graph;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Options;

namespace Clues.Api.Caching;

/// <summary>
/// <see cref="IAnalysisCache"/> over <see cref="IDistributedCache"/> (memory by default, Redis when registered). The
/// entry key is <c>epoch:sha256(operation+arguments)</c>, and the entry is the store's data version followed by the
/// answer's JSON:
/// <list type="bullet">
/// <item>the data version is read <em>before</em> the answer is computed, and the store raises it only after a write
/// is visible, so an entry never holds data older than its version; an entry is served only while its version is the
/// store's current one;</item>
/// <item>the version is in the entry, not the key, so a question asked again after a write replaces its one entry
/// instead of leaving one per version behind (under steady writes that was a dead entry per question and write, kept
/// until its time to live ran out);</item>
/// <item>the epoch is new for every process, because the version restarts when the store is opened, and a shared
/// cache (Redis) must not hand a restarted process answers filed under the same numbers before the restart;</item>
/// <item>the hash bounds the key's length whatever the arguments are.</item>
/// </list>
/// When the store has no data version (or a negative one) the cache steps aside rather than risk stale answers.
/// </summary>
internal sealed partial class AnalysisCache(
    IDistributedCache cache,
    IGraphStore store,
    IOptions<AnalysisCacheOptions> options,
    ILogger<AnalysisCache> logger) : IAnalysisCache
{
    private const int VersionBytes = sizeof(long);

    private static readonly JsonSerializerOptions EntryJson = new(JsonSerializerDefaults.General);

    private readonly string _epoch = Guid.NewGuid().ToString("N")[..12];
    private readonly AnalysisCacheOptions _options = options.Value;
    private long _hits;
    private long _misses;

    /// <summary>Answers served from the cache since start.</summary>
    public long Hits => Interlocked.Read(ref _hits);

    /// <summary>Answers computed (cache misses, including when caching stepped aside) since start.</summary>
    public long Misses => Interlocked.Read(ref _misses);

    public async Task<T> GetOrAddAsync<T>(AnalysisCacheKey key, Func<CancellationToken, Task<T>> factory, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(factory);
        // A negative version means the store cannot say yet (e.g. still opening): step aside like a store without one.
        var dataVersion = _options.Enabled && store is IGraphDataVersion versioned ? versioned.DataVersion : -1;
        if (dataVersion < 0)
        {
            Interlocked.Increment(ref _misses);
            return await factory(cancellationToken).ConfigureAwait(false);
        }

        var entryKey = EntryKey(key);
        var cached = await TryGetAsync(entryKey, cancellationToken).ConfigureAwait(false);
        if (cached is not null && VersionOf(cached) == dataVersion && TryRead<T>(cached, entryKey, out var answer))
        {
            Interlocked.Increment(ref _hits);
            return answer;
        }

        Interlocked.Increment(ref _misses);
        var computed = await factory(cancellationToken).ConfigureAwait(false);
        var json = JsonSerializer.SerializeToUtf8Bytes(computed, EntryJson);
        if (json.Length <= _options.MaxEntryBytes)
        {
            var entry = new byte[VersionBytes + json.Length];
            BinaryPrimitives.WriteInt64LittleEndian(entry, dataVersion);
            json.CopyTo(entry.AsSpan(VersionBytes));
            await TrySetAsync(entryKey, entry, cancellationToken).ConfigureAwait(false);
        }

        return computed;
    }

    /// <summary>The key an answer to <paramref name="key"/> is filed under in this process.</summary>
    internal string EntryKey(AnalysisCacheKey key)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key.Text)));
        return $"clues:analysis:{_epoch}:{hash}";
    }

    // An entry too short to hold a version (written by another build) reads as no version: a miss, then replaced.
    private static long VersionOf(byte[] entry) => entry.Length >= VersionBytes ? BinaryPrimitives.ReadInt64LittleEndian(entry) : -1;

    private async Task<byte[]?> TryGetAsync(string entryKey, CancellationToken cancellationToken)
    {
        try
        {
            return await cache.GetAsync(entryKey, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A cache outage (Redis down) must cost speed, not answers.
            LogCacheFailed(logger, e, "read");
            return null;
        }
    }

    private async Task TrySetAsync(string entryKey, byte[] bytes, CancellationToken cancellationToken)
    {
        try
        {
            await cache.SetAsync(entryKey, bytes, new DistributedCacheEntryOptions { AbsoluteExpirationRelativeToNow = _options.TimeToLive }, cancellationToken)
                .ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogCacheFailed(logger, e, "write");
        }
    }

    private bool TryRead<T>(byte[] bytes, string entryKey, out T answer)
    {
        try
        {
            answer = JsonSerializer.Deserialize<T>(bytes.AsSpan(VersionBytes), EntryJson)!;
            return answer is not null;
        }
        catch (JsonException e)
        {
            // An entry written by another build (a shared cache during a rolling deploy) is recomputed and replaced.
            LogUnreadableEntry(logger, e, entryKey);
            answer = default!;
            return false;
        }
    }

    [LoggerMessage(EventId = 4101, Level = LogLevel.Warning, Message = "Analysis cache {Operation} failed; answering without the cache.")]
    private static partial void LogCacheFailed(ILogger logger, Exception exception, string operation);

    [LoggerMessage(EventId = 4102, Level = LogLevel.Information, Message = "Analysis cache entry {EntryKey} could not be read; recomputing it.")]
    private static partial void LogUnreadableEntry(ILogger logger, Exception exception, string entryKey);
}
