using System.ComponentModel.DataAnnotations;

namespace Clues.Api.Hosting;

/// <summary>
/// How many GraphQL requests run at once (<c>Clues:Requests</c>). Past <see cref="MaxConcurrent"/> a request waits its
/// turn in a queue, oldest first; past <see cref="MaxQueued"/> waiting it is refused with 503 and <c>Retry-After</c>.
/// </summary>
public sealed record RequestLimitOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Clues:Requests";

    /// <summary>
    /// Requests executed at once; 0 (the default) means 8 per processor. Why a limit at all: after a stall (a long
    /// collection, a slow disk sync) every waiting request used to start at once, each holding its half-built answer
    /// for longer, so the heap and the collector's work grew together and the server could fall further behind instead
    /// of catching up. A short queue costs the same wait and keeps only a few answers in memory.
    /// </summary>
    [Range(0, 100_000)]
    public int MaxConcurrent { get; set; }

    /// <summary>Requests waiting for a turn before new ones are refused (default 5,000; 0 refuses whenever all turns are taken).</summary>
    [Range(0, 1_000_000)]
    public int MaxQueued { get; set; } = 5_000;

    /// <summary>The limit in force: <see cref="MaxConcurrent"/>, or 8 per processor when it is 0.</summary>
    public int EffectiveMaxConcurrent => MaxConcurrent > 0 ? MaxConcurrent : 8 * Environment.ProcessorCount;
}
