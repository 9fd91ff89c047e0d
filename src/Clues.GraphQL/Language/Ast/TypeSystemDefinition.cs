namespace Clues.GraphQL.Language;

/// <summary>A schema, type or directive definition.</summary>
public abstract record TypeSystemDefinition : Definition;
