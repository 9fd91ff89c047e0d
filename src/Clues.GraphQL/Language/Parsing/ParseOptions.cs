namespace Clues.GraphQL.Language;

/// <summary>Options for <see cref="Parser"/>.</summary>
public sealed record ParseOptions
{
    /// <summary>The options used when none are given.</summary>
    public static ParseOptions Default { get; } = new();

    /// <summary>
    /// The most tokens (comments excluded) a document may contain before parsing is aborted with a
    /// syntax error; a guard against resource exhaustion by huge requests. <see langword="null"/> disables
    /// the limit, which is appropriate for trusted input such as a schema file. Defaults to 15000.
    /// </summary>
    public int? MaxTokens { get; init; } = 15000;

    /// <summary>
    /// The deepest nesting of selection sets, list/object values and list types the parser accepts before
    /// failing with a syntax error, so hostile input cannot overflow the stack. Defaults to 512.
    /// </summary>
    public int MaxDepth { get; init; } = 512;

    /// <summary>When <see langword="true"/>, nodes get no <see cref="SyntaxNode.Loc"/> (saves an allocation per node).</summary>
    public bool NoLocation { get; init; }
}
