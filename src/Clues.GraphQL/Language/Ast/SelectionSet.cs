namespace Clues.GraphQL.Language;

/// <summary>A braced list of selections; never empty when parsed.</summary>
/// <param name="Selections">The selections in source order.</param>
public sealed record SelectionSet(IReadOnlyList<Selection> Selections) : SyntaxNode
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.SelectionSet;
}
