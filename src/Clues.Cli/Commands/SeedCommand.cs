using System.CommandLine;
using Clues.Cli.Hosting;
using Clues.Seed;

namespace Clues.Cli.Commands;

/// <summary><c>clues seed</c>: fills a store with deterministic synthetic data.</summary>
internal static class SeedCommand
{
    public static Command Create()
    {
        var preset = new Option<SeedPreset>("--preset")
        {
            Description = "demo (about 2k nodes), city (about 100k nodes, 1M relationships) or large (about 1M nodes, 10M relationships).",
            DefaultValueFactory = _ => SeedPreset.Demo,
        };
        var seed = new Option<int>("--seed")
        {
            Description = "Random seed: the same seed gives the same data.",
            DefaultValueFactory = _ => new SeedOptions(SeedPreset.Demo).Seed,
        };
        var data = CommonOptions.Data();
        var command = new Command("seed", "Generate deterministic synthetic data (Chinese names, valid ID numbers) into a store.") { preset, seed, data };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var dir = parse.GetValue(data)!;
            var progress = new PhaseProgress(Console.Error);
            await using var store = await StoreOpener.OpenAsync(dir, progress, cancellationToken);
            var existing = await store.GetStatsAsync(cancellationToken);
            if (existing.Nodes > 0)
            {
                await Console.Error.WriteLineAsync(
                    $"The store at '{dir.FullName}' already holds {existing.Nodes:N0} nodes. Seed into an empty folder, or delete this one first.");
                return 2;
            }

            var report = await SeedGenerator.RunAsync(
                store,
                new SeedOptions(parse.GetValue(preset), parse.GetValue(seed)),
                new InlineProgress<SeedProgress>(p => progress.Report(p.Phase, p.Done, p.Total)),
                cancellationToken);
            Console.WriteLine($"Seeded {report.Nodes:N0} nodes and {report.Relationships:N0} relationships in {report.Elapsed.TotalSeconds:F1} s into {dir.FullName}");
            return 0;
        });
        return command;
    }
}
