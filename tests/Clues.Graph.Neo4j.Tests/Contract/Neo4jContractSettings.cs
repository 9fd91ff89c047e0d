namespace Clues.Graph.Neo4j.Tests.Contract;

/// <summary>Where the contract suite finds Neo4j: NEO4J_URI (the HTTP address), NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE.</summary>
internal static class Neo4jContractSettings
{
    public const string NotRunReason = "Neo4j contract suite not run: NEO4J_URI is unset (see README 'Run on Neo4j and Redis')";

    public static string? Uri => Environment.GetEnvironmentVariable("NEO4J_URI") is { Length: > 0 } uri ? uri : null;

    /// <summary>Why the contract tests are reported as not run, or null when they run.</summary>
    public static string? SkipReason => Uri is null ? NotRunReason : null;

    public static Neo4jOptions Options() => new(
        new System.Uri(Uri ?? throw new InvalidOperationException(NotRunReason)),
        Environment.GetEnvironmentVariable("NEO4J_USER") ?? "neo4j",
        Environment.GetEnvironmentVariable("NEO4J_PASSWORD") ?? "",
        Environment.GetEnvironmentVariable("NEO4J_DATABASE") ?? "neo4j");
}
