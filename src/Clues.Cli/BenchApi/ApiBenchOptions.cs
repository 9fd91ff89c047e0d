namespace Clues.Cli.BenchApi;

/// <summary>What <c>clues bench api</c> runs.</summary>
/// <param name="DataDirectory">The store to serve; it is copied first, since the API writes (lock, audit log) beside it.</param>
/// <param name="Samples">Timed sequential calls per latency query (key persons takes a tenth of them, at least five).</param>
/// <param name="Duration">How long the mixed wrk load runs.</param>
/// <param name="Connections">wrk connections for the mixed load.</param>
/// <param name="Threads">wrk threads for the mixed load.</param>
internal sealed record ApiBenchOptions(DirectoryInfo DataDirectory, int Samples, TimeSpan Duration, int Connections = 16, int Threads = 2)
{
    /// <summary>Untimed calls before each latency query, so JIT and first-touch costs are not measured.</summary>
    public int Warmup => Math.Max(3, Samples / 10);
}
