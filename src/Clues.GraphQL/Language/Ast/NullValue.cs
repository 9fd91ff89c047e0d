namespace Clues.GraphQL.Language;

/// <summary>The literal <c>null</c>.</summary>
public sealed record NullValue() : ValueNode
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.NullValue;
}
