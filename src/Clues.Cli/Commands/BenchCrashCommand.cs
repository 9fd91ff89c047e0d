using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Clues.Cli.BenchCrash;

namespace Clues.Cli.Commands;

/// <summary>
/// <c>clues bench crash</c>: SIGKILLs crash children (this CLI again, as the hidden <c>bench crash child</c> verb) at
/// random moments during bulk import, clue registration and handover steps, restarts them, and counts acknowledged
/// writes lost and stores damaged.
/// </summary>
internal static class BenchCrashCommand
{
    public static Command Create()
    {
        var kills = new Option<int>("--kills") { Description = "How many children to SIGKILL.", DefaultValueFactory = _ => 200 };
        var data = new Option<DirectoryInfo>("--data") { Description = "Data folder the children write (a scratch folder; its keys go beside it in <data>-keys).", Required = true };
        var seed = new Option<int>("--seed") { Description = "Seed for the kill moments.", DefaultValueFactory = _ => 20260601 };
        var maxDelay = new Option<int>("--max-delay-ms") { Description = "Longest a child writes after opening its stores before it is killed.", DefaultValueFactory = _ => 400 };
        var json = CommonOptions.Json();
        var command = new Command(
            "crash",
            "Kill (SIGKILL) a writer process at random moments during bulk import, clue registration and handover transitions, restart it, and check " +
            "that every acknowledged write is there, every SQLite file passes integrity_check and the audit chain verifies. Prints kills, acknowledged " +
            "writes, losses and corrupt stores; exit code 1 when anything was lost or damaged.")
        {
            kills, data, seed, maxDelay, json,
        };
        command.Subcommands.Add(CrashChildCommand.Create());
        command.SetAction(async (parse, cancellationToken) =>
        {
            var killCount = parse.GetValue(kills);
            var delay = parse.GetValue(maxDelay);
            if (killCount < 1 || delay < 1)
            {
                await Console.Error.WriteLineAsync("--kills and --max-delay-ms must be at least 1.");
                return 2;
            }

            var options = new CrashHarnessOptions(parse.GetValue(data)!.FullName, killCount)
            {
                Seed = parse.GetValue(seed),
                MaxDelay = TimeSpan.FromMilliseconds(delay),
            };
            var report = await CrashHarness.RunAsync(options, Console.Error, cancellationToken);
            if (parse.GetValue(json))
            {
                Console.WriteLine(JsonSerializer.Serialize(new Dictionary<string, object>
                {
                    ["kills"] = report.Kills,
                    ["acknowledged"] = report.TotalAcknowledged,
                    ["acknowledgedByWorkload"] = report.Acknowledged.ToDictionary(p => p.Key.ToString(), p => p.Value),
                    ["losses"] = report.Losses,
                    ["corruptStores"] = report.CorruptStores,
                    ["seconds"] = Math.Round(report.Elapsed.TotalSeconds, 1),
                    ["problems"] = report.Problems,
                }));
            }
            else
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"kills: {report.Kills}, acknowledged writes: {report.TotalAcknowledged} ({string.Join(", ", report.Acknowledged.Select(p => $"{p.Key.ToString().ToLowerInvariant()} {p.Value}"))}), losses: {report.Losses}, corrupt stores: {report.CorruptStores}, {report.Elapsed.TotalSeconds:F0} s"));
                foreach (var problem in report.Problems)
                {
                    Console.WriteLine("  " + problem);
                }
            }

            return report.Passed ? 0 : 1;
        });
        return command;
    }
}
