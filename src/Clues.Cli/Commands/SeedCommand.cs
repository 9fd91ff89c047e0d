using System.CommandLine;

namespace Clues.Cli.Commands;

internal static class SeedCommand
{
    public static Command Create()
    {
        var command = new Command("seed", "Not built yet.");
        command.SetAction(_ => { Console.Error.WriteLine("not built yet"); return 2; });
        return command;
    }
}
