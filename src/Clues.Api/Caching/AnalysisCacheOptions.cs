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
}
