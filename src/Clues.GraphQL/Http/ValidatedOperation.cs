namespace Clues.GraphQL.Http;

/// <summary>
/// An operation of a cached document that passed validation with the endpoint's options. For an operation that
/// selects only introspection meta fields, the serialised response is kept as well: it depends on the schema
/// alone, so GraphiQL's large schema query is answered without executing or serialising it again.
/// </summary>
internal sealed class ValidatedOperation(bool isIntrospectionOnly)
{
    /// <summary>Introspection answers larger than this are not kept (a huge schema would pin the memory per document).</summary>
    public const int MaxCachedResponseBytes = 4 * 1024 * 1024;

    private byte[]? _response;

    /// <summary>True when the operation selects only <c>__schema</c>, <c>__type</c> and <c>__typename</c> at its root.</summary>
    public bool IsIntrospectionOnly { get; } = isIntrospectionOnly;

    /// <summary>The complete response JSON (UTF-8) once computed, for introspection-only operations.</summary>
    public byte[]? Response
    {
        get => Volatile.Read(ref _response);
        set => Volatile.Write(ref _response, value);
    }
}
