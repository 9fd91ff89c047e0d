namespace Clues.Packages.Numbering;

/// <summary>The parts of a package number such as <c>江临巡移〔2026〕12号</c>.</summary>
/// <param name="Prefix">The office's short prefix, e.g. 江临.</param>
/// <param name="Year">The year in the 〔〕 brackets.</param>
/// <param name="Sequence">The running number within the year, from 1.</param>
public sealed record PackageNumber(string Prefix, int Year, int Sequence);
