using System.CommandLine;
using System.Text.Json;
using Clues.Cli.Hosting;
using Clues.Core.Graph;

namespace Clues.Cli.Commands;

/// <summary><c>clues stats</c>: counts of nodes and relationships, by label and by type.</summary>
internal static class StatsCommand
{
    public static Command Create()
    {
        var data = CommonOptions.Data();
        var json = CommonOptions.Json();
        var command = new Command("stats", "Count nodes and relationships in a store, by label and by type.") { data, json };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var dir = parse.GetValue(data)!;
            if (!File.Exists(Path.Combine(dir.FullName, "graph.db")))
            {
                await Console.Error.WriteLineAsync($"No store at '{dir.FullName}'. Create one with: clues seed --preset demo --data {dir.FullName}");
                return 2;
            }

            await using var store = await StoreOpener.OpenAsync(dir, new PhaseProgress(Console.Error), cancellationToken);
            var stats = await store.GetStatsAsync(cancellationToken);
            if (parse.GetValue(json))
            {
                Console.WriteLine(JsonSerializer.Serialize(ToJson(stats)));
            }
            else
            {
                Console.WriteLine($"nodes: {stats.Nodes:N0}, relationships: {stats.Relationships:N0}");
                foreach (var (label, count) in stats.ByLabel.OrderBy(p => p.Key))
                {
                    Console.WriteLine($"  {label,-18} {count,12:N0}");
                }

                foreach (var (type, count) in stats.ByType.OrderBy(p => p.Key))
                {
                    Console.WriteLine($"  {type,-22} {count,12:N0}");
                }
            }

            return 0;
        });
        return command;
    }

    // The shape is the documented contract of `clues stats --json`; labels and types by their English names.
    internal static object ToJson(GraphStats stats) => new Dictionary<string, object>
    {
        ["nodes"] = stats.Nodes,
        ["relationships"] = stats.Relationships,
        ["byLabel"] = stats.ByLabel.OrderBy(p => p.Key).ToDictionary(p => p.Key.ToString(), p => p.Value),
        ["byType"] = stats.ByType.OrderBy(p => p.Key).ToDictionary(p => p.Key.ToString(), p => p.Value),
    };
}
