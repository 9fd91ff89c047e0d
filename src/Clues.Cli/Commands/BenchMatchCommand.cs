using System.CommandLine;
using Clues.Cli.BenchMatch;

namespace Clues.Cli.Commands;

/// <summary><c>clues bench match</c>: entity-resolution quality and speed on seeded synthetic data with known truth.</summary>
internal static class BenchMatchCommand
{
    public static Command Create()
    {
        var size = new Option<int>("--size")
        {
            Description = "Records in each of the two data sets (four fifths persons, one fifth companies).",
            DefaultValueFactory = _ => 100_000,
        };
        var seed = new Option<int>("--seed")
        {
            Description = "Seed for the synthetic data; the same seed gives the same data sets.",
            DefaultValueFactory = _ => 42,
        };
        var json = CommonOptions.Json();
        var command = new Command(
            "match",
            "Generate two seeded data sets of persons and companies with injected variations and known truth, match them, and print persons MATCH precision/recall, companies precision, seconds and records/s. Exit code 1 when a quality target is missed.")
        {
            size, seed, json,
        };
        command.SetAction((parse, cancellationToken) =>
        {
            var records = parse.GetValue(size);
            if (records < 10)
            {
                Console.Error.WriteLine($"--size {records} is too small; use at least 10 records.");
                return Task.FromResult(2);
            }

            var report = MatchBenchmark.Run(new MatchBenchOptions(records, parse.GetValue(seed)), Console.Error, cancellationToken);
            if (parse.GetValue(json))
            {
                Console.Out.WriteLine(report.ToJson());
            }
            else
            {
                report.WriteText(Console.Out);
            }

            return Task.FromResult(report.QualityTargetsMet ? 0 : 1);
        });
        return command;
    }
}
