namespace Clues.GraphQL.Validation;

/// <summary>
/// Settings of <see cref="DocumentValidator.Validate"/>: the error cap and the limits that protect the
/// server from expensive documents. Every limit has a safe default; set a limit to <see langword="null"/>
/// to turn it off.
/// </summary>
public sealed record ValidationOptions
{
    /// <summary>The options used when none are passed.</summary>
    public static ValidationOptions Default { get; } = new();

    /// <summary>
    /// How many errors are collected before validation gives up and appends
    /// "Too many validation errors, error limit reached. Validation aborted." (default 100, as graphql-js).
    /// </summary>
    public int MaxErrors { get; init; } = 100;

    /// <summary>
    /// The deepest field nesting an operation may reach, counting the root fields as depth 1, with fragments
    /// expanded and introspection fields counted (default 15); <see langword="null"/> disables the check.
    /// </summary>
    public int? MaxDepth { get; init; } = 15;

    /// <summary>
    /// How many field selections (aliases count separately) an operation may contain once every fragment spread
    /// is expanded in place (default 2048); <see langword="null"/> disables the check. Guards against fragment fan-out.
    /// </summary>
    public int? MaxFields { get; init; } = 2048;

    /// <summary>
    /// The highest static cost an operation may have per the IBM cost directive specification (<c>@cost</c>,
    /// <c>@listSize</c>); default 1000, <see langword="null"/> disables the check.
    /// </summary>
    public int? MaxCost { get; init; } = 1000;

    /// <summary>The size assumed for a list field whose size is not bounded by <c>@listSize</c> or a slicing argument (default 10).</summary>
    public int DefaultListSize { get; init; } = 10;

    /// <summary>The default weight of a field whose type is an object, interface or union (default 1).</summary>
    public int DefaultCompositeFieldCost { get; init; } = 1;

    /// <summary>The default weight of a field whose type is a scalar or enum (default 0).</summary>
    public int DefaultLeafFieldCost { get; init; }

    /// <summary>The default weight of a root field of a mutation (default 10).</summary>
    public int DefaultMutationFieldCost { get; init; } = 10;

    /// <summary>
    /// How many operation definitions one document may hold (default 20); <see langword="null"/> disables the check.
    /// </summary>
    public int? MaxOperationsPerDocument { get; init; } = 20;

    /// <summary>
    /// The operation the request asks to run. When set, the depth, field and cost limits are measured for that
    /// operation only; otherwise every operation of the document is measured.
    /// </summary>
    public string? OperationName { get; init; }

    /// <summary>
    /// The request's variable values, when known; used to read slicing arguments given as variables
    /// (e.g. <c>first: $n</c>) when measuring cost. Values are the JSON-decoded numbers.
    /// </summary>
    public IReadOnlyDictionary<string, object?>? VariableValues { get; init; }
}
