namespace Clues.Cli.Fuzz;

/// <summary>What <c>clues fuzz http</c> runs.</summary>
/// <param name="Duration">How long inputs are sent.</param>
/// <param name="Seed">Seed of the input generators (each worker derives its own from it).</param>
/// <param name="DataDirectory">The store to serve (copied first); null for a fresh demo store.</param>
/// <param name="FailureDirectory">Where each failing input is saved for reproduction.</param>
/// <param name="Workers">Requests in flight at once.</param>
/// <param name="HangThreshold">An answer slower than this is a hang.</param>
internal sealed record HttpFuzzOptions(TimeSpan Duration, int Seed, DirectoryInfo? DataDirectory, DirectoryInfo FailureDirectory, int Workers = 8, TimeSpan? HangThreshold = null)
{
    /// <summary>The hang threshold, 10 s unless set.</summary>
    public TimeSpan Hang => HangThreshold ?? TimeSpan.FromSeconds(10);
}
