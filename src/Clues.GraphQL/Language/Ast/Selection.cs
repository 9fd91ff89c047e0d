namespace Clues.GraphQL.Language;

/// <summary>A member of a <see cref="SelectionSet"/>: a field, fragment spread or inline fragment.</summary>
public abstract record Selection : SyntaxNode, IHasDirectives
{
    /// <inheritdoc />
    public abstract IReadOnlyList<Directive> Directives { get; init; }
}
