using Clues.GraphQL.Execution;

namespace Clues.Api.Caching;

/// <summary>Lets a resolver reach the analysis cache in one call, as it reaches the store through <c>GraphReads.Store</c>.</summary>
internal static class AnalysisCacheResolveContextExtensions
{
    /// <summary>The application's <see cref="IAnalysisCache"/>.</summary>
    /// <param name="context">The resolver's context.</param>
    /// <returns>The cache.</returns>
    public static IAnalysisCache AnalysisCache(this ResolveContext context) => context.GetRequiredService<IAnalysisCache>();
}
