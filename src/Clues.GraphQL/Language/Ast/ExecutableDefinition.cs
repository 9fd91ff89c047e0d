namespace Clues.GraphQL.Language;

/// <summary>An operation or fragment definition.</summary>
public abstract record ExecutableDefinition : Definition, IHasDirectives
{
    /// <inheritdoc />
    public abstract IReadOnlyList<Directive> Directives { get; init; }

    /// <summary>The selection set of the operation or fragment.</summary>
    public abstract SelectionSet SelectionSet { get; init; }
}
