namespace Clues.GraphQL.Language;

/// <summary>One field of an <see cref="ObjectValue"/>.</summary>
/// <param name="Name">The field name.</param>
/// <param name="Value">The field value.</param>
public sealed record ObjectField(Name Name, ValueNode Value) : SyntaxNode
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.ObjectField;
}
