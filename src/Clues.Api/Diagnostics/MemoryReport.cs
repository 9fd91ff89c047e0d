using System.Globalization;

namespace Clues.Api.Diagnostics;

/// <summary>One memory reading of the process, in bytes; <see cref="Format"/> and <see cref="TryParse"/> are the log line's two ends.</summary>
/// <param name="Resident">Resident set of the process.</param>
/// <param name="GcHeap">Managed heap after the latest collection of any generation.</param>
/// <param name="GcHeapAfterGen2">Managed heap after the latest gen-2 collection (background or blocking): the closest to live data.</param>
/// <param name="GcCommitted">Memory the GC has committed (heap, free space it keeps, its own bookkeeping).</param>
/// <param name="GcFragmented">Free space inside the heap after the latest collection.</param>
/// <param name="Sqlite">SQLite's own allocations: every connection's page cache and statements.</param>
/// <param name="Gen2Collections">Gen-2 collections so far.</param>
/// <param name="Gc">The collector's settings the figures were taken under.</param>
/// <param name="GcPauseMilliseconds">Time the collector has paused the process so far.</param>
/// <param name="PoolThreads">Thread-pool threads now: a climb under steady load means work is blocking them.</param>
/// <param name="PoolQueued">Work items waiting for a thread-pool thread now.</param>
public sealed record MemoryReport(
    long Resident, long GcHeap, long GcHeapAfterGen2, long GcCommitted, long GcFragmented, long Sqlite, int Gen2Collections, GcSettings Gc,
    long GcPauseMilliseconds, int PoolThreads, long PoolQueued)
{
    /// <summary>What starts the report's text in the log, so a reader of the log (the load bench) can find it.</summary>
    public const string Marker = "clues-memory:";

    /// <summary>The report as one line of text.</summary>
    public string Format() => string.Create(
        CultureInfo.InvariantCulture,
        $"{Marker} rss={Resident} gcHeap={GcHeap} gcHeapAfterGen2={GcHeapAfterGen2} gcCommitted={GcCommitted} gcFragmented={GcFragmented} sqlite={Sqlite} gen2={Gen2Collections} " +
        $"serverGc={(Gc.Server ? 1 : 0)} gcConcurrent={(Gc.Concurrent ? 1 : 0)} gcHeaps={Gc.Heaps} gcAdaptation={Gc.Adaptation} gcGen0MaxBudget={Gc.Gen0MaxBudget} gcConserveMemory={Gc.ConserveMemory} " +
        $"gcPauseMs={GcPauseMilliseconds} poolThreads={PoolThreads} poolQueued={PoolQueued}");

    /// <summary>Reads a report back from a log line containing <see cref="Marker"/>.</summary>
    public static bool TryParse(string line, out MemoryReport report)
    {
        report = new MemoryReport(0, 0, 0, 0, 0, 0, 0, new GcSettings(false, false, 0, 0, 0, 0), 0, 0, 0);
        var at = line.IndexOf(Marker, StringComparison.Ordinal);
        if (at < 0)
        {
            return false;
        }

        var values = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var part in line[(at + Marker.Length)..].Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var eq = part.IndexOf('=', StringComparison.Ordinal);
            if (eq > 0 && long.TryParse(part.AsSpan(eq + 1), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
            {
                values[part[..eq]] = value;
            }
        }

        string[] names = ["rss", "gcHeap", "gcHeapAfterGen2", "gcCommitted", "gcFragmented", "sqlite", "gen2", "serverGc", "gcConcurrent", "gcHeaps", "gcAdaptation", "gcGen0MaxBudget", "gcConserveMemory", "gcPauseMs", "poolThreads", "poolQueued"];
        if (!names.All(values.ContainsKey))
        {
            return false;
        }

        var gc = new GcSettings(values["serverGc"] == 1, values["gcConcurrent"] == 1, (int)values["gcHeaps"], (int)values["gcAdaptation"], values["gcGen0MaxBudget"], (int)values["gcConserveMemory"]);
        report = new MemoryReport(values["rss"], values["gcHeap"], values["gcHeapAfterGen2"], values["gcCommitted"], values["gcFragmented"], values["sqlite"], (int)values["gen2"], gc,
            values["gcPauseMs"], (int)values["poolThreads"], values["poolQueued"]);
        return true;
    }
}
