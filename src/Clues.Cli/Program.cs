using System.CommandLine;
using Clues.Cli.Commands;

var root = new RootCommand("Clues: case-linkage graph and clue management for inspection offices (巡察办).");
root.Subcommands.Add(SeedCommand.Create());
root.Subcommands.Add(StatsCommand.Create());
root.Subcommands.Add(BenchCommand.Create());
root.Subcommands.Add(FuzzCommand.Create());
root.Subcommands.Add(ServeCommand.Create());
root.Subcommands.Add(GraphQLCommand.Create());
root.Subcommands.Add(TokenCommand.Create());
root.Subcommands.Add(MigrateCommand.Create());
root.Subcommands.Add(KeysCommand.Create());
root.Subcommands.Add(PackageCommand.Create());
root.Subcommands.Add(RouteCommand.Create());
root.Subcommands.Add(MatchCommand.Create());
root.Subcommands.Add(ExchangeCommand.Create());
root.Subcommands.Add(AuditCommand.Create());
root.Subcommands.Add(BackupCommand.Create());
root.Subcommands.Add(BackupCommand.CreateRestore());
var parsed = root.Parse(args);

// Usage errors (unknown options, missing values) exit 2 like the verbs' own argument checks, so scripts can tell a
// wrong command line (2) from a refused or failed operation (1).
if (parsed.Errors.Count > 0 && !args.Any(a => a is "-h" or "--help" or "-?"))
{
    foreach (var error in parsed.Errors)
    {
        Console.Error.WriteLine(error.Message);
    }

    Console.Error.WriteLine("Run with --help for usage.");
    return 2;
}

return await parsed.InvokeAsync();
