namespace Clues.GraphQL.Execution;

/// <summary>A path inside a variable value, for error messages such as <c>at "input.tags[2]"</c>.</summary>
internal sealed record InputPath(InputPath? Parent, string? Key, int Index);
