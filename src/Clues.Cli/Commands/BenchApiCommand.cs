using System.CommandLine;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Clues.Cli.BenchApi;
using Clues.Cli.BenchGraphQL;
using Clues.Cli.Hosting;

namespace Clues.Cli.Commands;

/// <summary><c>clues bench api</c>: the analyst API's latencies and throughput over real HTTP, against their targets.</summary>
internal static class BenchApiCommand
{
    private static readonly JsonSerializerOptions ReportJson = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static Command Create()
    {
        var data = CommonOptions.Data();
        var json = CommonOptions.Json();
        var duration = new Option<int>("--duration")
        {
            Description = "Seconds of mixed analyst load under wrk.",
            DefaultValueFactory = _ => 60,
        };
        var samples = new Option<int>("--samples")
        {
            Description = "Sequential calls per latency query, as wrk time on one connection (about 10 ms each, at least 2 s; key persons a tenth).",
            DefaultValueFactory = _ => 200,
        };
        var connections = new Option<int>("--connections")
        {
            Description = "wrk connections for the mixed load.",
            DefaultValueFactory = _ => 16,
        };

        var command = new Command(
            "api",
            "Start the API in-process over a copy of the store at --data (Production settings, security on) and measure over HTTP: " +
            "p50/p99 of 2-hop neighbourhoods, shortest paths and key persons, then requests/s, errors and p99 of a mixed analyst load with wrk. " +
            "Exit code 1 when a target is missed.")
        {
            data, json, duration, samples, connections,
        };

        command.SetAction(async (parse, cancellationToken) =>
        {
            var seconds = parse.GetValue(duration);
            var sampleCount = parse.GetValue(samples);
            var connectionCount = parse.GetValue(connections);
            if (seconds < 1 || sampleCount < 1 || connectionCount < 1)
            {
                await Console.Error.WriteLineAsync("--duration, --samples and --connections must be at least 1.");
                return 2;
            }

            if (await ServerGcRelaunch.RunAgainAsync(
                    "Running again with server GC (DOTNET_gcServer=1), as `clues serve` runs.",
                    "Could not run again; measuring with this process's workstation GC instead.",
                    cancellationToken) is { } exitCode)
            {
                return exitCode;
            }

            var asJson = parse.GetValue(json);
            var options = new ApiBenchOptions(parse.GetValue(data)!, sampleCount, TimeSpan.FromSeconds(seconds), connectionCount);
            ApiBenchReport report;
            try
            {
                report = await ApiBenchmark.RunAsync(options, line => Console.Error.WriteLine(line), cancellationToken);
            }
            catch (Exception e) when (e is BenchSideException or DirectoryNotFoundException)
            {
                await Console.Error.WriteLineAsync(e.Message);
                return 2;
            }

            if (asJson)
            {
                Console.WriteLine(ToJson(report));
            }
            else
            {
                Print(report);
            }

            return report.MeetsTargets ? 0 : 1;
        });
        return command;
    }

    /// <summary>The report as printed by <c>--json</c>: camelCase, indented, Chinese kept readable.</summary>
    public static string ToJson(ApiBenchReport report) => JsonSerializer.Serialize(report, ReportJson);

    private static void Print(ApiBenchReport report)
    {
        var c = CultureInfo.InvariantCulture;
        Console.WriteLine(string.Create(c, $"Store {report.Data}: {report.Nodes:N0} nodes, {report.Relationships:N0} relationships ({report.Machine})"));
        foreach (var l in report.Latency)
        {
            Console.WriteLine(string.Create(c, $"  {l.Key,-14} p50 {l.P50Ms,8:0.00} ms  p99 {l.P99Ms,8:0.00} ms  (target p50 ≤ {l.TargetP50Ms} ms, {l.Samples} samples, first call {l.ColdMs:0.0} ms, {l.Errors} errors) {(l.MeetsTarget ? "ok" : "MISSED")}"));
        }

        var load = report.Load;
        Console.WriteLine(string.Create(c, $"  mixed load     {load.RequestsPerSecond:N0} req/s  p99 {load.P99Ms:0.00} ms  {load.Errors} errors  {load.BytesPerRequest:N0} B/request  ({load.Connections} connections, {load.DurationSeconds} s; target ≥ {load.TargetRequestsPerSecond:N0} req/s, p99 ≤ {load.TargetP99Ms} ms, 0 errors) {(load.MeetsTarget ? "ok" : "MISSED")}"));
    }
}
