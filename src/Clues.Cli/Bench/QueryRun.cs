namespace Clues.Cli.Bench;

/// <summary>
/// One peer's timed calls of one query kind: latency and answer per sampled input, in sample order.
/// The answer is the 2-hop count, the shortest-path length (null when there is none within 6 hops)
/// or the number of names found.
/// </summary>
internal sealed record QueryRun(IReadOnlyList<double> LatenciesMs, IReadOnlyList<int?> Results, string? Error = null)
{
    /// <summary>A query kind this peer could not run, with the reason.</summary>
    public static QueryRun Failed(string error) => new([], [], error);

    /// <summary>True when latencies and answers are present.</summary>
    public bool Succeeded => Error is null;
}
