namespace Clues.Packages.Letters;

/// <summary>A ruled table in a letter; cell text wraps within its column and the header repeats on each page.</summary>
/// <param name="Headers">Column headings.</param>
/// <param name="Rows">Cells, one list per row, as many as there are headings.</param>
public sealed record LetterTable(IReadOnlyList<string> Headers, IReadOnlyList<IReadOnlyList<string>> Rows)
{
    /// <summary>Relative column widths (e.g. 1, 2, 4); equal widths when null.</summary>
    public IReadOnlyList<double>? ColumnWeights { get; init; }
}
