namespace Clues.GraphQL.Language;

/// <summary>A name (<c>/[_A-Za-z][_0-9A-Za-z]*/</c>).</summary>
/// <param name="Value">The name text.</param>
public sealed record Name(string Value) : SyntaxNode
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.Name;
}
