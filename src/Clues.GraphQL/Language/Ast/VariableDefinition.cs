namespace Clues.GraphQL.Language;

/// <summary>A variable definition, e.g. <c>$id: ID! = "1" @dir</c>.</summary>
/// <param name="Variable">The variable being defined.</param>
/// <param name="Type">The declared input type.</param>
/// <param name="DefaultValue">The constant default value, or <see langword="null"/> when none.</param>
/// <param name="Directives">The directives (empty when none).</param>
public sealed record VariableDefinition(
    Variable Variable,
    TypeNode Type,
    ValueNode? DefaultValue,
    IReadOnlyList<Directive> Directives) : SyntaxNode, IHasDirectives
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.VariableDefinition;
}
