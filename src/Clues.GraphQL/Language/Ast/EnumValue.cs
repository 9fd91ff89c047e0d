namespace Clues.GraphQL.Language;

/// <summary>An enum literal: any name other than <c>true</c>, <c>false</c> and <c>null</c>.</summary>
/// <param name="Value">The enum value name.</param>
public sealed record EnumValue(string Value) : ValueNode
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.EnumValue;
}
