using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;
using Clues.Core.Graph;
using Clues.Graph.Neo4j.Cypher;

namespace Clues.Graph.Neo4j.Tests;

/// <summary>
/// Runs CypherLint/lint.cjs (Neo4j's Cypher front end, npm <c>@neo4j-cypher/language-support</c>) over statements
/// and returns its diagnostics per statement. Fails with the command to run when the npm packages are missing.
/// </summary>
internal static class CypherLinter
{
    public static string Folder
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Clues.sln")))
                {
                    return Path.Combine(dir.FullName, "tests", "Clues.Graph.Neo4j.Tests", "CypherLint");
                }
            }

            throw new InvalidOperationException($"No Clues.sln above {AppContext.BaseDirectory}; run the tests from the repository.");
        }
    }

    public static async Task<IReadOnlyList<(string Name, IReadOnlyList<(int Severity, string Message)> Diagnostics)>> LintAsync(IReadOnlyList<CypherStatement> statements)
    {
        var folder = Folder;
        var package = Path.Combine(folder, "node_modules", "@neo4j-cypher", "language-support");
        if (!Directory.Exists(package))
        {
            Assert.Fail($"The Cypher linter is not installed: {package} is missing. Run: npm ci --prefix {folder} (./test.sh does it).");
        }

        var request = new JsonObject
        {
            ["labels"] = new JsonArray([.. Enum.GetNames<NodeLabel>().Append(Statements.NodeLabelName).Append("CluesWriteLock").Select(n => (JsonNode)n)]),
            ["relationshipTypes"] = new JsonArray([.. Enum.GetNames<RelType>().Select(n => (JsonNode)n)]),
            ["statements"] = new JsonArray([.. statements.Select(s => (JsonNode)new JsonObject
            {
                ["name"] = s.Name,
                ["text"] = s.Text,
                ["parameters"] = new JsonArray([.. s.Parameters.Select(p => (JsonNode)p)]),
            })]),
        };

        var start = new ProcessStartInfo("node", "lint.cjs")
        {
            WorkingDirectory = folder,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            Assert.Fail($"Node.js is needed to lint Cypher but 'node' could not be started: {ex.Message}. Install Node.js 20+.");
            throw;
        }

        using (process)
        {
            await process.StandardInput.WriteAsync(request.ToJsonString());
            process.StandardInput.Close();
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            Assert.True(process.ExitCode == 0, $"lint.cjs exited with {process.ExitCode}: {await error}");
            var results = new List<(string, IReadOnlyList<(int, string)>)>();
            foreach (var line in (await output).Split('\n', StringSplitOptions.RemoveEmptyEntries))
            {
                using var doc = JsonDocument.Parse(line);
                var diagnostics = doc.RootElement.GetProperty("diagnostics").EnumerateArray()
                    .Select(d => (d.GetProperty("severity").GetInt32(), d.GetProperty("message").GetString()!))
                    .ToList();
                results.Add((doc.RootElement.GetProperty("name").GetString()!, diagnostics));
            }

            return results;
        }
    }
}
