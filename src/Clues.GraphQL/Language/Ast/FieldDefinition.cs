namespace Clues.GraphQL.Language;

/// <summary>A field of an object or interface type definition.</summary>
/// <param name="Description">The description, or <see langword="null"/>.</param>
/// <param name="Name">The field name.</param>
/// <param name="Arguments">The argument definitions (empty when none).</param>
/// <param name="Type">The output type.</param>
/// <param name="Directives">The directives (empty when none).</param>
public sealed record FieldDefinition(
    StringValue? Description,
    Name Name,
    IReadOnlyList<InputValueDefinition> Arguments,
    TypeNode Type,
    IReadOnlyList<Directive> Directives) : SyntaxNode, IHasDirectives, IHasDescription
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.FieldDefinition;
}
