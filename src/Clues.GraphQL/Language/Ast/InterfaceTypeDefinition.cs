namespace Clues.GraphQL.Language;

/// <summary>An <c>interface</c> definition; interfaces may implement other interfaces.</summary>
/// <param name="Description">The description, or <see langword="null"/>.</param>
/// <param name="Name">The type name.</param>
/// <param name="Interfaces">The implemented interfaces (empty when none).</param>
/// <param name="Directives">The directives (empty when none).</param>
/// <param name="Fields">The fields (empty when the braces are omitted).</param>
public sealed record InterfaceTypeDefinition(
    StringValue? Description,
    Name Name,
    IReadOnlyList<NamedType> Interfaces,
    IReadOnlyList<Directive> Directives,
    IReadOnlyList<FieldDefinition> Fields) : TypeDefinition
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.InterfaceTypeDefinition;
}
