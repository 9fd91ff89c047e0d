using System.CommandLine;
using Clues.Cli.BenchGraphQL;
using Clues.Cli.Hosting;

namespace Clues.Cli.Commands;

/// <summary>
/// <c>clues bench graphql</c>: requests per second and p99 latency of our GraphQL server next to graphql-js,
/// under the same wrk load, for a 3-field query, the full introspection query and a nested list query.
/// Exposed as a subcommand for <c>bench</c>.
/// </summary>
internal static class BenchGraphQLCommand
{
    public static Command Create()
    {
        var json = CommonOptions.Json();
        var duration = Seconds("--duration", "Length of each timed wrk run, in seconds.", 10);
        var warmup = Seconds("--warmup", "Length of the untimed wrk run before each timed one, in seconds (0 for none).", 3);
        var timeout = Seconds("--timeout", "wrk's per-request timeout, in seconds; timed-out requests count as errors.", 10);
        var connections = new Option<int>("--connections")
        {
            Description = "Open connections wrk keeps busy (the same for both servers).",
            DefaultValueFactory = _ => 32,
        };
        var threads = new Option<int>("--threads")
        {
            Description = "wrk threads (at most --connections).",
            DefaultValueFactory = _ => 2,
        };

        var command = new Command(
            "graphql",
            "Load our GraphQL server and graphql-js (graphql-http on Node) with wrk on the same schema and data: a 3-field query, " +
            "GraphiQL's introspection query and a nested 11,100-item query. Checks both answer identically first. Needs wrk and " +
            "npm ci in src/Clues.Cli/BenchGraphQL/Node. Exit code 1 when a side fails or the answers differ.")
        {
            json, duration, warmup, timeout, connections, threads,
        };

        command.SetAction(async (parse, cancellationToken) =>
        {
            var settings = new WrkSettings(
                parse.GetValue(threads),
                parse.GetValue(connections),
                TimeSpan.FromSeconds(parse.GetValue(duration)),
                TimeSpan.FromSeconds(parse.GetValue(warmup)),
                TimeSpan.FromSeconds(parse.GetValue(timeout)));
            if (Validate(settings) is { } problem)
            {
                await Console.Error.WriteLineAsync(problem);
                return 2;
            }

            if (await ServerGcRelaunch.RunAgainAsync(
                    "Running again with server GC (DOTNET_gcServer=1), as ASP.NET Core servers run in production.",
                    "Could not run again; measuring with this process's workstation GC instead.",
                    cancellationToken) is { } exitCode)
            {
                return exitCode;
            }

            var report = await GraphQLBenchmark.RunAsync(new GraphQLBenchOptions(settings, BenchQueries.All), Console.Error, cancellationToken);
            if (parse.GetValue(json))
            {
                Console.Out.WriteLine(report.ToJson());
            }
            else
            {
                GraphQLBenchTable.Write(report, Console.Out);
            }

            return report.Succeeded ? 0 : 1;
        });
        return command;
    }

    /// <summary>Null when the settings make sense, else what to change.</summary>
    internal static string? Validate(WrkSettings settings) => settings switch
    {
        { Duration.TotalSeconds: < 1 } => "--duration must be at least 1 second.",
        { Warmup.TotalSeconds: < 0 } => "--warmup cannot be negative.",
        { Timeout.TotalSeconds: < 1 } => "--timeout must be at least 1 second.",
        { Threads: < 1 } => "--threads must be at least 1.",
        { Connections: var c, Threads: var t } when c < t => "--connections must be at least --threads (wrk gives each thread its own connections).",
        _ => null,
    };

    private static Option<int> Seconds(string name, string description, int defaultValue) => new(name)
    {
        Description = description,
        DefaultValueFactory = _ => defaultValue,
    };
}
