using System.CommandLine;
using Clues.Cli.GraphQLBatch;

namespace Clues.Cli.Commands;

/// <summary><c>clues graphql batch</c>: runs JSONL conformance cases through the Clues.GraphQL engine.</summary>
internal static class GraphQLCommand
{
    public static Command Create()
    {
        var command = new Command("graphql", "Run GraphQL documents through the Clues.GraphQL engine.");
        command.Subcommands.Add(CreateBatch());
        return command;
    }

    private static Command CreateBatch()
    {
        var command = new Command(
            "batch",
            "Read JSONL cases {id, sdl, query, root, variables, operationName} on stdin and print one JSON line per case: "
            + "{id, phase: parse|validate|execute, errors: [{message, locations, path}], data}. Root data conventions: a field "
            + "reads the parent's property of the same name; {\"$error\": msg} throws; {\"$byArgs\": [{args, value}]} picks by "
            + "coerced arguments; abstract types resolve from \"__typename\".");
        command.SetAction(async (_, cancellationToken) =>
        {
            await using var input = Console.OpenStandardInput();
            await using var output = Console.OpenStandardOutput();
            await new BatchRunner().RunAsync(input, output, cancellationToken);
            return 0;
        });
        return command;
    }
}
