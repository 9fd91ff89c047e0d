namespace Clues.GraphQL.Language;

/// <summary>A list type reference, e.g. <c>[User]</c>.</summary>
/// <param name="Type">The item type.</param>
public sealed record ListType(TypeNode Type) : TypeNode
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.ListType;
}
