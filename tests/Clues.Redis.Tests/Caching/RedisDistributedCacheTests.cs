using System.Globalization;
using System.Text;
using Clues.Redis.Client;
using Clues.Redis.Protocol;
using Clues.Redis.Tests.Infrastructure;
using Microsoft.Extensions.Caching.Distributed;

namespace Clues.Redis.Tests.Caching;

public sealed class RedisDistributedCacheTests(RedisServerFixture fixture) : IClassFixture<RedisServerFixture>, IAsyncDisposable
{
    private readonly RedisClient _client = TestClients.For(fixture.Server);

    private RedisServer Server => fixture.Server;

    public ValueTask DisposeAsync() => _client.DisposeAsync();

    [Fact]
    public async Task Set_then_get_returns_the_bytes_and_remove_deletes_them()
    {
        var cache = TestClients.Cache(_client, "basic:");
        var value = Encoding.UTF8.GetBytes("线索 #1");
        await cache.SetAsync("entry", value, new DistributedCacheEntryOptions());

        Assert.Equal(value, await cache.GetAsync("entry"));
        await cache.RemoveAsync("entry");
        Assert.Null(await cache.GetAsync("entry"));
        Assert.Equal(0, (await _client.ExecuteAsync(new RedisCommand("EXISTS").Add("basic:entry"))).AsInt64());
    }

    [Fact]
    public async Task A_missing_key_reads_as_null_and_refreshing_it_is_harmless()
    {
        var cache = TestClients.Cache(_client);
        Assert.Null(await cache.GetAsync("missing:never-set"));
        await cache.RefreshAsync("missing:never-set");
        Assert.Equal(0, (await _client.ExecuteAsync(new RedisCommand("EXISTS").Add("missing:never-set"))).AsInt64());
    }

    [Fact]
    public async Task Entries_have_exactly_the_layout_of_microsofts_redis_cache_as_redis_cli_sees_it()
    {
        var cache = TestClients.Cache(_client, "layout-app:");
        var before = DateTimeOffset.UtcNow;
        await cache.SetAsync("clue", Encoding.UTF8.GetBytes("payload"), new DistributedCacheEntryOptions
        {
            AbsoluteExpirationRelativeToNow = TimeSpan.FromMinutes(10),
            SlidingExpiration = TimeSpan.FromMinutes(2),
        });
        var after = DateTimeOffset.UtcNow;

        Assert.Equal(["hash"], await RedisCli.RunAsync(Server, 0, "TYPE", "layout-app:clue"));
        var fields = Pairs(await RedisCli.RunAsync(Server, 0, "HGETALL", "layout-app:clue"));
        Assert.Equal(["absexp", "data", "sldexp"], fields.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("payload", fields["data"]);
        Assert.Equal(TimeSpan.FromMinutes(2).Ticks, long.Parse(fields["sldexp"], CultureInfo.InvariantCulture));
        var absolute = long.Parse(fields["absexp"], CultureInfo.InvariantCulture);
        Assert.InRange(absolute, (before + TimeSpan.FromMinutes(10)).UtcTicks, (after + TimeSpan.FromMinutes(10)).UtcTicks);

        // TTL is the smaller of the sliding window and the time left until the absolute expiration.
        var ttl = long.Parse((await RedisCli.RunAsync(Server, 0, "TTL", "layout-app:clue")).Single(), CultureInfo.InvariantCulture);
        Assert.InRange(ttl, 110, 120);
    }

    [Fact]
    public async Task An_entry_without_expirations_stores_minus_one_and_has_no_ttl_even_if_the_old_value_had_one()
    {
        var cache = TestClients.Cache(_client, "layout-app:");
        await cache.SetAsync("forever", [1], new DistributedCacheEntryOptions { AbsoluteExpirationRelativeToNow = TimeSpan.FromMinutes(5) });
        await cache.SetAsync("forever", [2], new DistributedCacheEntryOptions());

        var fields = Pairs(await RedisCli.RunAsync(Server, 0, "HGETALL", "layout-app:forever"));
        Assert.Equal("-1", fields["absexp"]);
        Assert.Equal("-1", fields["sldexp"]);
        Assert.Equal(["-1"], await RedisCli.RunAsync(Server, 0, "TTL", "layout-app:forever"));
        Assert.Equal(new byte[] { 2 }, await cache.GetAsync("forever"));
    }

    [Fact]
    public async Task Binary_data_is_stored_byte_for_byte_in_the_data_field()
    {
        var cache = TestClients.Cache(_client);
        var value = new byte[4096];
        new Random(11).NextBytes(value);
        await cache.SetAsync("binary:entry", value, new DistributedCacheEntryOptions { SlidingExpiration = TimeSpan.FromMinutes(1) });

        var hash = await _client.ExecuteAsync(new RedisCommand("HGETALL").Add("binary:entry"));
        var items = hash.Items!;
        Assert.Equal(6, items.Count);
        var byField = Enumerable.Range(0, 3).ToDictionary(i => items[2 * i].AsString()!, i => items[2 * i + 1]);
        Assert.Equal(value, byField["data"].Bytes);
        Assert.Equal("-1", byField["absexp"].AsString());
    }

    [Fact]
    public async Task An_entry_with_a_short_absolute_expiration_is_gone_from_redis_after_it()
    {
        var cache = TestClients.Cache(_client, "expiry:");
        await cache.SetAsync("short", [7], new DistributedCacheEntryOptions { AbsoluteExpirationRelativeToNow = TimeSpan.FromSeconds(2) });
        Assert.Equal(new byte[] { 7 }, await cache.GetAsync("short"));
        Assert.InRange((await _client.ExecuteAsync(new RedisCommand("PTTL").Add("expiry:short"))).AsInt64(), 1, 2000);

        await Task.Delay(TimeSpan.FromSeconds(3));

        Assert.Null(await cache.GetAsync("short"));
        Assert.Equal(0, (await _client.ExecuteAsync(new RedisCommand("EXISTS").Add("expiry:short"))).AsInt64());
    }

    [Fact]
    public async Task Get_and_refresh_push_a_sliding_expiration_out_again()
    {
        var cache = TestClients.Cache(_client, "sliding:");
        await cache.SetAsync("entry", [1], new DistributedCacheEntryOptions { SlidingExpiration = TimeSpan.FromSeconds(30) });
        await Task.Delay(TimeSpan.FromSeconds(1.2));
        Assert.True(await PttlAsync("sliding:entry") < 29_000, "the TTL should have run down before the read");

        Assert.NotNull(await cache.GetAsync("entry"));
        Assert.True(await PttlAsync("sliding:entry") > 29_500, "GetAsync should restart the sliding window");

        await Task.Delay(TimeSpan.FromSeconds(1.2));
        await cache.RefreshAsync("entry");
        Assert.True(await PttlAsync("sliding:entry") > 29_500, "RefreshAsync should restart the sliding window");
    }

    [Fact]
    public async Task A_sliding_refresh_never_extends_an_entry_past_its_absolute_expiration()
    {
        var cache = TestClients.Cache(_client, "sliding:");
        await cache.SetAsync("capped", [1], new DistributedCacheEntryOptions
        {
            SlidingExpiration = TimeSpan.FromMinutes(10),
            AbsoluteExpirationRelativeToNow = TimeSpan.FromSeconds(20),
        });
        Assert.InRange(await PttlAsync("sliding:capped"), 1, 20_000);
        Assert.NotNull(await cache.GetAsync("capped"));
        Assert.InRange(await PttlAsync("sliding:capped"), 1, 20_000);
    }

    [Fact]
    public async Task An_absolute_expiration_in_the_past_is_refused()
    {
        var cache = TestClients.Cache(_client);
        var error = await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => cache.SetAsync("past", [1],
            new DistributedCacheEntryOptions { AbsoluteExpiration = DateTimeOffset.UtcNow.AddMinutes(-1) }));
        Assert.Contains("must be in the future", error.Message, StringComparison.Ordinal);
        Assert.Null(await cache.GetAsync("past"));
    }

    [Fact]
    public async Task An_absolute_expiration_given_in_china_time_is_stored_as_utc_ticks()
    {
        var cache = TestClients.Cache(_client);
        var at = new DateTimeOffset(DateTime.UtcNow.AddMinutes(30).Ticks, TimeSpan.Zero).ToOffset(TimeSpan.FromHours(8));
        await cache.SetAsync("offset:entry", [1], new DistributedCacheEntryOptions { AbsoluteExpiration = at });
        var stored = (await _client.ExecuteAsync(new RedisCommand("HGET").Add("offset:entry").Add("absexp"))).AsInt64();
        Assert.Equal(at.UtcTicks, stored);
        Assert.InRange(await PttlAsync("offset:entry"), 29 * 60_000, 30 * 60_000);
    }

    [Fact]
    public async Task A_five_megabyte_value_round_trips_intact()
    {
        var cache = TestClients.Cache(_client);
        var value = new byte[5 * 1024 * 1024];
        new Random(5).NextBytes(value);
        await cache.SetAsync("large:five-mb", value, new DistributedCacheEntryOptions());

        var small = cache.GetAsync("large:absent");
        Assert.Equal(value, await cache.GetAsync("large:five-mb"));
        Assert.Null(await small);
        Assert.Equal(value.Length, (await _client.ExecuteAsync(new RedisCommand("HSTRLEN").Add("large:five-mb").Add("data"))).AsInt64());
    }

    [Fact]
    public async Task Two_hundred_concurrent_cache_callers_each_read_what_they_wrote()
    {
        var cache = TestClients.Cache(_client, "many:");
        var results = await Task.WhenAll(Enumerable.Range(0, 200).Select(async i =>
        {
            var value = Encoding.UTF8.GetBytes($"value-{i}-" + new string('v', i * 10));
            await cache.SetAsync($"k{i}", value, new DistributedCacheEntryOptions { SlidingExpiration = TimeSpan.FromMinutes(1) });
            var read = await cache.GetAsync($"k{i}");
            await cache.RefreshAsync($"k{i}");
            return read is not null && read.AsSpan().SequenceEqual(value);
        }));
        Assert.DoesNotContain(false, results);
    }

    [Fact]
    public async Task The_synchronous_members_work_too()
    {
        var cache = TestClients.Cache(_client, "sync:");
        cache.Set("entry", [4, 2], new DistributedCacheEntryOptions { SlidingExpiration = TimeSpan.FromMinutes(1) });
        Assert.Equal(new byte[] { 4, 2 }, cache.Get("entry"));
        cache.Refresh("entry");
        cache.Remove("entry");
        Assert.Null(cache.Get("entry"));
        await Task.CompletedTask;
    }

    [Fact]
    public async Task An_entry_written_by_other_tooling_in_the_same_layout_is_read_and_its_sliding_window_applied()
    {
        var sliding = TimeSpan.FromSeconds(40).Ticks.ToString(CultureInfo.InvariantCulture);
        await RedisCli.RunAsync(Server, 0, "HSET", "foreign:entry", "absexp", "-1", "sldexp", sliding, "data", "from-elsewhere");
        Assert.Equal(["-1"], await RedisCli.RunAsync(Server, 0, "TTL", "foreign:entry"));

        var cache = TestClients.Cache(_client, "foreign:");
        Assert.Equal("from-elsewhere", Encoding.UTF8.GetString((await cache.GetAsync("entry"))!));
        Assert.InRange(await PttlAsync("foreign:entry"), 39_000, 40_000);
    }

    private async Task<long> PttlAsync(string key) => (await _client.ExecuteAsync(new RedisCommand("PTTL").Add(key))).AsInt64();

    private static Dictionary<string, string> Pairs(string[] lines)
    {
        Assert.True(lines.Length % 2 == 0, $"HGETALL printed an odd number of lines: {string.Join(" | ", lines)}");
        return Enumerable.Range(0, lines.Length / 2).ToDictionary(i => lines[2 * i], i => lines[2 * i + 1]);
    }
}
