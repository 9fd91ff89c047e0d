namespace Clues.GraphQL.Language;

/// <summary>A top-level definition of a <see cref="Document"/>.</summary>
public abstract record Definition : SyntaxNode;
