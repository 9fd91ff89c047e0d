namespace Clues.Cli.Bench;

/// <summary>
/// Everything one peer produced. <see cref="Error"/> set means the peer did not run at all and every
/// query kind is reported with that error in place of figures.
/// </summary>
/// <param name="TwoHop">The drawable 2-hop neighbourhood (capped subgraph with degrees and omissions).</param>
/// <param name="TwoHopCount">The bare number of distinct nodes within two hops.</param>
internal sealed record PeerRun(
    string Peer,
    double? LoadMs,
    QueryRun? TwoHop,
    QueryRun? TwoHopCount,
    QueryRun? ShortestPath,
    QueryRun? NameSearch,
    string? Error = null)
{
    /// <summary>Extra timings worth showing beside the main ones (e.g. a length-only path query).</summary>
    public IReadOnlyDictionary<string, QueryRun> Extra { get; init; } = new Dictionary<string, QueryRun>();

    /// <summary>What the reader should know to judge this peer's figures fairly.</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];

    /// <summary>A peer that could not run, with what failed and how to fix it.</summary>
    public static PeerRun Failed(string peer, string error) => new(peer, null, null, null, null, null, error);
}
