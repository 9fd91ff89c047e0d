using System.CommandLine;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Clues.Cli.BenchLoad;

namespace Clues.Cli.Commands;

/// <summary><c>clues bench load</c>: the mixed office load (reads, clue registrations, handover steps) at a fixed rate.</summary>
internal static class BenchLoadCommand
{
    private static readonly JsonSerializerOptions ReportJson = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static Command Create()
    {
        var minutes = new Option<double>("--minutes")
        {
            Description = "Minutes of measured load, after the warm-up (a quarter of it, at most 30 s; the rate ramps up over its first two thirds).",
            DefaultValueFactory = _ => 10,
        };
        var rate = new Option<double>("--rate")
        {
            Description = "Requests started per second, on a fixed schedule (open loop: a slow answer does not slow the sender).",
            DefaultValueFactory = _ => LoadBenchOptions.TargetRate,
        };
        var connections = new Option<int>("--connections")
        {
            Description = "Most HTTP connections to the server; requests beyond them queue, and the queueing counts in their latency.",
            DefaultValueFactory = _ => 128,
        };
        var data = new Option<DirectoryInfo?>("--data")
        {
            Description = "Store to serve (copied first, never changed); a fresh demo store when left out.",
        };
        var json = CommonOptions.Json();

        var command = new Command(
            "load",
            "Start the API as its own process (Production, security on, server GC) over a copy of the store and send the mixed office load "
            + "on loopback: analyst reads (neighbourhood, path, search, clue list), registerClue by a group member and handover steps "
            + "(draft, propose, file, approve) by their roles. Reports requests/s, errors, p50/p99 by kind and RSS every 10 s. "
            + "Exit code 1 when a target is missed (≥ 500 requests/s, 0 errors, p99 ≤ 100 ms, RSS growth ≤ 20%).")
        {
            minutes, rate, connections, data, json,
        };

        command.SetAction(async (parse, cancellationToken) =>
        {
            var duration = TimeSpan.FromMinutes(parse.GetValue(minutes));
            var perSecond = parse.GetValue(rate);
            var connectionCount = parse.GetValue(connections);
            if (duration < TimeSpan.FromSeconds(5) || perSecond <= 0 || connectionCount < 1)
            {
                await Console.Error.WriteLineAsync("--minutes must give at least 5 seconds, --rate must be positive and --connections at least 1.");
                return 2;
            }

            var options = new LoadBenchOptions(parse.GetValue(data), duration, perSecond, connectionCount, LoadBenchOptions.DefaultWarmup(duration));
            LoadBenchReport report;
            try
            {
                report = await LoadBenchmark.RunAsync(options, line => Console.Error.WriteLine(line), cancellationToken);
            }
            catch (Exception e) when (e is DirectoryNotFoundException or InvalidOperationException or TimeoutException)
            {
                await Console.Error.WriteLineAsync(e.Message);
                return 2;
            }

            if (parse.GetValue(json))
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
    public static string ToJson(LoadBenchReport report) => JsonSerializer.Serialize(report, ReportJson);

    private static void Print(LoadBenchReport r)
    {
        var c = CultureInfo.InvariantCulture;
        Console.WriteLine(string.Create(c, $"Mixed load on {r.Data} ({r.Machine}; load average {r.LoadAverageAtStart} at start, {r.LoadAverageAtEnd} at end)"));
        Console.WriteLine(string.Create(c, $"  {r.MeasuredSeconds} s measured after {r.WarmupSeconds} s warm-up: scheduled {r.ScheduledRate:0} req/s, achieved {r.AchievedRate:0.0} req/s answered without error (target ≥ {r.TargetRate:0})"));
        Console.WriteLine(string.Create(c, $"  {r.Requests:N0} requests, {r.Errors} errors ({r.NotSent} not sent), p50 {r.P50Ms:0.00} ms, p99 {r.P99Ms:0.00} ms (target ≤ {LoadBenchOptions.TargetP99Ms}), max {r.MaxMs:0.00} ms"));
        foreach (var k in r.Kinds)
        {
            Console.WriteLine(string.Create(c, $"    {k.Kind,-14} {k.Requests,8:N0} requests  {k.Errors,5} errors  p50 {k.P50Ms,8:0.00} ms  p99 {k.P99Ms,8:0.00} ms  max {k.MaxMs,8:0.00} ms"));
        }

        Console.WriteLine(string.Create(c, $"  handover: {r.Handover.CluesRegistered} clues registered, {r.Handover.CluesDrafted} drafted ({r.Handover.ItemsDrafted} items), {r.Handover.Proposed} proposed, {r.Handover.Filed} filed, {r.Handover.Approved} approved"));
        Console.WriteLine(string.Create(c, $"  slowest answer per 10 s from the start (warm-up included), ms: {string.Join(' ', r.WorstMsPer10Seconds)}"));
        Console.WriteLine(string.Create(c, $"  server RSS: {r.RssFirstMinuteMb:0.0} MB first minute, {r.RssLastMinuteMb:0.0} MB last minute ({r.RssGrowth:+0.0%;-0.0%}); samples every 10 s: {string.Join(' ', r.Rss.Select(s => (s.Bytes / 1048576).ToString(c)))}"));
        Console.WriteLine($"  server alive at the end: {(r.ServerAlive ? "yes" : "NO")}; error log lines: {r.ServerErrorLogLines}; {r.ServerGc}");
        foreach (var sample in r.ErrorSamples)
        {
            Console.WriteLine("  error: " + sample);
        }

        if (r.ServerLogTail.Count > 0)
        {
            Console.WriteLine("  the server's last log lines:");
            foreach (var line in r.ServerLogTail)
            {
                Console.WriteLine("    " + line);
            }
        }

        Console.WriteLine(r.MeetsTargets ? "Targets met." : "A target was MISSED.");
    }
}
