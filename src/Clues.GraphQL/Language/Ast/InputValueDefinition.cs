namespace Clues.GraphQL.Language;

/// <summary>An argument definition or an input object field definition.</summary>
/// <param name="Description">The description, or <see langword="null"/>.</param>
/// <param name="Name">The argument or field name.</param>
/// <param name="Type">The input type.</param>
/// <param name="DefaultValue">The constant default value, or <see langword="null"/> when none.</param>
/// <param name="Directives">The directives (empty when none).</param>
public sealed record InputValueDefinition(
    StringValue? Description,
    Name Name,
    TypeNode Type,
    ValueNode? DefaultValue,
    IReadOnlyList<Directive> Directives) : SyntaxNode, IHasDirectives, IHasDescription
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.InputValueDefinition;
}
