namespace Clues.GraphQL.Language;

/// <summary>An integer literal. The text is kept verbatim because coercion (range checks, 32-bit limits) belongs to the scalar, not the parser.</summary>
/// <param name="Value">The literal text, e.g. <c>-42</c>.</param>
public sealed record IntValue(string Value) : ValueNode
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.IntValue;
}
