namespace Clues.GraphQL.Language;

/// <summary>A query, mutation or subscription, including the anonymous <c>{ ... }</c> shorthand.</summary>
/// <param name="Operation">The operation type (the shorthand is a query).</param>
/// <param name="Name">The operation name, or <see langword="null"/> when anonymous.</param>
/// <param name="VariableDefinitions">The variable definitions (empty when none).</param>
/// <param name="Directives">The directives (empty when none).</param>
/// <param name="SelectionSet">The top-level selections.</param>
public sealed record OperationDefinition(
    OperationType Operation,
    Name? Name,
    IReadOnlyList<VariableDefinition> VariableDefinitions,
    IReadOnlyList<Directive> Directives,
    SelectionSet SelectionSet) : ExecutableDefinition
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.OperationDefinition;
}
