namespace Clues.GraphQL.Language;

/// <summary>A float literal. The raw text is kept so no precision is lost before a scalar coerces it.</summary>
/// <param name="Value">The literal text, e.g. <c>1.5e-3</c>.</param>
public sealed record FloatValue(string Value) : ValueNode
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.FloatValue;
}
