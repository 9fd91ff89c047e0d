namespace Clues.GraphQL.Language;

/// <summary>A schema or type extension (<c>extend ...</c>).</summary>
public abstract record TypeSystemExtension : Definition, IHasDirectives
{
    /// <inheritdoc />
    public abstract IReadOnlyList<Directive> Directives { get; init; }
}
