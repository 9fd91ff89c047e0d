using System.ComponentModel;
using System.Text.Json;

namespace Clues.Cli.Tests.GraphQL;

/// <summary>
/// The whole corpus run once through <c>clues graphql batch</c> and once through <c>node batch-oracle.mjs</c> (both as
/// processes, concurrently), shared by every row of the differential test.
/// </summary>
internal sealed class DifferentialRun
{
    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static DifferentialRun? _shared;

    private DifferentialRun(IReadOnlyDictionary<string, string> ours, IReadOnlyDictionary<string, string> oracle)
    {
        Ours = ours;
        Oracle = oracle;
    }

    /// <summary>Result lines of <c>clues graphql batch</c>, by case id.</summary>
    public IReadOnlyDictionary<string, string> Ours { get; }

    /// <summary>Result lines of graphql-js, by case id.</summary>
    public IReadOnlyDictionary<string, string> Oracle { get; }

    public static async Task<DifferentialRun> GetAsync()
    {
        OracleLocation.RequireInstalled();
        await Gate.WaitAsync();
        try
        {
            return _shared ??= await RunAsync();
        }
        finally
        {
            Gate.Release();
        }
    }

    private static async Task<DifferentialRun> RunAsync()
    {
        var cases = OracleCorpus.All;
        var dll = Path.Combine(AppContext.BaseDirectory, "clues.dll");
        Assert.True(File.Exists(dll), $"clues.dll not found next to the tests at {dll}; build src/Clues.Cli.");

        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        var ours = RunOursAsync(dll, cases, timeout.Token);
        Task<ProcessRunner.Result> oracle;
        try
        {
            oracle = ProcessRunner.RunAsync("node", ["batch-oracle.mjs"], OracleLocation.Directory, cases.Select(c => c.Line), timeout.Token);
        }
        catch (Win32Exception e)
        {
            throw new InvalidOperationException("node (20 or later) must be on PATH to run the graphql-js oracle.", e);
        }

        var (ourResults, oracleResult) = (await ours, await oracle);
        Assert.True(oracleResult.ExitCode == 0, $"node batch-oracle.mjs exited with {oracleResult.ExitCode}: {oracleResult.StdErr}");
        return new DifferentialRun(ourResults, ById(oracleResult.Lines));
    }

    /// <summary>
    /// Runs the batch, and when the process dies part-way (a stack overflow cannot be caught in .NET) records the
    /// case it died on as a "crash" result and starts again after it, so one fatal case fails one row, not all.
    /// </summary>
    private static async Task<Dictionary<string, string>> RunOursAsync(string dll, IReadOnlyList<CorpusCase> cases, CancellationToken cancellationToken)
    {
        var results = new Dictionary<string, string>(StringComparer.Ordinal);
        var next = 0;
        while (next < cases.Count)
        {
            var pending = cases.Skip(next).ToList();
            var run = await ProcessRunner.RunAsync("dotnet", [dll, "graphql", "batch"], AppContext.BaseDirectory, pending.Select(c => c.Line), cancellationToken);
            foreach (var (id, line) in ById(run.Lines))
            {
                results[id] = line;
            }

            next += run.Lines.Count;
            if (run.ExitCode == 0)
            {
                Assert.True(run.Lines.Count == pending.Count, $"clues graphql batch printed {run.Lines.Count} lines for {pending.Count} cases.");
                break;
            }

            var died = cases[next];
            var reason = $"clues graphql batch died (exit {run.ExitCode}) on this case: {run.StdErr[..Math.Min(run.StdErr.Length, 400)]}";
            results[died.Id] = JsonSerializer.Serialize(new { id = died.Id, phase = "crash", errors = new[] { new { message = reason, locations = Array.Empty<object>(), path = (object?)null } } });
            next++;
        }

        return results;
    }

    private static Dictionary<string, string> ById(IReadOnlyList<string> lines)
    {
        var byId = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in lines)
        {
            using var json = JsonDocument.Parse(line);
            if (json.RootElement.GetProperty("id").GetString() is { } id)
            {
                byId[id] = line;
            }
        }

        return byId;
    }
}
