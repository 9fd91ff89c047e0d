using System.Diagnostics;
using System.Text;
using System.Text.Json;
using Clues.Cli.Tests.Commands;

namespace Clues.Cli.Tests.Route;

/// <summary>Runs the built <c>clues route</c> as a real process with the given standard input.</summary>
internal static class RouteProcess
{
    public static async Task<CliProcess.Result> RunAsync(string stdin, params string[] args)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "clues.dll");
        Assert.True(File.Exists(dll), $"clues.dll not found next to the tests at {dll}; build src/Clues.Cli.");
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardInputEncoding = new UTF8Encoding(false),
            StandardOutputEncoding = Encoding.UTF8,
        };
        start.ArgumentList.Add(dll);
        start.ArgumentList.Add("route");
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        var stdout = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var stderr = process.StandardError.ReadToEndAsync(timeout.Token);
        await process.StandardInput.WriteAsync(stdin);
        process.StandardInput.Close();
        await process.WaitForExitAsync(timeout.Token);
        return new CliProcess.Result(process.ExitCode, await stdout, await stderr);
    }

    /// <summary>The decisions printed, by id (an item without id is keyed by its position).</summary>
    public static Dictionary<string, JsonElement> ById(CliProcess.Result run)
    {
        Assert.True(run.ExitCode == 0, run.StdErr);
        using var document = JsonDocument.Parse(run.StdOut);
        return document.RootElement.EnumerateArray()
            .Select((e, i) => (Key: e.GetProperty("id").ValueKind == JsonValueKind.Null ? $"#{i}" : e.GetProperty("id").GetString()!, Value: e.Clone()))
            .ToDictionary(p => p.Key, p => p.Value);
    }

    public static string Case(string id, string management, string subject, string level, string foundBy, string problem, params string[] flags) =>
        JsonSerializer.Serialize(new
        {
            id,
            subject = new { managementLevel = management, jurisdiction = subject },
            foundBy = new { level, jurisdiction = foundBy },
            problem,
            flags,
        });
}
