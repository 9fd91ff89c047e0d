namespace Clues.GraphQL.Language;

/// <summary>An <c>extend interface</c> definition.</summary>
/// <param name="Name">The extended type's name.</param>
/// <param name="Interfaces">The added interfaces (empty when none).</param>
/// <param name="Directives">The added directives (empty when none).</param>
/// <param name="Fields">The added fields (empty when none).</param>
public sealed record InterfaceTypeExtension(
    Name Name,
    IReadOnlyList<NamedType> Interfaces,
    IReadOnlyList<Directive> Directives,
    IReadOnlyList<FieldDefinition> Fields) : TypeExtension
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.InterfaceTypeExtension;
}
