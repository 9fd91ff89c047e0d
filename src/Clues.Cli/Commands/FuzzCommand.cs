using System.CommandLine;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Clues.Cli.Fuzz;

namespace Clues.Cli.Commands;

/// <summary><c>clues fuzz http|package</c>: generated bad input against the API and the package importer.</summary>
internal static class FuzzCommand
{
    private static readonly JsonSerializerOptions ReportJson = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static Command Create()
    {
        var command = new Command("fuzz", "Throw generated bad input at the GraphQL endpoint (http) or the package verifier and handover inbox (package); exit code 1 on any failure.");
        command.Subcommands.Add(CreateHttp());
        command.Subcommands.Add(CreatePackage());
        return command;
    }

    /// <summary>The report as printed by <c>--json</c>: camelCase, indented, Chinese kept readable.</summary>
    public static string ToJson<T>(T report) => JsonSerializer.Serialize(report, ReportJson);

    private static Option<double> Minutes() => new("--minutes")
    {
        Description = "Minutes of inputs.",
        DefaultValueFactory = _ => 10,
    };

    private static Option<int> Seed() => new("--seed")
    {
        Description = "Seed of the generators; the same seed gives the same inputs per worker.",
        DefaultValueFactory = _ => 20261121,
    };

    private static Option<DirectoryInfo> Failures(string verb) => new("--failures")
    {
        Description = "Folder where failing inputs are saved for reproduction.",
        DefaultValueFactory = _ => new DirectoryInfo(Path.Combine(Environment.CurrentDirectory, $"fuzz-{verb}-failures")),
    };

    private static Command CreateHttp()
    {
        var minutes = Minutes();
        var seed = Seed();
        var failures = Failures("http");
        var data = new Option<DirectoryInfo?>("--data") { Description = "Store to serve (copied first, never changed); a fresh demo store when left out." };
        var workers = new Option<int>("--workers") { Description = "Requests in flight at once.", DefaultValueFactory = _ => 8 };
        var json = CommonOptions.Json();
        var command = new Command(
            "http",
            "Start the API as its own process (Production, security on) and send generated inputs to /graphql: random schema operations with wrong types, "
            + "deep nesting, alias and fragment bombs, huge documents and variables, invalid UTF-8, random bytes, oversized bodies, wrong content types, "
            + "methods and Accept headers, bad, expired and forged tokens. Any 5xx, masked internal error, unclear error, dropped connection or answer "
            + "slower than 10 s is a failure, saved with a curl command under --failures; so is a server that stops answering or logs an unexpected exception.")
        {
            minutes, seed, data, failures, workers, json,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var duration = TimeSpan.FromMinutes(parse.GetValue(minutes));
            if (duration <= TimeSpan.Zero || parse.GetValue(workers) < 1)
            {
                await Console.Error.WriteLineAsync("--minutes must be positive and --workers at least 1.");
                return 2;
            }

            var options = new HttpFuzzOptions(duration, parse.GetValue(seed), parse.GetValue(data), parse.GetValue(failures)!, parse.GetValue(workers));
            HttpFuzzReport report;
            try
            {
                report = await HttpFuzzer.RunAsync(options, line => Console.Error.WriteLine(line), cancellationToken);
            }
            catch (Exception e) when (e is DirectoryNotFoundException or FileNotFoundException or InvalidOperationException or TimeoutException)
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
                var c = CultureInfo.InvariantCulture;
                Console.WriteLine(string.Create(c, $"{report.Inputs:N0} inputs in {report.Seconds:0} s ({report.InputsPerSecond:0.0}/s), seed {report.Seed}; slowest answer {report.SlowestMs:0} ms"));
                Console.WriteLine("  by status: " + string.Join(", ", report.ByStatus.Select(p => $"{p.Key} {p.Value:N0}")));
                Console.WriteLine("  by input:  " + string.Join(", ", report.ByKind.Select(p => $"{p.Key} {p.Value:N0}")));
                Console.WriteLine(string.Create(c, $"  server: alive {report.ServerAlive}, health probe {report.HealthProbeOk}, valid query answers {report.ValidQueryAnswers}, error log lines {report.ServerErrorLogLines}; RSS {report.RssStartMb:0} MB at start, {report.RssPeakMb:0} MB peak, {report.RssEndMb:0} MB at end"));
                PrintFailures(report.Failures, report.FailureSamples, report.FailureDirectory);
            }

            return report.Passed ? 0 : 1;
        });
        return command;
    }

    private static Command CreatePackage()
    {
        var minutes = Minutes();
        var seed = Seed();
        var failures = Failures("package");
        var workers = new Option<int>("--workers") { Description = "Packages judged at once.", DefaultValueFactory = _ => Math.Max(1, Environment.ProcessorCount) };
        var json = CommonOptions.Json();
        var command = new Command(
            "package",
            "Make valid signed handover packages with a fresh key and damage or forge them (bit flips, truncation, renamed, duplicate, extra and missing entries, "
            + "path traversal names, zip bombs, forged signatures, a wrong key, replays); each must get a verdict from the verifier in time, forgeries must never "
            + "verify, and the handover inbox must take in only valid new packages and store nothing when it refuses. Failing packages are saved under --failures.")
        {
            minutes, seed, failures, workers, json,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var duration = TimeSpan.FromMinutes(parse.GetValue(minutes));
            if (duration <= TimeSpan.Zero || parse.GetValue(workers) < 1)
            {
                await Console.Error.WriteLineAsync("--minutes must be positive and --workers at least 1.");
                return 2;
            }

            var options = new PackageFuzzOptions(duration, parse.GetValue(seed), parse.GetValue(failures)!, parse.GetValue(workers));
            var report = await PackageFuzzer.RunAsync(options, line => Console.Error.WriteLine(line), cancellationToken);
            if (parse.GetValue(json))
            {
                Console.WriteLine(ToJson(report));
            }
            else
            {
                var c = CultureInfo.InvariantCulture;
                Console.WriteLine(string.Create(c, $"{report.Inputs:N0} packages in {report.Seconds:0} s ({report.InputsPerSecond:0.0}/s), seed {report.Seed}; slowest verdict {report.SlowestMs:0} ms"));
                Console.WriteLine("  by mutation: " + string.Join(", ", report.ByMutation.Select(p => $"{p.Key} {p.Value:N0}")));
                Console.WriteLine("  by verdict:  " + string.Join(", ", report.ByVerdict.Select(p => $"{p.Key} {p.Value:N0}")));
                Console.WriteLine("  inbox:       " + string.Join(", ", report.ByImport.Select(p => $"{p.Key} {p.Value:N0}")));
                PrintFailures(report.Failures, report.FailureSamples, report.FailureDirectory);
            }

            return report.Passed ? 0 : 1;
        });
        return command;
    }

    private static void PrintFailures(long count, IReadOnlyList<FuzzFailure> samples, string folder)
    {
        Console.WriteLine(count == 0 ? "  0 failures." : $"  {count} FAILURES (inputs saved under {folder}):");
        foreach (var failure in samples)
        {
            Console.WriteLine($"    [{failure.Kind}] {failure.Problem}{(failure.SavedAt is null ? "" : " → " + failure.SavedAt)}");
        }
    }
}
