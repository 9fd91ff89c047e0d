namespace Clues.Seed;

/// <summary>How much synthetic data to generate.</summary>
public enum SeedPreset
{
    /// <summary>About 2,000 nodes: a small city for demonstrations and tests.</summary>
    Demo = 0,

    /// <summary>About 100,000 nodes and 1,000,000 relationships: one city with its counties.</summary>
    City = 1,

    /// <summary>About 1,000,000 nodes and 10,000,000 relationships: for load and benchmark work.</summary>
    Large = 2,
}
