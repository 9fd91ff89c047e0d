using System.Text.Json;
using Xunit.Abstractions;

namespace Clues.Api.Tests;

/// <summary>
/// Opens GraphiQL in headless Chromium (driven by playwright-core): the page must load from this server alone,
/// break no Content-Security-Policy rule, show the schema documentation and run a query. Saves a screenshot.
/// </summary>
public sealed class GraphiQLBrowserTests(ITestOutputHelper output)
{
    [Fact]
    public async Task GraphiQL_loads_offline_shows_the_docs_and_runs_a_query()
    {
        NodeTool.RequireNodeModules("playwright-core");
        NodeTool.RequireChromium();
        await using var factory = new DevelopmentApiFactory();
        var endpoint = factory.StartKestrel();
        var screenshot = Path.Combine(NodeTool.ArtifactsDirectory, "graphiql.png");
        File.Delete(screenshot);

        var (exitCode, stdout, stderr) = await NodeTool.RunAsync("graphiql.mjs", TimeSpan.FromMinutes(3), endpoint.ToString(), screenshot);
        output.WriteLine($"Screenshot: {screenshot}");
        output.WriteLine(stderr);
        Assert.False(string.IsNullOrWhiteSpace(stdout), $"graphiql.mjs printed no report (exit {exitCode}):\n{stderr}");

        using var report = JsonDocument.Parse(stdout);
        var root = report.RootElement;
        output.WriteLine(JsonSerializer.Serialize(root, new JsonSerializerOptions { WriteIndented = true }));
        Assert.Equal(JsonValueKind.Null, root.GetProperty("failure").ValueKind);
        Assert.Empty(root.GetProperty("cspViolations").EnumerateArray());
        Assert.Empty(root.GetProperty("externalRequests").EnumerateArray());
        Assert.Empty(root.GetProperty("pageErrors").EnumerateArray());
        Assert.Contains("Root Types", root.GetProperty("docs").GetString(), StringComparison.Ordinal);
        var tabs = root.GetProperty("tabs").EnumerateArray().Select(t => t.GetString()).ToList();
        foreach (var operation in new[] { "PathsBetweenPersons", "CadreNetwork", "ConflictChain", "CountyKeyPersons", "FundTrail" })
        {
            Assert.Contains(tabs, t => t is not null && t.Contains(operation, StringComparison.Ordinal));
        }

        Assert.Matches("\"nodes\":\\s*\\d+", root.GetProperty("result").GetString());
        Assert.Equal(0, exitCode);
        Assert.True(new FileInfo(screenshot).Length > 10_000, "The screenshot is missing or empty: " + screenshot);
    }
}
