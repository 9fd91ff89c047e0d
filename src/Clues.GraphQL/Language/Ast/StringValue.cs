namespace Clues.GraphQL.Language;

/// <summary>A string literal, quoted or block.</summary>
/// <param name="Value">The string value after escapes (and, for block strings, dedent) are applied.</param>
/// <param name="Block">Whether it was written as a <c>"""block string"""</c>; the printer keeps that form when the value allows it.</param>
public sealed record StringValue(string Value, bool Block = false) : ValueNode
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.StringValue;
}
