namespace Clues.Cli.BenchGraphQL;

/// <summary>How the figures were taken, so two runs can be compared (or not) at a glance.</summary>
internal sealed record BenchSettingsReport(
    string Wrk,
    string WrkCommand,
    int Threads,
    int Connections,
    double DurationSeconds,
    double WarmupSeconds,
    double TimeoutSeconds,
    string Units,
    string Order,
    string Schema,
    string NestedShape,
    IReadOnlyDictionary<string, string> Clues,
    IReadOnlyDictionary<string, string> GraphqlJs,
    IReadOnlyDictionary<string, string> Machine);
