namespace Clues.GraphQL.Language;

/// <summary>An input value literal or a variable reference.</summary>
public abstract record ValueNode : SyntaxNode;
