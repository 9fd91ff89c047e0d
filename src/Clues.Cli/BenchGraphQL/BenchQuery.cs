namespace Clues.Cli.BenchGraphQL;

/// <summary>
/// One of the loaded queries: its key in the report, the document and what it exercises.
/// <paramref name="IsIntrospection"/> answers are compared through <see cref="IntrospectionNormalizer"/>.
/// </summary>
internal sealed record BenchQuery(string Key, string Text, string? OperationName, string Description, bool IsIntrospection = false);
