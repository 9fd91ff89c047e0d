using Clues.Cli.BenchGraphQL;

namespace Clues.Cli.Tests.BenchGraphQL;

public sealed class WrkScriptTests
{
    [Fact]
    public void The_body_is_embedded_verbatim_in_a_long_string_that_cannot_close_early()
    {
        const string body = """{"query":"{ a }","x":"]=] ]==]"}""";

        var script = WrkScript.Create(body);

        Assert.Contains("wrk.body = [===[" + body + "]===]", script, StringComparison.Ordinal);
        Assert.Contains("wrk.method = \"POST\"", script, StringComparison.Ordinal);
        Assert.Contains("application/json", script, StringComparison.Ordinal);
        Assert.Contains(WrkScript.Marker, script, StringComparison.Ordinal);
    }

    [Fact]
    public void Request_bodies_carry_the_operation_name_only_when_the_query_has_one()
    {
        Assert.Equal("""{"query":"{ hello version now }"}""", WrkScript.RequestBody(BenchQueries.ThreeFields));
        Assert.Contains("\"operationName\":\"IntrospectionQuery\"", WrkScript.RequestBody(BenchQueries.Introspection), StringComparison.Ordinal);
    }

    [Fact]
    public void Wrk_gets_the_fixed_load_shape_and_latency_recording()
    {
        var settings = new WrkSettings(2, 32, TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(3), TimeSpan.FromSeconds(10));

        var arguments = WrkScript.Arguments(settings, settings.Duration, "/tmp/s.lua", new Uri("http://127.0.0.1:1/graphql"));

        Assert.Equal(["-t2", "-c32", "-d10s", "--timeout", "10s", "--latency", "-s", "/tmp/s.lua", "http://127.0.0.1:1/graphql"], arguments);
    }
}
