namespace Clues.GraphQL.Language;

/// <summary>The literal <c>true</c> or <c>false</c>.</summary>
/// <param name="Value">The boolean value.</param>
public sealed record BooleanValue(bool Value) : ValueNode
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.BooleanValue;
}
