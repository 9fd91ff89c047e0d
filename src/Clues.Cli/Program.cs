using System.CommandLine;
using Clues.Cli.Commands;

var root = new RootCommand("Clues: case-linkage graph and clue management for inspection offices (巡察办).");
root.Subcommands.Add(SeedCommand.Create());
root.Subcommands.Add(StatsCommand.Create());
root.Subcommands.Add(BenchCommand.Create());
root.Subcommands.Add(ServeCommand.Create());
root.Subcommands.Add(GraphQLCommand.Create());
root.Subcommands.Add(TokenCommand.Create());
root.Subcommands.Add(MigrateCommand.Create());
root.Subcommands.Add(KeysCommand.Create());
root.Subcommands.Add(PackageCommand.Create());
root.Subcommands.Add(RouteCommand.Create());
root.Subcommands.Add(MatchCommand.Create());
root.Subcommands.Add(AuditCommand.Create());
root.Subcommands.Add(BackupCommand.Create());
root.Subcommands.Add(BackupCommand.CreateRestore());
return await root.Parse(args).InvokeAsync();
