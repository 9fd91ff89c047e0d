using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using Clues.Handover.Routing;

namespace Clues.Cli.Commands;

/// <summary>
/// <c>clues route</c>: decides a batch of handover cases with the rule table, for audits of the table
/// (a province's variant is checked by passing it with <c>--rules</c>).
/// </summary>
internal static class RouteCommand
{
    public static Command Create()
    {
        var rules = new Option<FileInfo?>("--rules")
        {
            Description = "A rule table to use instead of the built-in schema/handover-rules.yaml.",
        };
        var command = new Command(
            "route",
            "Read a JSON array of cases on stdin, [{id, subject:{managementLevel, jurisdiction}, foundBy:{level, jurisdiction}, "
            + "problem, flags}], and print a JSON array of decisions, [{id, route, level, jurisdiction, timing, rule, basis}]; "
            + "a bad case prints {id, error} and the others are still decided.")
        {
            rules,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            HandoverRuleTable table;
            try
            {
                var file = parse.GetValue(rules);
                table = file is null ? HandoverRuleTable.BuiltIn() : await HandoverRuleTable.LoadFileAsync(file.FullName, cancellationToken);
            }
            catch (HandoverRuleTableException e)
            {
                await Console.Error.WriteLineAsync($"--rules: {e.Message}");
                return 2;
            }

            using var buffer = new MemoryStream();
            await using (var stdin = Console.OpenStandardInput())
            {
                await stdin.CopyToAsync(buffer, cancellationToken);
            }

            using var result = new MemoryStream();
            try
            {
                // Relaxed escaping keeps the Chinese basis texts readable in audit output; it is never embedded in HTML.
                await using var writer = new Utf8JsonWriter(result, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
                RouteBatch.Run(new HandoverRouter(table), buffer.GetBuffer().AsMemory(0, (int)buffer.Length), writer);
            }
            catch (JsonException e)
            {
                await Console.Error.WriteLineAsync($"clues route: standard input is not a JSON array of cases: {e.Message} Send e.g. [{{\"id\":\"1\",\"subject\":{{\"managementLevel\":\"CITY\",\"jurisdiction\":\"350102\"}},\"foundBy\":{{\"level\":\"COUNTY\",\"jurisdiction\":\"350102\"}},\"problem\":\"DUTY_CRIME\",\"flags\":[]}}].");
                return 2;
            }

            await using var stdout = Console.OpenStandardOutput();
            result.Position = 0;
            await result.CopyToAsync(stdout, cancellationToken);
            await stdout.WriteAsync("\n"u8.ToArray(), cancellationToken);
            return 0;
        });
        return command;
    }
}
