namespace Clues.GraphQL.Language;

/// <summary>
/// A document could not be lexed or parsed. The message has graphql-js's shape, e.g.
/// <c>Syntax Error: Expected Name, found &lt;EOF&gt;.</c>
/// </summary>
public sealed class GraphQLSyntaxException : Exception
{
    /// <summary>Creates a syntax error at <paramref name="position"/> of <paramref name="source"/>.</summary>
    /// <param name="source">The source being parsed.</param>
    /// <param name="position">The 0-based UTF-16 offset the error refers to.</param>
    /// <param name="description">The description without the <c>Syntax Error: </c> prefix.</param>
    public GraphQLSyntaxException(Source source, int position, string description)
        : base("Syntax Error: " + description)
    {
        ArgumentNullException.ThrowIfNull(source);
        Source = source;
        Position = position;
        Description = description;
        Locations = [source.GetLocation(position)];
    }

    /// <summary>The source being parsed.</summary>
    /// <remarks>Hides <see cref="Exception.Source"/> (a string naming the throwing assembly) because the GraphQL source is what callers need; the original remains reachable through a cast to <see cref="Exception"/>.</remarks>
    public new Source Source { get; }

    /// <summary>The 0-based UTF-16 offset of the error in <see cref="Source"/>.</summary>
    public int Position { get; }

    /// <summary>The message without the <c>Syntax Error: </c> prefix.</summary>
    public string Description { get; }

    /// <summary>The 1-based line and column of the error (a single entry, as in graphql-js).</summary>
    public IReadOnlyList<SourceLocation> Locations { get; }
}
