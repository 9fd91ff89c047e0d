using System.ComponentModel.DataAnnotations;

namespace Clues.Api.Diagnostics;

/// <summary>
/// Periodic memory report (<c>Clues:Diagnostics</c>): what the process holds, split into the managed heap, SQLite's page
/// caches and the rest, so growth under load can be told apart from a leak without attaching a profiler.
/// </summary>
public sealed record MemoryReportOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Clues:Diagnostics";

    /// <summary>Seconds between reports, logged at Information by <c>Clues.Api.Diagnostics.MemoryReporter</c>; 0 (default) reports nothing.</summary>
    [Range(0, 86_400)]
    public int MemoryReportSeconds { get; set; }
}
