using System.ComponentModel.DataAnnotations;

namespace Clues.Api.Caching;

/// <summary>Settings of the analysis cache, bound from <c>Clues:AnalysisCache</c>.</summary>
internal sealed class AnalysisCacheOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Clues:AnalysisCache";

    /// <summary>Whether answers are cached at all (default true); false runs every query.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>
    /// How long an entry lives (default 10 minutes). Versioned keys already keep answers correct; the limit only
    /// bounds the memory (or Redis space) taken by answers to questions nobody asks again.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan TimeToLive { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>
    /// The largest answer kept, in bytes of JSON (default 4 MiB). Bigger answers are rare, cheap to recompute relative
    /// to their size, and would crowd out many small ones.
    /// </summary>
    [Range(1, int.MaxValue)]
    public int MaxEntryBytes { get; set; } = 4 * 1024 * 1024;

    /// <summary>
    /// The most the in-memory cache (used when no Redis is configured) holds, in bytes of entries (default 64 MiB);
    /// past it, the least recently used entries go first. The framework's default, 200 MiB, is more than the whole
    /// served API needs for a city, so answers could otherwise outgrow the data they were computed from.
    /// </summary>
    [Range(1024 * 1024, long.MaxValue)]
    public long MemoryLimitBytes { get; set; } = 64 * 1024 * 1024;
}
