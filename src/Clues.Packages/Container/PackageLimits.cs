namespace Clues.Packages.Container;

/// <summary>Hard limits the verifier enforces while it reads; sizes are counted on the inflated bytes, never taken from headers.</summary>
public sealed record PackageLimits
{
    /// <summary>The defaults: 10,000 entries, 512 MiB per file, 2 GiB in all, ratio 200, manifest 16 MiB.</summary>
    public static PackageLimits Default { get; } = new();

    /// <summary>Most entries a package may hold.</summary>
    public int MaxEntries { get; init; } = 10_000;

    /// <summary>Most bytes one entry may inflate to.</summary>
    public long MaxEntryBytes { get; init; } = 512L * 1024 * 1024;

    /// <summary>Most bytes all entries together may inflate to.</summary>
    public long MaxTotalBytes { get; init; } = 2L * 1024 * 1024 * 1024;

    /// <summary>Largest inflated-to-compressed ratio allowed for an entry once it passes <see cref="RatioFreeBytes"/>.</summary>
    public int MaxCompressionRatio { get; init; } = 200;

    /// <summary>Inflated bytes an entry may reach before the ratio is checked (tiny repetitive files compress extremely well).</summary>
    public long RatioFreeBytes { get; init; } = 1024 * 1024;

    /// <summary>Most bytes manifest.json may have.</summary>
    public long MaxManifestBytes { get; init; } = 16L * 1024 * 1024;
}
