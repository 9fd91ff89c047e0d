using System.Collections.Concurrent;
using Clues.Redis.Protocol;
using Clues.Redis.Tests.Infrastructure;
using Microsoft.Extensions.Caching.Distributed;

namespace Clues.Redis.Tests.Client;

/// <summary>Each test owns its server, since it kills it.</summary>
public sealed class RedisRestartTests
{
    private static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Server_killed_mid_test_gives_callers_clear_errors_and_the_client_recovers_when_it_returns()
    {
        await using var server = await RedisServer.StartAsync();
        await using var client = TestClients.For(server, ",connectTimeout=2000,asyncTimeout=2000");
        var cache = TestClients.Cache(client, "restart:");
        await cache.SetAsync("before", [1, 2, 3], new DistributedCacheEntryOptions());

        var successes = 0L;
        var failures = new ConcurrentBag<RedisFailure>();
        var unexpected = new ConcurrentBag<Exception>();
        using var stop = new CancellationTokenSource();
        var workers = Enumerable.Range(0, 40).Select(worker => Task.Run(async () =>
        {
            var round = 0;
            while (!stop.IsCancellationRequested)
            {
                var value = BitConverter.GetBytes(++round);
                try
                {
                    await cache.SetAsync($"worker:{worker}", value, new DistributedCacheEntryOptions()).WaitAsync(HangGuard);
                    var read = await cache.GetAsync($"worker:{worker}").WaitAsync(HangGuard);
                    if (read is not null && !read.AsSpan().SequenceEqual(value))
                    {
                        unexpected.Add(new InvalidOperationException($"worker {worker} read another value than it wrote"));
                    }

                    Interlocked.Increment(ref successes);
                }
                catch (RedisException e)
                {
                    failures.Add(e.Failure);
                    await Task.Delay(10);
                }
                catch (Exception e)
                {
                    unexpected.Add(e);
                }
            }
        })).ToArray();

        await TestClients.Eventually(() => Task.FromResult(Interlocked.Read(ref successes) > 100), "the workers get going");
        await server.KillAsync();
        await TestClients.Eventually(() => Task.FromResult(!client.IsConnected && failures.Count > 40), "callers see the outage");

        var down = await Assert.ThrowsAsync<RedisException>(() => cache.GetAsync("before").WaitAsync(HangGuard));
        Assert.Equal(RedisFailure.Unavailable, down.Failure);
        Assert.Contains(server.Endpoint, down.Message, StringComparison.Ordinal);
        Assert.Contains("reconnects in the background", down.Message, StringComparison.Ordinal);

        await server.StartAgainAsync();
        await TestClients.Eventually(async () =>
        {
            try
            {
                await cache.SetAsync("after", [9], new DistributedCacheEntryOptions());
                return true;
            }
            catch (RedisException)
            {
                return false;
            }
        }, "the client reconnects to the restarted server");

        var successesAfterRestart = Interlocked.Read(ref successes);
        await TestClients.Eventually(() => Task.FromResult(Interlocked.Read(ref successes) > successesAfterRestart + 100), "the workers recover");
        stop.Cancel();
        await Task.WhenAll(workers).WaitAsync(HangGuard);

        Assert.Empty(unexpected);
        Assert.All(failures, f => Assert.Contains(f, new[] { RedisFailure.Unavailable, RedisFailure.ConnectionLost }));
        Assert.Contains(RedisFailure.Unavailable, failures);
        Assert.Null(await cache.GetAsync("before")); // the restarted server kept nothing: persistence is off
        Assert.Equal(new byte[] { 9 }, await cache.GetAsync("after"));
        Assert.True(client.Reconnects >= 1);
        Assert.Null(client.LastError);
    }

    [Fact]
    public async Task While_the_server_is_down_every_caller_fails_as_unavailable_without_trying_to_connect_itself()
    {
        await using var server = await RedisServer.StartAsync();
        await server.KillAsync();
        await using var client = TestClients.For(server, ",connectTimeout=3000");

        var first = await Assert.ThrowsAsync<RedisException>(() => client.PingAsync().WaitAsync(HangGuard));
        Assert.Equal(RedisFailure.Unavailable, first.Failure);
        Assert.Contains("Cannot connect to Redis at " + server.Endpoint, first.Message, StringComparison.Ordinal);

        // Circuit open: the callers get the remembered error instead of each dialing the dead port.
        var callers = await Task.WhenAll(Enumerable.Range(0, 100).Select(async _ =>
            await Assert.ThrowsAsync<RedisException>(() => client.ExecuteAsync(new RedisCommand("PING")).WaitAsync(HangGuard))));
        Assert.All(callers, e => Assert.Equal(RedisFailure.Unavailable, e.Failure));
        Assert.All(callers, e => Assert.Contains("next attempt at", e.Message, StringComparison.Ordinal));
        Assert.NotNull(client.LastError);

        await server.StartAgainAsync();
        await TestClients.Eventually(async () =>
        {
            try
            {
                await client.PingAsync();
                return true;
            }
            catch (RedisException)
            {
                return false;
            }
        }, "the background reconnect finds the server");
        Assert.True(client.IsConnected);
    }

    [Fact]
    public async Task A_hung_server_costs_one_timeout_then_callers_fail_fast_until_it_answers_again()
    {
        await using var server = await RedisServer.StartAsync();
        await using var client = TestClients.For(server, ",connectTimeout=1000,asyncTimeout=500");
        await client.PingAsync();

        await server.PauseAsync();
        var first = await Assert.ThrowsAsync<RedisException>(() => client.PingAsync().WaitAsync(HangGuard));
        Assert.Equal(RedisFailure.Timeout, first.Failure);

        // The silent connection was dropped, so nobody else waits out a timeout while the server hangs.
        var callers = await Task.WhenAll(Enumerable.Range(0, 50).Select(async _ =>
            await Assert.ThrowsAsync<RedisException>(() => client.ExecuteAsync(new RedisCommand("PING")).WaitAsync(HangGuard))));
        Assert.All(callers, e => Assert.Equal(RedisFailure.Unavailable, e.Failure));
        Assert.All(callers, e => Assert.Contains($"Redis at {server.Endpoint} is unavailable", e.Message, StringComparison.Ordinal));

        await server.ResumeAsync();
        await TestClients.Eventually(async () =>
        {
            try
            {
                await client.PingAsync();
                return true;
            }
            catch (RedisException)
            {
                return false;
            }
        }, "the client reconnects once the server answers again");
        Assert.True(client.Reconnects >= 1);
    }
}
