namespace Clues.GraphQL.Language;

/// <summary>An <c>extend union</c> definition.</summary>
/// <param name="Name">The extended type's name.</param>
/// <param name="Directives">The added directives (empty when none).</param>
/// <param name="Types">The added member types (empty when none).</param>
public sealed record UnionTypeExtension(
    Name Name,
    IReadOnlyList<Directive> Directives,
    IReadOnlyList<NamedType> Types) : TypeExtension
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.UnionTypeExtension;
}
