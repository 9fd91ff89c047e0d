namespace Clues.GraphQL.Language;

/// <summary>An <c>extend enum</c> definition.</summary>
/// <param name="Name">The extended type's name.</param>
/// <param name="Directives">The added directives (empty when none).</param>
/// <param name="Values">The added values (empty when none).</param>
public sealed record EnumTypeExtension(
    Name Name,
    IReadOnlyList<Directive> Directives,
    IReadOnlyList<EnumValueDefinition> Values) : TypeExtension
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.EnumTypeExtension;
}
