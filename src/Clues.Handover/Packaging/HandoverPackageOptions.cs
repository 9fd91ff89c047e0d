namespace Clues.Handover.Packaging;

/// <summary>Who issues clue packages and how they are numbered and what context travels with them.</summary>
/// <param name="OfficeCode">The issuing office's division code, e.g. 431400; the exporting officer must work for it.</param>
/// <param name="OfficeName">The issuing office's name as printed on the letter, e.g. 中共江临市委巡察工作领导小组办公室.</param>
/// <param name="NumberPrefix">The prefix of package numbers, e.g. 江临 in 江临巡移〔2026〕12号.</param>
public sealed record HandoverPackageOptions(string OfficeCode, string OfficeName, string NumberPrefix)
{
    /// <summary>The package number template (see Clues.Packages' PackageNumberFormat): {prefix}, {year} and {seq}.</summary>
    public string NumberTemplate { get; init; } = Clues.Packages.Numbering.PackageNumberFormat.DefaultHandoverTemplate;

    /// <summary>Hops of context around each subject, 1 to 3 (1: the subject's direct ties).</summary>
    public int ContextDepth { get; init; } = 1;

    /// <summary>At most this many context nodes per subject, the subject included, nearest first.</summary>
    public int ContextLimit { get; init; } = 60;
}
