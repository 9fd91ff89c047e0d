namespace Clues.GraphQL.Language;

/// <summary>An <c>input</c> definition (possibly <c>@oneOf</c>).</summary>
/// <param name="Description">The description, or <see langword="null"/>.</param>
/// <param name="Name">The type name.</param>
/// <param name="Directives">The directives (empty when none).</param>
/// <param name="Fields">The input fields (empty when the braces are omitted).</param>
public sealed record InputObjectTypeDefinition(
    StringValue? Description,
    Name Name,
    IReadOnlyList<Directive> Directives,
    IReadOnlyList<InputValueDefinition> Fields) : TypeDefinition
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.InputObjectTypeDefinition;
}
