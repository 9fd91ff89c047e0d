using Clues.Redis.Configuration;

namespace Clues.Redis.Tests.Configuration;

public sealed class RedisConfigurationParserTests
{
    [Fact]
    public void A_full_stackexchange_style_string_sets_every_option()
    {
        var options = RedisConfigurationParser.Parse(
            "cache.local:6380, user=clues ,password=p=ss,ssl=true,sslHost=redis.example,connectTimeout=1500,syncTimeout=900,asyncTimeout=700,defaultDatabase=3,name=clues-api,abortConnect=false");

        Assert.Equal("cache.local", options.Host);
        Assert.Equal(6380, options.Port);
        Assert.Equal("clues", options.User);
        Assert.Equal("p=ss", options.Password);
        Assert.True(options.Ssl);
        Assert.Equal("redis.example", options.SslHost);
        Assert.Equal(TimeSpan.FromMilliseconds(1500), options.ConnectTimeout);
        Assert.Equal(TimeSpan.FromMilliseconds(700), options.CommandTimeout);
        Assert.Equal(3, options.Database);
        Assert.Equal("clues-api", options.ClientName);
    }

    [Fact]
    public void A_bare_host_gets_the_default_port_and_timeouts()
    {
        var options = RedisConfigurationParser.Parse("localhost");
        Assert.Equal(6379, options.Port);
        Assert.Null(options.Password);
        Assert.Equal(TimeSpan.FromSeconds(5), options.ConnectTimeout);
        Assert.Equal(TimeSpan.FromSeconds(5), options.CommandTimeout);
    }

    [Fact]
    public void Sync_timeout_is_the_command_timeout_when_it_is_the_only_one()
    {
        Assert.Equal(TimeSpan.FromMilliseconds(1234), RedisConfigurationParser.Parse("h:1,syncTimeout=1234").CommandTimeout);
    }

    [Fact]
    public void An_ipv6_endpoint_is_read_from_brackets()
    {
        var options = RedisConfigurationParser.Parse("[::1]:7000");
        Assert.Equal("::1", options.Host);
        Assert.Equal(7000, options.Port);
        Assert.Equal("[::1]:7000", options.Endpoint);
    }

    [Theory]
    [InlineData("", "empty")]
    [InlineData("password=x", "no host:port")]
    [InlineData("a:1,b:2", "two endpoints")]
    [InlineData("h:99999", "port '99999'")]
    [InlineData("h:1,retries=3", "'retries' is not supported")]
    [InlineData("h:1,user=alice", "without password")]
    [InlineData("h:1,connectTimeout=0", "'connectTimeout' must be a positive")]
    [InlineData("h:1,ssl=maybe", "'ssl' must be true or false")]
    [InlineData("::1:6379", "in brackets")]
    public void A_malformed_string_is_refused_with_a_message_naming_the_problem(string configuration, string expected)
    {
        var error = Assert.Throws<InvalidOperationException>(() => RedisConfigurationParser.Parse(configuration));
        Assert.Contains("Redis:Configuration", error.Message, StringComparison.Ordinal);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Printing_the_options_never_shows_the_password()
    {
        var text = RedisConfigurationParser.Parse("h:1,user=u,password=TopSecret").ToString();
        Assert.DoesNotContain("TopSecret", text, StringComparison.Ordinal);
        Assert.Contains("password set", text, StringComparison.Ordinal);
    }
}
