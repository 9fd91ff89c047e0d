using System.Text.Json;

namespace Clues.Cli.Tests.GraphQL;

/// <summary><c>clues graphql batch</c> as a process: one output line per case, bad lines reported without stopping the batch.</summary>
public sealed class GraphQLBatchCommandTests
{
    [Fact]
    public async Task Bad_lines_are_reported_and_the_batch_continues()
    {
        string[] lines =
        [
            "{not json",
            """{"id":"no-query","sdl":"type Query { a: String }"}""",
            """{"id":"bad-sdl","sdl":"type Query { a: Nope }","query":"{ a }"}""",
            """{"id":"ok","sdl":"type Query { a: String e: Int l: [Int] }","query":"{ a e l }","root":{"a":"x","e":{"$error":"boom"},"l":[1,2]}}""",
            """{"id":"request-error","sdl":"type Query { a(v: Int!): String }","query":"query ($v: Int!) { a(v: $v) }","variables":{}}""",
        ];

        var results = await RunAsync(lines);

        Assert.Equal(5, results.Count);
        Assert.Equal(["input", "input", "schema", "execute", "execute"], results.Select(r => r.GetProperty("phase").GetString()));
        Assert.Contains("not JSON", results[0].GetProperty("errors")[0].GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal("no-query", results[1].GetProperty("id").GetString());

        var ok = results[3];
        Assert.Equal("""{"a":"x","e":null,"l":[1,2]}""", ok.GetProperty("data").GetRawText());
        var error = Assert.Single(ok.GetProperty("errors").EnumerateArray());
        Assert.Equal("boom", error.GetProperty("message").GetString());
        Assert.Equal("""["e"]""", error.GetProperty("path").GetRawText());

        Assert.False(results[4].TryGetProperty("data", out _), "A request error (invalid variables) has no data entry.");
    }

    [Fact]
    public async Task By_args_picks_the_value_for_the_coerced_arguments()
    {
        const string Case = """
            {"id":"args","sdl":"enum E { A B } input I { x: Int = 1 } type Query { f(e: E, i: I, id: ID): String }",
             "query":"{ one: f(e: A) two: f(i: {}) three: f(id: 7) none: f(e: B) }",
             "root":{"f":{"$byArgs":[{"args":{"e":"A"},"value":"1"},{"args":{"i":{"x":1}},"value":"2"},{"args":{"id":"7"},"value":{"$error":"three"}}]}}}
            """;

        var result = Assert.Single(await RunAsync([Case.ReplaceLineEndings(string.Empty)]));

        Assert.Equal("""{"one":"1","two":"2","three":null,"none":null}""", result.GetProperty("data").GetRawText());
        Assert.Equal("""["three"]""", Assert.Single(result.GetProperty("errors").EnumerateArray()).GetProperty("path").GetRawText());
    }

    private static async Task<List<JsonElement>> RunAsync(IReadOnlyList<string> lines)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "clues.dll");
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        var run = await ProcessRunner.RunAsync("dotnet", [dll, "graphql", "batch"], AppContext.BaseDirectory, lines, timeout.Token);
        Assert.True(run.ExitCode == 0, run.StdErr);
        return [.. run.Lines.Select(l => JsonDocument.Parse(l).RootElement.Clone())];
    }
}
