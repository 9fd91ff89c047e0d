using Clues.Cli.BenchGraphQL;

namespace Clues.Cli.Tests.BenchGraphQL;

public sealed class WrkOutputParserTests
{
    private const string HumanOutput = """
        Running 10s test @ http://127.0.0.1:5000/graphql
          2 threads and 32 connections
          Thread Stats   Avg      Stdev     Max   +/- Stdev
            Latency     2.10ms    1.05ms  31.20ms   91.02%
            Req/Sec     7.71k   512.33     8.90k    70.50%
          Latency Distribution
             50%    1.95ms
             75%    2.40ms
             90%    3.01ms
             99%    6.50ms
          153421 requests in 10.00s, 25.60MB read
          Socket errors: connect 0, read 2, write 0, timeout 1
          Non-2xx or 3xx responses: 3
        Requests/sec:  15342.10
        Transfer/sec:      2.56MB
        """;

    [Fact]
    public void The_done_hook_line_is_read_even_among_wrks_own_summary()
    {
        var output = HumanOutput + "\n" + WrkScript.Marker +
            """{"requests":20000,"durationUs":2000000,"bytes":4000000,"p50Us":1500.0,"p90Us":2500.5,"p99Us":7250.0,"meanUs":1600.2,"maxUs":20000.0,"connectErrors":0,"readErrors":0,"writeErrors":0,"statusErrors":0,"timeouts":0}""" + "\n";

        var result = WrkOutputParser.Parse(output);

        Assert.Equal(20000, result.Requests);
        Assert.Equal(10000, result.RequestsPerSecond, precision: 6);
        Assert.Equal(7.25, result.P99Ms, precision: 6);
        Assert.Equal(200, result.BytesPerRequest, precision: 6);
        Assert.Equal(0, result.Errors);
    }

    [Fact]
    public void Without_the_hook_line_wrks_latency_text_is_read_with_its_units()
    {
        var result = WrkOutputParser.Parse(HumanOutput);

        Assert.Equal(153421, result.Requests);
        Assert.Equal(10_000_000, result.DurationUs);
        Assert.Equal(15342.1, result.RequestsPerSecond, precision: 6);
        Assert.Equal(6500, result.P99Us, precision: 6);
        Assert.Equal(1950, result.P50Us, precision: 6);
        Assert.Equal(3010, result.P90Us, precision: 6);
        Assert.Equal(2100, result.MeanUs, precision: 6);
        Assert.Equal(31200, result.MaxUs, precision: 6);
        Assert.Equal(25.6 * 1024 * 1024, result.Bytes, precision: 0);
        Assert.Equal((2, 1, 3), (result.ReadErrors, result.Timeouts, result.StatusErrors));
        Assert.Equal(6, result.Errors);
    }

    [Theory]
    [InlineData("850.00us", 850)]
    [InlineData("1.50s", 1_500_000)]
    [InlineData("2.00m", 120_000_000)]
    public void Percentiles_in_any_of_wrks_units_become_microseconds(string p99, double microseconds)
    {
        var output = HumanOutput.Replace("99%    6.50ms", "99%    " + p99, StringComparison.Ordinal);

        Assert.Equal(microseconds, WrkOutputParser.Parse(output).P99Us, precision: 3);
    }

    [Fact]
    public void Output_without_figures_is_refused_with_what_was_printed()
    {
        var error = Assert.Throws<FormatException>(() => WrkOutputParser.Parse("unable to connect to 127.0.0.1:1 Connection refused"));

        Assert.Contains("Connection refused", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_run_without_the_latency_distribution_is_refused()
    {
        var output = string.Join('\n', HumanOutput.Split('\n').Where(l => !l.Contains('%', StringComparison.Ordinal) || l.Contains("Latency ", StringComparison.Ordinal) || l.Contains("Req/Sec", StringComparison.Ordinal)));

        var error = Assert.Throws<FormatException>(() => WrkOutputParser.Parse(output));

        Assert.Contains("--latency", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_malformed_hook_line_is_an_error_not_zero_figures()
    {
        Assert.Throws<FormatException>(() => WrkOutputParser.Parse(WrkScript.Marker + """{"requests":1}"""));
    }
}
