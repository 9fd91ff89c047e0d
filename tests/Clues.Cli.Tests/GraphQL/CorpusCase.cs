namespace Clues.Cli.Tests.GraphQL;

/// <summary>One line of the conformance corpus; <see cref="Exclude"/> holds the documented reason when it is not compared.</summary>
internal sealed record CorpusCase(string Id, string File, string Line, string? Exclude);
