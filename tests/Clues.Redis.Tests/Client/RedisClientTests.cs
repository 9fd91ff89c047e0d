using System.Globalization;
using Clues.Redis.Protocol;
using Clues.Redis.Tests.Infrastructure;

namespace Clues.Redis.Tests.Client;

public sealed class RedisClientTests(RedisServerFixture fixture) : IClassFixture<RedisServerFixture>
{
    private RedisServer Server => fixture.Server;

    [Fact]
    public async Task Two_hundred_fifty_concurrent_callers_share_one_connection_and_each_gets_its_own_reply()
    {
        await using var client = TestClients.For(Server, ",name=clues-concurrency");
        var callers = Enumerable.Range(0, 250).Select(async i =>
        {
            var key = $"concurrency:{i}";
            var value = $"值-{i}-{new string('x', i)}";
            await client.ExecuteAsync(new RedisCommand("SET").Add(key).Add(value));
            var read = await client.ExecuteAsync(new RedisCommand("GET").Add(key));
            var echo = await client.ExecuteAsync(new RedisCommand("ECHO").Add(i));
            return (i, value, read: read.AsString(), echo: echo.AsInt64());
        });

        foreach (var (i, value, read, echo) in await Task.WhenAll(callers))
        {
            Assert.Equal(value, read);
            Assert.Equal(i, echo);
        }

        var clients = (await client.ExecuteAsync(new RedisCommand("CLIENT").Add("LIST"))).AsString()!;
        Assert.Single(clients.Split('\n'), line => line.Contains("name=clues-concurrency ", StringComparison.Ordinal));
        Assert.Equal(0, client.Reconnects);
    }

    [Fact]
    public async Task A_command_cancelled_while_in_flight_does_not_shift_the_replies_of_later_commands()
    {
        await using var client = TestClients.For(Server);
        await client.PingAsync();

        // DEBUG SLEEP holds the reply back, so the cancellation lands after the command is on the wire. The sleep is
        // long against the 100 ms cancel so that a loaded machine (CI shares its cores) cannot deliver the reply first.
        using var soon = new CancellationTokenSource(TimeSpan.FromMilliseconds(100));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            client.ExecuteAsync(new RedisCommand("DEBUG").Add("SLEEP").Add("2"), soon.Token));

        var random = new Random(7);
        var callers = Enumerable.Range(0, 200).Select(async i =>
        {
            using var cancel = new CancellationTokenSource();
            if (i % 2 == 0)
            {
                cancel.CancelAfter(random.Next(0, 3));
            }

            try
            {
                var reply = await client.ExecuteAsync(new RedisCommand("ECHO").Add($"echo-{i}"), cancel.Token);
                return reply.AsString() == $"echo-{i}";
            }
            catch (OperationCanceledException) when (i % 2 == 0)
            {
                return true;
            }
        });

        Assert.DoesNotContain(false, await Task.WhenAll(callers));
        Assert.Equal("after", (await client.ExecuteAsync(new RedisCommand("ECHO").Add("after"))).AsString());
        Assert.Equal(0, client.Reconnects);
    }

    [Fact]
    public async Task A_command_without_a_reply_within_the_timeout_fails_as_a_timeout_and_the_client_recovers()
    {
        await using var client = TestClients.For(Server, ",asyncTimeout=300");
        await client.PingAsync();

        var error = await Assert.ThrowsAsync<RedisException>(() =>
            client.ExecuteAsync(new RedisCommand("DEBUG").Add("SLEEP").Add("1")));
        Assert.Equal(RedisFailure.Timeout, error.Failure);
        Assert.Contains("DEBUG", error.Message, StringComparison.Ordinal);
        Assert.Contains("asyncTimeout", error.Message, StringComparison.Ordinal);

        await TestClients.Eventually(async () =>
        {
            try
            {
                return (await client.ExecuteAsync(new RedisCommand("ECHO").Add("back"))).AsString() == "back";
            }
            catch (RedisException)
            {
                return false;
            }
        }, "the client answers again after the timeout");

        // A silent server is treated as gone: the connection was dropped and a new one opened.
        Assert.True(client.Reconnects >= 1, "the stalled connection should have been replaced");
    }

    [Fact]
    public async Task An_error_reply_fails_only_its_own_command()
    {
        await using var client = TestClients.For(Server);
        await client.ExecuteAsync(new RedisCommand("SET").Add("errors:string").Add("plain"));

        var error = await Assert.ThrowsAsync<RedisException>(() =>
            client.ExecuteAsync(new RedisCommand("HSET").Add("errors:string").Add("f").Add("v")));
        Assert.Equal(RedisFailure.ServerError, error.Failure);
        Assert.Contains("WRONGTYPE", error.Message, StringComparison.Ordinal);
        Assert.Contains(Server.Endpoint, error.Message, StringComparison.Ordinal);

        Assert.Equal("plain", (await client.ExecuteAsync(new RedisCommand("GET").Add("errors:string"))).AsString());
    }

    [Fact]
    public async Task The_database_named_in_the_configuration_holds_the_keys()
    {
        await using var client = TestClients.For(Server, ",defaultDatabase=5");
        await client.ExecuteAsync(new RedisCommand("SET").Add("database:probe").Add("in-five"));

        Assert.Equal(["in-five"], await RedisCli.RunAsync(Server, 5, "GET", "database:probe"));
        Assert.Empty(await RedisCli.RunAsync(Server, 0, "GET", "database:probe"));
    }

    [Fact]
    public async Task A_large_batch_is_answered_in_order()
    {
        await using var client = TestClients.For(Server);
        var commands = Enumerable.Range(0, 5000).Select(i => new RedisCommand("ECHO").Add(i)).ToList();
        var replies = await client.ExecuteBatchAsync(commands);
        Assert.Equal(Enumerable.Range(0, 5000), replies.Select(r => (int)r.AsInt64()));
        Assert.Equal(5000.ToString(CultureInfo.InvariantCulture), (await client.ExecuteAsync(new RedisCommand("ECHO").Add(5000))).AsString());
    }
}
