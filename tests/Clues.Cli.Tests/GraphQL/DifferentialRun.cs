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
        var lines = OracleCorpus.All.Select(c => c.Line).ToList();
        var dll = Path.Combine(AppContext.BaseDirectory, "clues.dll");
        Assert.True(File.Exists(dll), $"clues.dll not found next to the tests at {dll}; build src/Clues.Cli.");

        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        var ours = ProcessRunner.RunAsync("dotnet", [dll, "graphql", "batch"], AppContext.BaseDirectory, lines, timeout.Token);
        Task<ProcessRunner.Result> oracle;
        try
        {
            oracle = ProcessRunner.RunAsync("node", ["batch-oracle.mjs"], OracleLocation.Directory, lines, timeout.Token);
        }
        catch (Win32Exception e)
        {
            throw new InvalidOperationException("node (20 or later) must be on PATH to run the graphql-js oracle.", e);
        }

        var (ourResult, oracleResult) = (await ours, await oracle);
        Assert.True(ourResult.ExitCode == 0, $"clues graphql batch exited with {ourResult.ExitCode}: {ourResult.StdErr}");
        Assert.True(oracleResult.ExitCode == 0, $"node batch-oracle.mjs exited with {oracleResult.ExitCode}: {oracleResult.StdErr}");
        return new DifferentialRun(ById(ourResult.Lines), ById(oracleResult.Lines));
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
