namespace Clues.GraphQL.Language;

/// <summary>A named type definition: scalar, object, interface, union, enum or input object.</summary>
public abstract record TypeDefinition : TypeSystemDefinition, IHasDirectives, IHasDescription
{
    /// <inheritdoc />
    public abstract StringValue? Description { get; init; }

    /// <summary>The name of the defined type.</summary>
    public abstract Name Name { get; init; }

    /// <inheritdoc />
    public abstract IReadOnlyList<Directive> Directives { get; init; }
}
