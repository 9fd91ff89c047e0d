using Microsoft.Extensions.Caching.Distributed;

namespace Clues.Api.Tests.Caching;

/// <summary>A distributed cache that passes everything to another and records the keys written, in order.</summary>
internal sealed class RecordingDistributedCache(IDistributedCache inner) : IDistributedCache
{
    private readonly List<string> _keysSet = [];

    public IReadOnlyList<string> KeysSet
    {
        get
        {
            lock (_keysSet)
            {
                return [.. _keysSet];
            }
        }
    }

    public byte[]? Get(string key) => inner.Get(key);

    public Task<byte[]?> GetAsync(string key, CancellationToken token = default) => inner.GetAsync(key, token);

    public void Set(string key, byte[] value, DistributedCacheEntryOptions options)
    {
        Record(key);
        inner.Set(key, value, options);
    }

    public Task SetAsync(string key, byte[] value, DistributedCacheEntryOptions options, CancellationToken token = default)
    {
        Record(key);
        return inner.SetAsync(key, value, options, token);
    }

    public void Refresh(string key) => inner.Refresh(key);

    public Task RefreshAsync(string key, CancellationToken token = default) => inner.RefreshAsync(key, token);

    public void Remove(string key) => inner.Remove(key);

    public Task RemoveAsync(string key, CancellationToken token = default) => inner.RemoveAsync(key, token);

    private void Record(string key)
    {
        lock (_keysSet)
        {
            _keysSet.Add(key);
        }
    }
}
