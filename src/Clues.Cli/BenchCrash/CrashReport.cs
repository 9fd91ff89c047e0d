namespace Clues.Cli.BenchCrash;

/// <summary>The harness's figures.</summary>
/// <param name="Kills">Children killed with SIGKILL.</param>
/// <param name="Acknowledged">Writes acknowledged by the children before they died, per workload.</param>
/// <param name="Losses">Acknowledged writes missing after a restart.</param>
/// <param name="CorruptStores">Damage found: failed integrity checks, torn batches, broken audit chains, stores that would not open.</param>
/// <param name="Problems">The first problems, described.</param>
/// <param name="Elapsed">Wall-clock time of the whole run.</param>
internal sealed record CrashReport(
    int Kills,
    IReadOnlyDictionary<CrashWorkload, long> Acknowledged,
    long Losses,
    long CorruptStores,
    IReadOnlyList<string> Problems,
    TimeSpan Elapsed)
{
    /// <summary>All acknowledged writes.</summary>
    public long TotalAcknowledged => Acknowledged.Values.Sum();

    /// <summary>True when nothing acknowledged was lost and nothing was damaged.</summary>
    public bool Passed => Losses == 0 && CorruptStores == 0;
}
