namespace Clues.Cli.BenchGraphQL;

/// <summary>One query's result: both sides, and ours divided by graphql-js's requests per second.</summary>
internal sealed record QueryReport(
    string Description,
    SideFigures Clues,
    SideFigures GraphqlJs,
    double? Ratio,
    string Agreement)
{
    public static double? RatioOf(SideFigures clues, SideFigures graphqlJs) =>
        clues is { Rps: { } ours, Error: null } && graphqlJs is { Rps: { } theirs and > 0, Error: null }
            ? Math.Round(ours / theirs, 2)
            : null;
}
