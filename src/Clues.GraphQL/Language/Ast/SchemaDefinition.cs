namespace Clues.GraphQL.Language;

/// <summary>A <c>schema { query: Query }</c> definition.</summary>
/// <param name="Description">The description, or <see langword="null"/>.</param>
/// <param name="Directives">The directives (empty when none).</param>
/// <param name="OperationTypes">The root operation types; never empty when parsed.</param>
public sealed record SchemaDefinition(
    StringValue? Description,
    IReadOnlyList<Directive> Directives,
    IReadOnlyList<OperationTypeDefinition> OperationTypes) : TypeSystemDefinition, IHasDirectives, IHasDescription
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.SchemaDefinition;
}
