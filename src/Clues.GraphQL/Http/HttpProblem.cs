namespace Clues.GraphQL.Http;

/// <summary>
/// A failure of the HTTP exchange itself (not of GraphQL): answered with <paramref name="StatusCode"/> and a
/// GraphQL-shaped body <c>{"errors":[{"message":…,"extensions":{"code":…}}]}</c> so clients parse it the same way.
/// </summary>
/// <param name="StatusCode">The HTTP status.</param>
/// <param name="Message">The client-visible message.</param>
/// <param name="Code">The <c>extensions.code</c>, see <see cref="GraphQLErrorCodes"/>.</param>
/// <param name="Allow">The <c>Allow</c> header for 405 answers, or null.</param>
internal sealed record HttpProblem(int StatusCode, string Message, string Code, string? Allow = null);
