namespace Clues.GraphQL.Language;

/// <summary>A <c>union U = A | B</c> definition.</summary>
/// <param name="Description">The description, or <see langword="null"/>.</param>
/// <param name="Name">The type name.</param>
/// <param name="Directives">The directives (empty when none).</param>
/// <param name="Types">The member types (empty when <c>=</c> is omitted).</param>
public sealed record UnionTypeDefinition(
    StringValue? Description,
    Name Name,
    IReadOnlyList<Directive> Directives,
    IReadOnlyList<NamedType> Types) : TypeDefinition
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.UnionTypeDefinition;
}
