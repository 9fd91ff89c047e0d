namespace Clues.Packages.Letters;

/// <summary>The content of a formal letter such as a handover letter (移交函); the renderer lays it out on A4.</summary>
/// <param name="Title">The title, centred, e.g. 关于移交问题线索的函.</param>
/// <param name="DocumentNumber">The document number line, e.g. 江临巡移〔2026〕12号; null for none.</param>
/// <param name="Addressee">The addressee with its colon, e.g. 江临市纪委监委：.</param>
/// <param name="Paragraphs">Body paragraphs; each is indented two characters and wrapped.</param>
/// <param name="Issuer">The issuing office, right-aligned under the body.</param>
/// <param name="Date">The date, written in Chinese (2026年3月5日) under the issuer.</param>
public sealed record ChineseLetter(
    string Title,
    string? DocumentNumber,
    string Addressee,
    IReadOnlyList<string> Paragraphs,
    string Issuer,
    DateOnly Date)
{
    /// <summary>An optional table after the body paragraphs, e.g. the clues handed over.</summary>
    public LetterTable? Table { get; init; }

    /// <summary>Closing paragraphs after the table, e.g. 特此函告。.</summary>
    public IReadOnlyList<string> Closing { get; init; } = [];
}
