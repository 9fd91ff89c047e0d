namespace Clues.GraphQL.Language;

/// <summary>An <c>extend schema</c> definition.</summary>
/// <param name="Directives">The added directives (empty when none).</param>
/// <param name="OperationTypes">The added root operation types (empty when none); at least one of the two lists is non-empty when parsed.</param>
public sealed record SchemaExtension(
    IReadOnlyList<Directive> Directives,
    IReadOnlyList<OperationTypeDefinition> OperationTypes) : TypeSystemExtension
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.SchemaExtension;
}
