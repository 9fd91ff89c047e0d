using System.CommandLine;
using Clues.Cli.Hosting;
using Clues.Core.Graph;
using Clues.Graph.Neo4j;
using Clues.Graph.Neo4j.Migration;

namespace Clues.Cli.Commands;

/// <summary>
/// <c>clues migrate --to neo4j</c>: copies an embedded store into Neo4j in batches, resumable from the
/// checkpoint it keeps in the data folder, with progress on standard error.
/// </summary>
internal static class MigrateCommand
{
    public const string CheckpointFileName = "neo4j-migration.checkpoint.json";

    public static Command Create()
    {
        var to = new Option<string>("--to")
        {
            Description = "The backend to copy into. Only 'neo4j' is supported.",
            Required = true,
        };
        to.AcceptOnlyFromAmong("neo4j");
        var data = CommonOptions.Data();
        data.Description = "Folder of the embedded store to copy from.";
        var uri = new Option<string>("--uri")
        {
            Description = "Neo4j's HTTP address (the Query API), e.g. http://localhost:7474.",
            DefaultValueFactory = _ => "http://localhost:7474",
        };
        var user = new Option<string>("--user")
        {
            Description = "Neo4j user.",
            DefaultValueFactory = _ => "neo4j",
        };
        var password = new Option<string?>("--password")
        {
            Description = "Neo4j password (default: the NEO4J_PASSWORD environment variable).",
        };
        var database = new Option<string>("--database")
        {
            Description = "Neo4j database.",
            DefaultValueFactory = _ => "neo4j",
        };
        var batchSize = new Option<int>("--batch-size")
        {
            Description = "Records written per transaction.",
            DefaultValueFactory = _ => 1000,
        };
        var restart = new Option<bool>("--restart")
        {
            Description = "Ignore an earlier checkpoint and copy from the beginning.",
        };
        var command = new Command("migrate", "Copy the embedded store into Neo4j (batched, resumable, with progress).")
        {
            to, data, uri, user, password, database, batchSize, restart,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var dir = parse.GetValue(data)!;
            if (!File.Exists(Path.Combine(dir.FullName, "graph.db")))
            {
                await Console.Error.WriteLineAsync($"No store at '{dir.FullName}'. Create one with: clues seed --preset demo --data {dir.FullName}");
                return 2;
            }

            var secret = parse.GetValue(password) ?? Environment.GetEnvironmentVariable("NEO4J_PASSWORD");
            if (string.IsNullOrEmpty(secret))
            {
                await Console.Error.WriteLineAsync("No Neo4j password: pass --password or set NEO4J_PASSWORD.");
                return 2;
            }

            var size = parse.GetValue(batchSize);
            if (size is < 1 or > 100_000)
            {
                await Console.Error.WriteLineAsync($"--batch-size {size} is out of range; use 1 to 100000.");
                return 2;
            }

            if (!Uri.TryCreate(parse.GetValue(uri), UriKind.Absolute, out var address))
            {
                await Console.Error.WriteLineAsync($"--uri '{parse.GetValue(uri)}' is not an absolute address; use Neo4j's HTTP address, e.g. http://localhost:7474.");
                return 2;
            }

            var checkpoint = Path.Combine(dir.FullName, CheckpointFileName);
            if (parse.GetValue(restart))
            {
                File.Delete(checkpoint);
            }

            var options = new Neo4jOptions(address, parse.GetValue(user)!, secret, parse.GetValue(database)!) { WriteBatchSize = size };
            try
            {
                return await RunAsync(dir, options, checkpoint, cancellationToken);
            }
            catch (GraphStoreException ex)
            {
                await Console.Error.WriteLineAsync(ex.Message);
                await Console.Error.WriteLineAsync($"Nothing after the last saved batch was copied; run the same command again to resume (checkpoint: {checkpoint}).");
                return 1;
            }
        });
        return command;
    }

    private static async Task<int> RunAsync(DirectoryInfo dir, Neo4jOptions options, string checkpoint, CancellationToken cancellationToken)
    {
        var size = options.WriteBatchSize;
        var progress = new PhaseProgress(Console.Error);
        await using var source = await StoreOpener.OpenAsync(dir, progress, cancellationToken);
        await using var target = await Neo4jGraphStore.ConnectAsync(options, cancellationToken);
        if (!target.WritesAreAtomic)
        {
            await Console.Error.WriteLineAsync($"Neo4j {target.ServerVersion} has no explicit Query API transactions: each statement commits on its own. A rerun repairs an interrupted batch.");
        }

        var copier = new GraphCopier(source, target, $"{options.Uri} database {options.Database}", checkpoint, size);
        var done = await copier.RunAsync(
            new Progress(p =>
            {
                if (p.Phase == MigrationCheckpoint.NodesPhase)
                {
                    progress.Report("copy nodes", p.NodesCopied, p.NodesTotal);
                }
                else
                {
                    progress.Report("copy relationships", p.RelationshipsCopied, p.RelationshipsTotal);
                }
            }),
            cancellationToken);
        Console.WriteLine($"Copied {done.NodesCopied:N0} nodes and {done.RelationshipsCopied:N0} relationships into Neo4j {target.ServerVersion} at {options.Uri} (database {options.Database}).");
        return 0;
    }

    // Synchronous on purpose: Progress<T> would post to the thread pool and could report out of order.
    private sealed class Progress(Action<MigrationProgress> report) : IProgress<MigrationProgress>
    {
        public void Report(MigrationProgress value) => report(value);
    }
}
