namespace Clues.GraphQL.Language;

/// <summary>A <c>scalar Date @specifiedBy(url: "...")</c> definition.</summary>
/// <param name="Description">The description, or <see langword="null"/>.</param>
/// <param name="Name">The type name.</param>
/// <param name="Directives">The directives (empty when none).</param>
public sealed record ScalarTypeDefinition(
    StringValue? Description,
    Name Name,
    IReadOnlyList<Directive> Directives) : TypeDefinition
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.ScalarTypeDefinition;
}
