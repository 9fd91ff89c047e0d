using System.Text.Json;
using Xunit.Abstractions;

namespace Clues.Api.Tests;

/// <summary>
/// Runs the real graphql-http 1.23.1 server audits (the GraphQL-over-HTTP conformance suite) from Node against
/// the API on Kestrel. Every MUST (error) and SHOULD (warn) audit has to pass.
/// </summary>
public sealed class GraphQLHttpAuditTests(ITestOutputHelper output)
{
    [Fact]
    public async Task The_graphql_http_server_audits_report_no_failed_must_or_should()
    {
        NodeTool.RequireNodeModules("graphql-http", "graphql");
        // The audits query __type, so introspection must be on: the Development environment turns it on.
        await using var factory = new DevelopmentApiFactory();
        var endpoint = factory.StartKestrel();

        var (exitCode, stdout, stderr) = await NodeTool.RunAsync("audit.mjs", TimeSpan.FromMinutes(3), endpoint.ToString());
        output.WriteLine(stderr);
        Assert.True(exitCode == 0, $"audit.mjs exited with {exitCode}:\n{stderr}");

        using var report = JsonDocument.Parse(stdout);
        var counts = report.RootElement.GetProperty("counts");
        var total = report.RootElement.GetProperty("total").GetInt32();
        var failed = report.RootElement.GetProperty("results").EnumerateArray()
            .Where(r => r.GetProperty("status").GetString() is "error" or "warn")
            .Select(r => $"{r.GetProperty("status").GetString()} {r.GetProperty("id").GetString()} {r.GetProperty("name").GetString()}: {r.GetProperty("reason")}")
            .ToList();
        output.WriteLine($"graphql-http audits: {total} run; ok {counts.GetProperty("ok")}, MUST failed {counts.GetProperty("error")}, " +
                         $"SHOULD failed {counts.GetProperty("warn")}, MAY not done {counts.GetProperty("notice")}");

        Assert.Equal(61, total);
        Assert.True(failed.Count == 0, "Failed audits:\n" + string.Join("\n", failed));
    }
}
