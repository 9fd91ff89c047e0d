namespace Clues.Cli.BenchCrash;

/// <summary>How many kills, where, and how the kill moments are drawn.</summary>
/// <param name="DataDirectory">The data folder the children write (created; its keys go beside it).</param>
/// <param name="Kills">How many children to SIGKILL.</param>
internal sealed record CrashHarnessOptions(string DataDirectory, int Kills)
{
    /// <summary>Seed for the kill moments; the same seed draws the same delays.</summary>
    public int Seed { get; init; } = 20260601;

    /// <summary>The longest a child runs after opening its stores before it is killed (drawn uniformly from zero).</summary>
    public TimeSpan MaxDelay { get; init; } = TimeSpan.FromMilliseconds(400);

    /// <summary>The workloads, taken in turn from kill to kill.</summary>
    public IReadOnlyList<CrashWorkload> Workloads { get; init; } = [CrashWorkload.Import, CrashWorkload.Clue, CrashWorkload.Handover];
}
