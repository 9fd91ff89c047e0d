namespace Clues.GraphQL.Language;

/// <summary>A reference to a named type, e.g. <c>User</c>.</summary>
/// <param name="Name">The type name.</param>
public sealed record NamedType(Name Name) : TypeNode
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.NamedType;
}
