namespace Clues.Cli.Fuzz;

/// <summary>What <c>clues fuzz package</c> runs.</summary>
/// <param name="Duration">How long packages are generated and judged.</param>
/// <param name="Seed">Seed of the samples and mutations (each worker derives its own from it).</param>
/// <param name="FailureDirectory">Where each failing package is saved with the issuer's public key.</param>
/// <param name="Workers">Packages judged at once.</param>
/// <param name="ImportShare">Share of mutated packages also offered to the handover inbox (0 to 1).</param>
/// <param name="HangThreshold">A verdict slower than this is a hang.</param>
internal sealed record PackageFuzzOptions(TimeSpan Duration, int Seed, DirectoryInfo FailureDirectory, int Workers = 2, double ImportShare = 0.25, TimeSpan? HangThreshold = null)
{
    /// <summary>The hang threshold, 10 s unless set.</summary>
    public TimeSpan Hang => HangThreshold ?? TimeSpan.FromSeconds(10);
}
