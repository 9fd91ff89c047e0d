namespace Clues.Packages.Container;

/// <summary>What a package carries; written into the manifest as <c>handover</c> or <c>exchange</c>.</summary>
public enum PackageKind
{
    /// <summary>A clue handover (移交) to the competent body.</summary>
    Handover,

    /// <summary>A city-county exchange (市县联动) between deployments.</summary>
    Exchange,
}
