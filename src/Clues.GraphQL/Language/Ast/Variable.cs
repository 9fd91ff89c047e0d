namespace Clues.GraphQL.Language;

/// <summary>A variable reference, e.g. <c>$id</c>.</summary>
/// <param name="Name">The variable name, without the <c>$</c>.</param>
public sealed record Variable(Name Name) : ValueNode
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.Variable;
}
