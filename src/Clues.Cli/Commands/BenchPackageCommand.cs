using System.CommandLine;
using Clues.Cli.BenchPackage;
using Clues.Seed;

namespace Clues.Cli.Commands;

/// <summary><c>clues bench package</c>: how long exporting approved clues as signed handover packages takes.</summary>
internal static class BenchPackageCommand
{
    public static Command Create()
    {
        var clues = new Option<int>("--clues") { Description = "Clues to draft, approve and export.", DefaultValueFactory = _ => 1000 };
        var preset = new Option<SeedPreset>("--preset") { Description = "Seed preset of the temporary store (demo has 131 clues, city 8,733).", DefaultValueFactory = _ => SeedPreset.City };
        var seed = new Option<int>("--seed") { Description = "The seed's seed.", DefaultValueFactory = _ => new SeedOptions(SeedPreset.City).Seed };
        var limit = new Option<int>("--context-limit") { Description = "Context nodes per subject.", DefaultValueFactory = _ => 60 };
        var keep = new Option<bool>("--keep") { Description = "Keep the temporary store and packages and print where they are." };
        var json = CommonOptions.Json();
        var command = new Command(
            "package",
            "Seed a temporary store, draft, file and approve N clues through the handover workflow, then time exporting them all (one signed package per finding office and recipient, with context, letter and register; items handed over). Prints seconds, zip size and context nodes.")
        {
            clues, preset, seed, limit, keep, json,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var count = parse.GetValue(clues);
            if (count < 1)
            {
                Console.Error.WriteLine($"--clues {count}: export at least one clue.");
                return 2;
            }

            if (parse.GetValue(limit) < 1)
            {
                Console.Error.WriteLine($"--context-limit {parse.GetValue(limit)}: must be at least 1.");
                return 2;
            }

            PackageBenchReport report;
            try
            {
                report = await PackageBenchmark.RunAsync(new PackageBenchOptions(count, parse.GetValue(preset), parse.GetValue(seed), parse.GetValue(limit), parse.GetValue(keep)), Console.Error, cancellationToken);
            }
            catch (InvalidOperationException e)
            {
                Console.Error.WriteLine(e.Message);
                return 1;
            }

            if (parse.GetValue(json))
            {
                Console.WriteLine(report.ToJson());
            }
            else
            {
                report.WriteText(Console.Out);
            }

            return report.AllVerified ? 0 : 1;
        });
        return command;
    }
}
