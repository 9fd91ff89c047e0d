namespace Clues.Cli.Bench;

/// <summary>
/// One peer's timed calls of one query kind: latency and answer per sampled input, in sample order.
/// The answer is the 2-hop count (for <c>twoHop</c>, the neighbourhood's total reachable), the
/// shortest-path length (null when there is none within 6 hops) or the number of names found.
/// </summary>
internal sealed record QueryRun(IReadOnlyList<double> LatenciesMs, IReadOnlyList<int?> Results, string? Error = null)
{
    /// <summary>For <c>twoHop</c>: the whole neighbourhood each call returned, in sample order.</summary>
    public IReadOnlyList<NeighbourhoodDigest>? Neighbourhoods { get; init; }

    /// <summary>A query kind this peer could not run, with the reason.</summary>
    public static QueryRun Failed(string error) => new([], [], error);

    /// <summary>A <c>twoHop</c> run: the digests, with each total reachable as the plain answer.</summary>
    public static QueryRun FromNeighbourhoods(IReadOnlyList<double> latenciesMs, IReadOnlyList<NeighbourhoodDigest> neighbourhoods)
    {
        ArgumentNullException.ThrowIfNull(neighbourhoods);
        return new QueryRun(latenciesMs, [.. neighbourhoods.Select(n => (int?)n.TotalReachable)]) { Neighbourhoods = neighbourhoods };
    }

    /// <summary>True when latencies and answers are present.</summary>
    public bool Succeeded => Error is null;
}
