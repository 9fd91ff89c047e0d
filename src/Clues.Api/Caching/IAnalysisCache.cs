namespace Clues.Api.Caching;

/// <summary>
/// Keeps the answers of expensive analyst queries (conflicts of interest, fund flow, key persons, connecting
/// networks, all-paths searches) so the same question on unchanged data is answered once. Entries are filed under
/// the store's data version, so a committed write makes every older answer unreachable: results are never stale.
/// </summary>
internal interface IAnalysisCache
{
    /// <summary>
    /// Returns the cached answer for <paramref name="key"/> at the store's current data version, or runs
    /// <paramref name="factory"/> and keeps its answer. The answer must survive a JSON round trip (the records
    /// of <c>Clues.Core.Analysis</c> and the resolvers' views do). Cache failures never fail the query: the factory
    /// then simply runs.
    /// </summary>
    /// <typeparam name="T">The answer's type.</typeparam>
    /// <param name="key">The operation and its normalised arguments.</param>
    /// <param name="factory">Computes the answer on a miss.</param>
    /// <param name="cancellationToken">Cancels the lookup and the factory.</param>
    /// <returns>The answer.</returns>
    Task<T> GetOrAddAsync<T>(AnalysisCacheKey key, Func<CancellationToken, Task<T>> factory, CancellationToken cancellationToken = default);
}
