using Clues.Redis.Protocol;
using Clues.Redis.Tests.Infrastructure;

namespace Clues.Redis.Tests.Client;

public sealed class RedisAuthenticationTests
{
    [Fact]
    public async Task A_requirepass_server_accepts_the_configured_password_and_refuses_a_wrong_or_missing_one()
    {
        await using var server = await RedisServer.StartAsync("--requirepass", "口令-pw");

        await using (var good = TestClients.For(server, ",password=口令-pw"))
        {
            await good.ExecuteAsync(new RedisCommand("SET").Add("auth:k").Add("v"));
            Assert.Equal("v", (await good.ExecuteAsync(new RedisCommand("GET").Add("auth:k"))).AsString());
        }

        await using (var wrong = TestClients.For(server, ",password=nope"))
        {
            var error = await Assert.ThrowsAsync<RedisException>(() => wrong.PingAsync());
            Assert.Equal(RedisFailure.Unavailable, error.Failure);
            var cause = Assert.IsType<RedisException>(error.InnerException);
            Assert.Equal(RedisFailure.Authentication, cause.Failure);
            Assert.Contains("WRONGPASS", cause.Message, StringComparison.Ordinal);
            Assert.Contains("password=", cause.Message, StringComparison.Ordinal);
        }

        await using (var none = TestClients.For(server))
        {
            var error = await Assert.ThrowsAsync<RedisException>(() => none.PingAsync());
            Assert.Equal(RedisFailure.Unavailable, error.Failure);
            var cause = Assert.IsType<RedisException>(error.InnerException);
            Assert.Equal(RedisFailure.Authentication, cause.Failure);
            Assert.Contains("requires authentication", cause.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task An_acl_user_logs_in_with_its_password_and_gets_exactly_its_permissions()
    {
        await using var server = await RedisServer.StartAsync(
            "--user", "alice", "on", ">s3cret", "~clues:*", "&*", "+@all", "--user", "default", "off");

        await using (var alice = TestClients.For(server, ",user=alice,password=s3cret,name=alice-conn"))
        {
            await alice.ExecuteAsync(new RedisCommand("SET").Add("clues:k").Add("v"));
            Assert.Equal("alice", (await alice.ExecuteAsync(new RedisCommand("ACL").Add("WHOAMI"))).AsString());
            Assert.Equal("alice-conn", (await alice.ExecuteAsync(new RedisCommand("CLIENT").Add("GETNAME"))).AsString());

            var outside = await Assert.ThrowsAsync<RedisException>(() =>
                alice.ExecuteAsync(new RedisCommand("SET").Add("elsewhere").Add("v")));
            Assert.Equal(RedisFailure.ServerError, outside.Failure);
            Assert.Contains("NOPERM", outside.Message, StringComparison.Ordinal);
        }

        await using var intruder = TestClients.For(server, ",user=alice,password=guess");
        var error = await Assert.ThrowsAsync<RedisException>(() => intruder.PingAsync());
        var cause = Assert.IsType<RedisException>(error.InnerException);
        Assert.Equal(RedisFailure.Authentication, cause.Failure);
        Assert.Contains("refused user 'alice'", cause.Message, StringComparison.Ordinal);
        Assert.Contains("Redis:Configuration", cause.Message, StringComparison.Ordinal);
    }
}
