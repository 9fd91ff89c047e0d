namespace Clues.GraphQL.Language;

/// <summary>An inline fragment, e.g. <c>... on User @dir { ... }</c>.</summary>
/// <param name="TypeCondition">The type condition, or <see langword="null"/> when omitted.</param>
/// <param name="Directives">The directives (empty when none).</param>
/// <param name="SelectionSet">The selections.</param>
public sealed record InlineFragment(
    NamedType? TypeCondition,
    IReadOnlyList<Directive> Directives,
    SelectionSet SelectionSet) : Selection
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.InlineFragment;
}
