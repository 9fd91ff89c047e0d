using System.Text.Json;
using Clues.GraphQL.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Xunit.Abstractions;

namespace Clues.Api.Tests.Explorer;

/// <summary>
/// Drives the graph explorer (/explorer) in headless Chromium against a real Kestrel server seeded with the demo
/// data: search, neighbourhoods, shortest paths, GraphML and JSON exports (explorer.mjs beside this file).
/// Saves three screenshots under TestResults/Clues.Api.Tests/.
/// </summary>
public sealed class ExplorerBrowserTests(ITestOutputHelper output)
{
    private static string ExplorerTestsDirectory => Path.Combine(NodeTool.TestsDirectory, "Explorer");

    [Fact]
    public async Task Explorer_finds_a_scenario_draws_its_network_finds_paths_and_exports_GraphML()
    {
        // A missing prerequisite fails with the command that fixes it; it is never a skip.
        if (!File.Exists(Path.Combine(ExplorerTestsDirectory, "node_modules", "playwright-core", "package.json")))
        {
            Assert.Fail("The npm package 'playwright-core' is not installed. Run: npm ci --prefix tests/Clues.Api.Tests/Explorer");
        }

        NodeTool.RequireChromium();
        await using var factory = new DevelopmentApiFactory();
        var graphql = factory.StartKestrel();
        var page = new Uri(graphql, "/explorer");
        var screenshots = NodeTool.ArtifactsDirectory;
        foreach (var name in new[] { "explorer-search.png", "explorer-neighbourhood.png", "explorer-path.png", "explorer-failure.png" })
        {
            File.Delete(Path.Combine(screenshots, name));
        }

        var arguments = new List<string> { page.ToString(), screenshots };
        // With authentication on, Development hands GraphiQL a demo token; the explorer gets the same one.
        var graphiqlHeaders = factory.Services.GetRequiredService<IOptions<GraphQLHttpOptions>>().Value.GraphiQLHeaders;
        if (graphiqlHeaders.TryGetValue("Authorization", out var authorization) && authorization.StartsWith("Bearer ", StringComparison.Ordinal))
        {
            arguments.Add(authorization);
        }

        var script = Path.Combine(ExplorerTestsDirectory, "explorer.mjs");
        var (exitCode, stdout, stderr) = await NodeTool.RunAsync(script, TimeSpan.FromMinutes(3), [.. arguments]);
        output.WriteLine(stderr);
        Assert.False(string.IsNullOrWhiteSpace(stdout), $"explorer.mjs printed no report (exit {exitCode}):\n{stderr}");

        using var report = JsonDocument.Parse(stdout);
        var root = report.RootElement;
        output.WriteLine(JsonSerializer.Serialize(root, new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
        foreach (var shot in root.GetProperty("screenshots").EnumerateObject())
        {
            output.WriteLine($"Screenshot ({shot.Name}): {shot.Value.GetString()}");
        }

        Assert.Equal(JsonValueKind.Null, root.GetProperty("failure").ValueKind);
        Assert.Empty(root.GetProperty("cspViolations").EnumerateArray());
        Assert.Empty(root.GetProperty("externalRequests").EnumerateArray());
        Assert.Empty(root.GetProperty("pageErrors").EnumerateArray());
        var steps = root.GetProperty("steps");
        Assert.EndsWith("/explorer/", steps.GetProperty("pageUrl").GetString(), StringComparison.Ordinal);
        Assert.True(steps.GetProperty("paths").GetProperty("count").GetInt32() > 0);
        var graphml = steps.GetProperty("graphml");
        Assert.Equal(graphml.GetProperty("expected").GetProperty("nodes").GetInt32(), graphml.GetProperty("nodes").GetInt32());
        Assert.Equal(graphml.GetProperty("expected").GetProperty("edges").GetInt32(), graphml.GetProperty("edges").GetInt32());
        Assert.Equal(0, exitCode);
        foreach (var shot in root.GetProperty("screenshots").EnumerateObject())
        {
            Assert.True(new FileInfo(shot.Value.GetString()!).Length > 10_000, "The screenshot is missing or empty: " + shot.Value.GetString());
        }
    }
}
