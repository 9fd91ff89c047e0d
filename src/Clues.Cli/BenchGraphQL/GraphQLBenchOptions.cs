namespace Clues.Cli.BenchGraphQL;

/// <summary>What <c>clues bench graphql</c> runs: the load shape, the queries and where the Node peer lives.</summary>
internal sealed record GraphQLBenchOptions(WrkSettings Wrk, IReadOnlyList<BenchQuery> Queries, string? NodeScriptDirectory = null);
