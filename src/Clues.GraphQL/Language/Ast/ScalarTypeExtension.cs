namespace Clues.GraphQL.Language;

/// <summary>An <c>extend scalar</c> definition.</summary>
/// <param name="Name">The extended type's name.</param>
/// <param name="Directives">The added directives; never empty when parsed.</param>
public sealed record ScalarTypeExtension(Name Name, IReadOnlyList<Directive> Directives) : TypeExtension
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.ScalarTypeExtension;
}
