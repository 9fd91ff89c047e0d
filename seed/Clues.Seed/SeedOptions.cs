namespace Clues.Seed;

/// <summary>
/// What to generate: the preset decides the size, the seed decides every random choice, so the same
/// preset and seed always give the same graph.
/// </summary>
/// <param name="Preset">How much data to generate.</param>
/// <param name="Seed">The random seed.</param>
public sealed record SeedOptions(SeedPreset Preset, int Seed = 20261121)
{
    /// <summary>
    /// Nodes plus relationships per write batch (one store transaction). Changing it changes how the
    /// data is cut into batches, never the data itself.
    /// </summary>
    public int BatchSize { get; init; } = 50_000;
}
