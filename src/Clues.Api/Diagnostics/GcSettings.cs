using System.Globalization;

namespace Clues.Api.Diagnostics;

/// <summary>The garbage collector's settings as the runtime read them (runtimeconfig and environment), so a measurement says what it ran under.</summary>
/// <param name="Server">Server GC (a heap and a collector thread per core) rather than workstation GC.</param>
/// <param name="Concurrent">Gen-2 collections run in the background beside the application rather than pausing it.</param>
/// <param name="Heaps">Heaps the server GC may use.</param>
/// <param name="Adaptation">DATAS, the server GC's dynamic adaptation of heap count and budgets: 1 on (the default), 0 off.</param>
/// <param name="Gen0MaxBudget">The most a heap may allocate between gen-0 collections, in bytes.</param>
/// <param name="ConserveMemory">
/// 0–9: above a fragmentation of (10 − n) × 10% of gen 2, the next gen-2 collection compacts instead of sweeping; 0 never.
/// </param>
public sealed record GcSettings(bool Server, bool Concurrent, int Heaps, int Adaptation, long Gen0MaxBudget, int ConserveMemory)
{
    /// <summary>The settings of this process.</summary>
    public static GcSettings Read()
    {
        var config = GC.GetConfigurationVariables();
        long Value(string key) => config.TryGetValue(key, out var value) ? Convert.ToInt64(value, CultureInfo.InvariantCulture) : -1;
        return new GcSettings(Value("ServerGC") == 1, Value("ConcurrentGC") == 1, (int)Value("HeapCount"), (int)Value("GCDynamicAdaptationMode"), Value("GCGen0MaxBudget"),
            (int)Math.Max(0, Value("GCConserveMem")));
    }

    /// <summary>The settings in a few words, e.g. "server GC, 2 heaps, blocking gen 2, DATAS off, gen-0 budget ≤ 32 MB per heap, conserve memory 9".</summary>
    public string Describe() => Server
        ? string.Create(CultureInfo.InvariantCulture, $"server GC, {Heaps} heaps, {GenTwo}, DATAS {(Adaptation == 0 ? "off" : "on")}, gen-0 budget ≤ {Gen0MaxBudget / 1048576.0:0} MB per heap{Conserve}")
        : string.Create(CultureInfo.InvariantCulture, $"workstation GC, {GenTwo}, gen-0 budget ≤ {Gen0MaxBudget / 1048576.0:0} MB{Conserve}");

    private string Conserve => ConserveMemory > 0 ? string.Create(CultureInfo.InvariantCulture, $", conserve memory {ConserveMemory}") : "";

    private string GenTwo => Concurrent ? "background gen 2" : "blocking gen 2";
}
