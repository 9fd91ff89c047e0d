namespace Clues.Api.Resolvers;

/// <summary>Which paths a <c>paths</c> query returns; the GraphQL <c>PathMode</c> enum.</summary>
internal enum PathMode
{
    /// <summary>One shortest path.</summary>
    Shortest,

    /// <summary>Every shortest path up to the limit.</summary>
    AllShortest,

    /// <summary>Every simple path of at most maxHops, up to the limit.</summary>
    AllUpTo,
}
