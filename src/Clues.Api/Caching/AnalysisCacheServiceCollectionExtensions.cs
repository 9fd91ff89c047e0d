using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Clues.Api.Caching;

/// <summary>Registers the analysis cache.</summary>
internal static class AnalysisCacheServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="IAnalysisCache"/> with settings from <c>Clues:AnalysisCache</c>. The distributed cache is the
    /// in-memory one unless another <see cref="Microsoft.Extensions.Caching.Distributed.IDistributedCache"/> (Redis)
    /// was registered first, since the memory cache is only added when none is there.
    /// </summary>
    /// <param name="services">The application's services.</param>
    /// <returns>The same services, for chaining.</returns>
    public static IServiceCollection AddCluesAnalysisCache(this IServiceCollection services)
    {
        services.AddDistributedMemoryCache();
        services.AddOptions<MemoryDistributedCacheOptions>()
            .Configure<IOptions<AnalysisCacheOptions>>((memory, analysis) => memory.SizeLimit = analysis.Value.MemoryLimitBytes);
        services.AddOptions<AnalysisCacheOptions>()
            .BindConfiguration(AnalysisCacheOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton<AnalysisCache>();
        services.TryAddSingleton<IAnalysisCache>(sp => sp.GetRequiredService<AnalysisCache>());
        return services;
    }
}
