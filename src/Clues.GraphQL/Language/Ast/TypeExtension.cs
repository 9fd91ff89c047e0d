namespace Clues.GraphQL.Language;

/// <summary>An extension of a named type.</summary>
public abstract record TypeExtension : TypeSystemExtension
{
    /// <summary>The name of the extended type.</summary>
    public abstract Name Name { get; init; }
}
