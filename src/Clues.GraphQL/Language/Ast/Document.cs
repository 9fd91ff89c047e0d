namespace Clues.GraphQL.Language;

/// <summary>A whole GraphQL document.</summary>
/// <param name="Definitions">The definitions in source order; never empty for parsed documents.</param>
public sealed record Document(IReadOnlyList<Definition> Definitions) : SyntaxNode
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.Document;
}
