namespace Clues.GraphQL.Language;

/// <summary>An input object literal, e.g. <c>{a: 1}</c>; may be empty.</summary>
/// <param name="Fields">The fields in source order (duplicates are kept for validation to report).</param>
public sealed record ObjectValue(IReadOnlyList<ObjectField> Fields) : ValueNode
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.ObjectValue;
}
