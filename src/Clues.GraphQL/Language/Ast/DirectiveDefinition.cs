namespace Clues.GraphQL.Language;

/// <summary>A <c>directive @name(args) repeatable on LOCATION | ...</c> definition.</summary>
/// <param name="Description">The description, or <see langword="null"/>.</param>
/// <param name="Name">The directive name, without the <c>@</c>.</param>
/// <param name="Arguments">The argument definitions (empty when none).</param>
/// <param name="Repeatable">Whether the directive is <c>repeatable</c>.</param>
/// <param name="Locations">The allowed locations in source order; never empty when parsed.</param>
public sealed record DirectiveDefinition(
    StringValue? Description,
    Name Name,
    IReadOnlyList<InputValueDefinition> Arguments,
    bool Repeatable,
    IReadOnlyList<DirectiveLocation> Locations) : TypeSystemDefinition, IHasDescription
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.DirectiveDefinition;
}
