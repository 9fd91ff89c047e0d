using Clues.GraphQL.Execution;
using Clues.GraphQL.Http;

namespace Clues.Api.Resolvers;

/// <summary>
/// Errors the caller can fix. They carry the BAD_USER_INPUT code so the HTTP layer passes their message through
/// error masking (a raw exception would reach the client as an opaque internal error).
/// </summary>
internal static class UserErrors
{
    public static GraphQLException Create(string message) =>
        new(message, new Dictionary<string, object?> { ["code"] = GraphQLErrorCodes.BadUserInput });

    /// <summary>Checks that an integer argument lies in a range, naming the argument and range when it does not.</summary>
    public static int InRange(int value, string argument, int min, int max) =>
        value >= min && value <= max ? value : throw Create($"{argument} must be between {min} and {max}; got {value}.");
}
