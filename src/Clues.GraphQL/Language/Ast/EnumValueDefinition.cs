namespace Clues.GraphQL.Language;

/// <summary>One value of an enum definition (never <c>true</c>, <c>false</c> or <c>null</c>).</summary>
/// <param name="Description">The description, or <see langword="null"/>.</param>
/// <param name="Name">The value name.</param>
/// <param name="Directives">The directives (empty when none).</param>
public sealed record EnumValueDefinition(
    StringValue? Description,
    Name Name,
    IReadOnlyList<Directive> Directives) : SyntaxNode, IHasDirectives, IHasDescription
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.EnumValueDefinition;
}
