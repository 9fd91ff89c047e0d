using Clues.Seed;

namespace Clues.Cli.BenchPackage;

/// <summary>What <c>clues bench package</c> measures.</summary>
/// <param name="Clues">Clues to draft, approve and export.</param>
/// <param name="Preset">The seed preset that supplies them (demo holds only 131 clues; city holds 8,733).</param>
/// <param name="Seed">The seed's seed.</param>
/// <param name="ContextLimit">Context nodes per subject.</param>
/// <param name="KeepDirectory">Keep the temporary store and packages (their folder is printed) instead of deleting them.</param>
internal sealed record PackageBenchOptions(int Clues, SeedPreset Preset, int Seed, int ContextLimit, bool KeepDirectory)
{
    /// <summary>The target for exporting 1,000 clues with context.</summary>
    public const double TargetSeconds = 5.0;
}
