namespace Clues.GraphQL.Language;

/// <summary>A non-null type reference, e.g. <c>User!</c>. The inner type is never itself non-null.</summary>
/// <param name="Type">The wrapped named or list type.</param>
public sealed record NonNullType(TypeNode Type) : TypeNode
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.NonNullType;
}
