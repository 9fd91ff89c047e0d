namespace Clues.GraphQL.Language;

/// <summary>A named fragment definition, e.g. <c>fragment F on User @dir { ... }</c>.</summary>
/// <param name="Name">The fragment name (never <c>on</c>).</param>
/// <param name="TypeCondition">The type condition.</param>
/// <param name="Directives">The directives (empty when none).</param>
/// <param name="SelectionSet">The selections.</param>
public sealed record FragmentDefinition(
    Name Name,
    NamedType TypeCondition,
    IReadOnlyList<Directive> Directives,
    SelectionSet SelectionSet) : ExecutableDefinition
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.FragmentDefinition;
}
