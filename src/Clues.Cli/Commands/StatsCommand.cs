using System.CommandLine;

namespace Clues.Cli.Commands;

internal static class StatsCommand
{
    public static Command Create()
    {
        var command = new Command("stats", "Not built yet.");
        command.SetAction(_ => { Console.Error.WriteLine("not built yet"); return 2; });
        return command;
    }
}
