namespace Clues.GraphQL.Language;

/// <summary>
/// Parses GraphQL text into a syntax tree (spec October 2021 grammar, executable and type-system
/// documents alike). All methods throw <see cref="GraphQLSyntaxException"/> on invalid input.
/// </summary>
public static class Parser
{
    /// <summary>Parses a document.</summary>
    /// <param name="text">The document text.</param>
    /// <param name="options">Limits and location options; <see cref="ParseOptions.Default"/> when null.</param>
    /// <returns>The document.</returns>
    public static Document Parse(string text, ParseOptions? options = null) => Parse(new Source(text), options);

    /// <summary>Parses a document.</summary>
    /// <param name="source">The document source.</param>
    /// <param name="options">Limits and location options; <see cref="ParseOptions.Default"/> when null.</param>
    /// <returns>The document.</returns>
    public static Document Parse(Source source, ParseOptions? options = null)
        => new DocumentParser(source, options).ParseDocument();

    /// <summary>Parses a single value, which may contain variables (e.g. <c>{a: [$x]}</c>).</summary>
    /// <param name="text">The value text.</param>
    /// <param name="options">Limits and location options; <see cref="ParseOptions.Default"/> when null.</param>
    /// <returns>The value.</returns>
    public static ValueNode ParseValue(string text, ParseOptions? options = null)
        => new DocumentParser(new Source(text), options).ParseStandaloneValue(isConst: false);

    /// <summary>Parses a single constant value: variables are rejected.</summary>
    /// <param name="text">The value text.</param>
    /// <param name="options">Limits and location options; <see cref="ParseOptions.Default"/> when null.</param>
    /// <returns>The value.</returns>
    public static ValueNode ParseConstValue(string text, ParseOptions? options = null)
        => new DocumentParser(new Source(text), options).ParseStandaloneValue(isConst: true);

    /// <summary>Parses a type reference such as <c>[String!]!</c>.</summary>
    /// <param name="text">The type text.</param>
    /// <param name="options">Limits and location options; <see cref="ParseOptions.Default"/> when null.</param>
    /// <returns>The type reference.</returns>
    public static TypeNode ParseType(string text, ParseOptions? options = null)
        => new DocumentParser(new Source(text), options).ParseStandaloneType();
}
