using System.CommandLine;
using System.Diagnostics;
using Clues.Cli.Bench;
using Clues.Cli.Hosting;
using Spectre.Console;

namespace Clues.Cli.Commands;

/// <summary><c>clues bench graph</c>: our store's query latencies side by side with SQLite and Kùzu.</summary>
internal static class BenchCommand
{
    public static Command Create()
    {
        var command = new Command("bench", "Measure Clues: the graph store against peers (graph), the GraphQL server against graphql-js (graphql), the analyst API over HTTP (api).");
        command.Subcommands.Add(CreateGraph());
        command.Subcommands.Add(BenchGraphQLCommand.Create());
        command.Subcommands.Add(BenchApiCommand.Create());
        command.Subcommands.Add(BenchCrashCommand.Create());
        command.Subcommands.Add(BenchMatchCommand.Create());
        command.Subcommands.Add(BenchPackageCommand.Create());
        command.Subcommands.Add(BenchLoadCommand.Create());
        return command;
    }

    private static Command CreateGraph()
    {
        var data = CommonOptions.Data();
        var json = CommonOptions.Json();
        var samples = new Option<int>("--samples")
        {
            Description = "Timed calls per query kind and peer.",
            DefaultValueFactory = _ => 1000,
        };
        var seed = new Option<int>("--seed")
        {
            Description = "Seed for drawing persons, pairs and name fragments; the same seed gives the same inputs.",
            DefaultValueFactory = _ => 42,
        };
        var peers = new Option<string>("--peers")
        {
            Description = $"Comma-separated peers to run, from {string.Join(",", GraphBenchOptions.AllPeers)}.",
            DefaultValueFactory = _ => string.Join(",", GraphBenchOptions.AllPeers),
        };
        var synthetic = new Option<int?>("--synthetic-persons")
        {
            Description = "Fill an empty store with a synthetic graph of this many persons first (a stand-in until a seeded store is at hand).",
            Hidden = true,
        };

        var command = new Command(
            "graph",
            "Time drawable 2-hop neighbourhoods, bare 2-hop counts, shortest paths and name searches (p50/p99) in our store, SQLite (recursive CTEs) and Kùzu, and check they give the same answers. Exit code 1 when they disagree.")
        {
            data, json, samples, seed, peers, synthetic,
        };

        command.SetAction(async (parse, cancellationToken) =>
        {
            var dir = parse.GetValue(data)!;
            var sampleCount = parse.GetValue(samples);
            if (sampleCount < 1)
            {
                await Console.Error.WriteLineAsync("--samples must be at least 1.");
                return 2;
            }

            if (!TryParsePeers(parse.GetValue(peers) ?? "", out var peerNames, out var peerError))
            {
                await Console.Error.WriteLineAsync(peerError);
                return 2;
            }

            var syntheticPersons = parse.GetValue(synthetic);
            if (syntheticPersons is null && !File.Exists(Path.Combine(dir.FullName, "graph.db")))
            {
                await Console.Error.WriteLineAsync($"No store at '{dir.FullName}'. Create one with: clues seed --preset demo --data {dir.FullName}");
                return 2;
            }

            var openStart = Stopwatch.GetTimestamp();
            await using var store = await StoreOpener.OpenAsync(dir, new PhaseProgress(Console.Error), cancellationToken);
            var openMs = Stopwatch.GetElapsedTime(openStart).TotalMilliseconds;
            if (syntheticPersons is { } persons)
            {
                if ((await store.GetStatsAsync(cancellationToken)).Nodes == 0)
                {
                    await SyntheticGraph.WriteAsync(store, persons, parse.GetValue(seed), Console.Error, cancellationToken);
                }
                else
                {
                    await Console.Error.WriteLineAsync("The store already holds data; --synthetic-persons is ignored.");
                }
            }

            var options = new GraphBenchOptions(sampleCount, parse.GetValue(seed), peerNames, openMs);
            var report = await GraphBenchmark.RunAsync(store, options, Console.Error, cancellationToken);
            if (parse.GetValue(json))
            {
                Console.Out.WriteLine(report.ToJson());
            }
            else
            {
                GraphBenchTable.Write(report, AnsiConsole.Console);
            }

            return report.Agreement.Mismatches == 0 ? 0 : 1;
        });
        return command;
    }

    /// <summary>Accepts peer names in any case, in any order, each once; reports them in canonical order.</summary>
    internal static bool TryParsePeers(string text, out IReadOnlyList<string> peers, out string error)
    {
        var wanted = text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var unknown = wanted.Where(w => !GraphBenchOptions.AllPeers.Contains(w, StringComparer.OrdinalIgnoreCase)).ToList();
        peers = [.. GraphBenchOptions.AllPeers.Where(p => wanted.Contains(p, StringComparer.OrdinalIgnoreCase))];
        error = unknown.Count > 0
            ? $"Unknown peer(s) {string.Join(", ", unknown)} in --peers. Choose from {string.Join(",", GraphBenchOptions.AllPeers)}."
            : peers.Count == 0
                ? $"--peers names no peer. Choose from {string.Join(",", GraphBenchOptions.AllPeers)}."
                : "";
        return error.Length == 0;
    }
}
