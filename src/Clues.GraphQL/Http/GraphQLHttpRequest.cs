namespace Clues.GraphQL.Http;

/// <summary>One GraphQL request as read from a POST body or GET query string.</summary>
/// <param name="Query">The document text.</param>
/// <param name="OperationName">The operation to run, or null.</param>
/// <param name="Variables">Variable values as plain .NET values (maps, lists, strings, numbers, booleans), or null.</param>
/// <param name="Extensions">The request's extensions map, or null. Read for well-formedness; not used yet.</param>
internal sealed record GraphQLHttpRequest(
    string Query,
    string? OperationName,
    IReadOnlyDictionary<string, object?>? Variables,
    IReadOnlyDictionary<string, object?>? Extensions);
