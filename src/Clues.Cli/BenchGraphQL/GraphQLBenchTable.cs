using System.Globalization;

namespace Clues.Cli.BenchGraphQL;

/// <summary>The report as a few plain lines, for a terminal (without --json).</summary>
internal static class GraphQLBenchTable
{
    public static void Write(GraphQLBenchReport report, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{"query",-14} {"clues rps",12} {"p99 ms",9} {"graphql-js rps",15} {"p99 ms",9} {"ratio",7}"));
        foreach (var (key, query) in report.Queries)
        {
            output.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"{key,-14} {Number(query.Clues.Rps, "N0"),12} {Number(query.Clues.P99, "0.00"),9} {Number(query.GraphqlJs.Rps, "N0"),15} {Number(query.GraphqlJs.P99, "0.00"),9} {Number(query.Ratio, "0.00"),7}"));
            foreach (var (side, figures) in new[] { ("clues", query.Clues), ("graphql-js", query.GraphqlJs) })
            {
                if (figures.Error is not null)
                {
                    output.WriteLine($"  {side}: {figures.Error}");
                }
            }
        }

        var s = report.Settings;
        output.WriteLine($"{s.WrkCommand} after {s.WarmupSeconds.ToString(CultureInfo.InvariantCulture)} s warm-up; {s.Wrk}");
        output.WriteLine($"load average before {s.Machine["loadAverageBefore"]}, after {s.Machine["loadAverageAfter"]} on {s.Machine["processors"]} processors");
        output.WriteLine($"nested: {s.NestedShape}");
    }

    private static string Number(double? value, string format) => value?.ToString(format, CultureInfo.InvariantCulture) ?? "-";
}
