using Clues.GraphQL.Execution;

namespace Clues.GraphQL.Http;

/// <summary>
/// One operation's answer as the handler writes it: an <see cref="ExecutionResult"/> to serialise, or an already
/// serialised response (a cached introspection answer, which always has data and no errors).
/// </summary>
internal readonly record struct HttpResult(ExecutionResult? Result, byte[]? Json)
{
    public static implicit operator HttpResult(ExecutionResult result) => new(result, null);

    public bool HasData => Json is not null || Result?.HasData == true;
}
