namespace Clues.GraphQL.Language;

/// <summary>An <c>extend input</c> definition.</summary>
/// <param name="Name">The extended type's name.</param>
/// <param name="Directives">The added directives (empty when none).</param>
/// <param name="Fields">The added input fields (empty when none).</param>
public sealed record InputObjectTypeExtension(
    Name Name,
    IReadOnlyList<Directive> Directives,
    IReadOnlyList<InputValueDefinition> Fields) : TypeExtension
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.InputObjectTypeExtension;
}
