namespace Clues.GraphQL.Language;

/// <summary>The three GraphQL operation types.</summary>
public enum OperationType
{
    /// <summary><c>query</c>.</summary>
    Query,
    /// <summary><c>mutation</c>.</summary>
    Mutation,
    /// <summary><c>subscription</c>.</summary>
    Subscription,
}
