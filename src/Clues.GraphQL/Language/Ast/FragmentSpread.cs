namespace Clues.GraphQL.Language;

/// <summary>A named fragment spread, e.g. <c>...UserFields @dir</c>.</summary>
/// <param name="Name">The fragment name.</param>
/// <param name="Directives">The directives (empty when none).</param>
public sealed record FragmentSpread(Name Name, IReadOnlyList<Directive> Directives) : Selection
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.FragmentSpread;
}
