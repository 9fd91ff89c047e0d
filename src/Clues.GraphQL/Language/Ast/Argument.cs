namespace Clues.GraphQL.Language;

/// <summary>An argument passed to a field or directive, e.g. <c>first: 10</c>.</summary>
/// <param name="Name">The argument name.</param>
/// <param name="Value">The argument value.</param>
public sealed record Argument(Name Name, ValueNode Value) : SyntaxNode
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.Argument;
}
