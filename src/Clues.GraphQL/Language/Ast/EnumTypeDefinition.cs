namespace Clues.GraphQL.Language;

/// <summary>An <c>enum</c> definition.</summary>
/// <param name="Description">The description, or <see langword="null"/>.</param>
/// <param name="Name">The type name.</param>
/// <param name="Directives">The directives (empty when none).</param>
/// <param name="Values">The values (empty when the braces are omitted).</param>
public sealed record EnumTypeDefinition(
    StringValue? Description,
    Name Name,
    IReadOnlyList<Directive> Directives,
    IReadOnlyList<EnumValueDefinition> Values) : TypeDefinition
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.EnumTypeDefinition;
}
