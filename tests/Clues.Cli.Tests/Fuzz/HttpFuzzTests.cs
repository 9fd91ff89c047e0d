using System.Text;
using System.Text.Json;
using Clues.Cli.Commands;
using Clues.Cli.Fuzz;
using Xunit.Abstractions;

namespace Clues.Cli.Tests.Fuzz;

/// <summary>
/// The CI variant of <c>clues fuzz http</c>: about 25 seconds of generated bad input against the real API process,
/// with zero failures, every generator used, and the server still answering at the end. The answer checks themselves
/// are pinned by hand-made answers, so a check that stopped checking would show here.
/// </summary>
[Collection(HeavyRunsCollection.Name)]
public sealed class HttpFuzzTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Twenty_five_seconds_of_bad_http_input_cause_no_server_error_hang_or_crash()
    {
        using var failures = new Commands.TempDirectory();
        var options = new HttpFuzzOptions(TimeSpan.FromSeconds(25), Seed: 7, DataDirectory: null, new DirectoryInfo(failures.Path), Workers: 4);

        var report = await HttpFuzzer.RunAsync(options, output.WriteLine, CancellationToken.None);

        output.WriteLine(FuzzCommand.ToJson(report));
        Assert.True(report.Failures == 0, "Fuzz failures:\n" + string.Join("\n", report.FailureSamples.Select(f => $"[{f.Kind}] {f.Problem} {f.SavedAt}")));
        Assert.True(report.Passed);
        Assert.True(report.ServerAlive && report.HealthProbeOk && report.ValidQueryAnswers);
        Assert.True(report.Inputs > 200, $"Only {report.Inputs} inputs were sent.");
        Assert.Equal(HttpInputGenerator.Kinds.Select(k => k.Kind).Order(StringComparer.Ordinal), report.ByKind.Keys.Order(StringComparer.Ordinal));
        foreach (var status in new[] { "200", "400", "401", "405", "413", "415" })
        {
            Assert.True(report.ByStatus.ContainsKey(status), $"No input was answered {status}: {string.Join(", ", report.ByStatus.Keys)}");
        }

        Assert.True(report.RssPeakMb >= report.RssStartMb && report.RssStartMb > 0);
    }

    [Theory]
    [InlineData(500, "{\"errors\":[{\"message\":\"Unexpected error. Correlation id: 1\",\"extensions\":{\"code\":\"INTERNAL_SERVER_ERROR\"}}]}", "server error")]
    [InlineData(503, "", "server error")]
    [InlineData(200, "{\"data\":{\"a\":null},\"errors\":[{\"message\":\"Unexpected error.\",\"extensions\":{\"code\":\"INTERNAL_SERVER_ERROR\"}}]}", "masked internal error")]
    [InlineData(400, "{}", "without a GraphQL error")]
    [InlineData(400, "{\"errors\":[{\"message\":\"  \"}]}", "without a GraphQL error")]
    [InlineData(415, "<html>no</html>", "not JSON")]
    public void An_answer_that_hides_a_server_fault_or_says_nothing_useful_is_a_failure(int status, string body, string problem)
    {
        var input = new HttpFuzzInput("test", "POST", "", "application/json", null, null, [1]);

        var found = HttpFuzzer.Problem(input, status, Encoding.UTF8.GetBytes(body), "application/json", TimeSpan.FromMilliseconds(5), TimeSpan.FromSeconds(10));

        Assert.NotNull(found);
        Assert.Contains(problem, found, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(200, "{\"data\":{\"stats\":{\"nodes\":1}}}")]
    [InlineData(400, "{\"errors\":[{\"message\":\"The request body is not valid JSON.\",\"extensions\":{\"code\":\"BAD_REQUEST\"}}]}")]
    [InlineData(200, "{\"data\":{\"node\":null},\"errors\":[{\"message\":\"id is not a global id\",\"extensions\":{\"code\":\"BAD_USER_INPUT\"}}]}")]
    [InlineData(431, "")]
    [InlineData(414, "")]
    public void A_clear_refusal_or_a_normal_answer_is_not_a_failure(int status, string body)
    {
        var input = new HttpFuzzInput("test", "POST", "", "application/json", null, null, [1]);

        Assert.Null(HttpFuzzer.Problem(input, status, Encoding.UTF8.GetBytes(body), "application/json", TimeSpan.FromMilliseconds(5), TimeSpan.FromSeconds(10)));
    }

    [Fact]
    public void An_answer_slower_than_the_hang_threshold_is_a_failure_even_when_it_is_correct()
    {
        var input = new HttpFuzzInput("test", "POST", "", "application/json", null, null, [1]);

        var found = HttpFuzzer.Problem(input, 200, "{\"data\":{}}"u8.ToArray(), "application/json", TimeSpan.FromSeconds(11), TimeSpan.FromSeconds(10));

        Assert.Contains("hang threshold", found, StringComparison.Ordinal);
    }

    [Fact]
    public void The_schema_generator_makes_documents_from_the_api_sdl_and_is_repeatable_for_a_seed()
    {
        var schema = SchemaQueryGenerator.LoadApiSchema();
        var first = new SchemaQueryGenerator(schema, new Random(3));
        var second = new SchemaQueryGenerator(schema, new Random(3));

        var a = Enumerable.Range(0, 20).Select(i => first.Operation(i % 4 == 0, 3)).ToList();
        var b = Enumerable.Range(0, 20).Select(i => second.Operation(i % 4 == 0, 3)).ToList();

        Assert.Equal(a.Select(x => x.Document), b.Select(x => x.Document));
        Assert.Equal(a.Select(x => x.Variables?.ToJsonString()), b.Select(x => x.Variables?.ToJsonString()));
        Assert.Contains(a, x => x.Document.StartsWith("mutation", StringComparison.Ordinal));
        Assert.Contains(a, x => x.Document.StartsWith("query", StringComparison.Ordinal) && x.Document.Contains('{', StringComparison.Ordinal));
        Assert.All(a, x => Assert.Equal(x.Document.Count(c => c == '{'), x.Document.Count(c => c == '}')));
        using var parsed = JsonDocument.Parse(JsonSerializer.Serialize(a.Select(x => x.Document)));
        Assert.Equal(20, parsed.RootElement.GetArrayLength());
    }
}
