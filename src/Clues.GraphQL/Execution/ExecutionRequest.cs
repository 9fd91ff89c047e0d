using Clues.GraphQL.Language;
using Clues.GraphQL.Types;

namespace Clues.GraphQL.Execution;

/// <summary>Everything one execution needs. The document is expected to have passed validation.</summary>
public sealed record ExecutionRequest
{
    /// <summary>The schema to execute against.</summary>
    public required GraphQLSchema Schema { get; init; }

    /// <summary>The parsed (and validated) document.</summary>
    public required Document Document { get; init; }

    /// <summary>The operation to run; may be null when the document has exactly one operation.</summary>
    public string? OperationName { get; init; }

    /// <summary>Raw variable values (from JSON: plain .NET values or <see cref="System.Text.Json.JsonElement"/>s), or null.</summary>
    public IReadOnlyDictionary<string, object?>? VariableValues { get; init; }

    /// <summary>The value passed as parent to root fields, or null.</summary>
    public object? RootValue { get; init; }

    /// <summary>Request services for resolvers, or null.</summary>
    public IServiceProvider? Services { get; init; }

    /// <summary>Any per-request state for resolvers (e.g. the caller's identity), or null.</summary>
    public object? UserContext { get; init; }

    /// <summary>When false, <c>__schema</c> and <c>__type</c> fail with an error; <c>__typename</c> always works.</summary>
    public bool EnableIntrospection { get; init; } = true;

    /// <summary>Cancels the execution; resolvers see it on their context.</summary>
    public CancellationToken CancellationToken { get; init; }
}
