namespace Clues.GraphQL.Language;

/// <summary>An applied directive, e.g. <c>@include(if: $x)</c>.</summary>
/// <param name="Name">The directive name, without the <c>@</c>.</param>
/// <param name="Arguments">The arguments (empty when none).</param>
public sealed record Directive(Name Name, IReadOnlyList<Argument> Arguments) : SyntaxNode
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.Directive;
}
