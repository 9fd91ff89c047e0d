namespace Clues.GraphQL.Language;

/// <summary>A list literal, e.g. <c>[1, 2]</c>; may be empty.</summary>
/// <param name="Values">The items in source order.</param>
public sealed record ListValue(IReadOnlyList<ValueNode> Values) : ValueNode
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.ListValue;
}
