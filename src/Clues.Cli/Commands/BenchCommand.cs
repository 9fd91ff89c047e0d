using System.CommandLine;

namespace Clues.Cli.Commands;

internal static class BenchCommand
{
    public static Command Create()
    {
        var command = new Command("bench", "Not built yet.");
        command.SetAction(_ => { Console.Error.WriteLine("not built yet"); return 2; });
        return command;
    }
}
