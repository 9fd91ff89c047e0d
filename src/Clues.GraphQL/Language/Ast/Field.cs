namespace Clues.GraphQL.Language;

/// <summary>A field selection, e.g. <c>alias: name(arg: 1) @dir { ... }</c>.</summary>
/// <param name="Alias">The alias, or <see langword="null"/> when none.</param>
/// <param name="Name">The field name.</param>
/// <param name="Arguments">The arguments (empty when none).</param>
/// <param name="Directives">The directives (empty when none).</param>
/// <param name="SelectionSet">The sub-selections, or <see langword="null"/> for a leaf field.</param>
public sealed record Field(
    Name? Alias,
    Name Name,
    IReadOnlyList<Argument> Arguments,
    IReadOnlyList<Directive> Directives,
    SelectionSet? SelectionSet) : Selection
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.Field;

    /// <summary>The key under which the field appears in a response: the alias if any, else the name.</summary>
    public string ResponseKey => Alias?.Value ?? Name.Value;
}
