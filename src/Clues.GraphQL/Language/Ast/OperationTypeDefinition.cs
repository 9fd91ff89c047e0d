namespace Clues.GraphQL.Language;

/// <summary>One root operation type of a schema definition or extension, e.g. <c>query: Query</c>.</summary>
/// <param name="Operation">The operation type.</param>
/// <param name="Type">The root object type.</param>
public sealed record OperationTypeDefinition(OperationType Operation, NamedType Type) : SyntaxNode
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.OperationTypeDefinition;
}
