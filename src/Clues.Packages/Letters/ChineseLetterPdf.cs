using System.Globalization;
using Clues.Packages.Letters.Fonts;
using Clues.Packages.Letters.Pdf;

namespace Clues.Packages.Letters;

/// <summary>
/// Renders a <see cref="ChineseLetter"/> as an A4 PDF with an embedded subset of a TrueType Chinese font and a
/// ToUnicode map, so the text prints the same everywhere and can be searched and copied. Same letter, same bytes.
/// </summary>
public sealed class ChineseLetterPdf
{
    private readonly TrueTypeFont font;

    private ChineseLetterPdf(TrueTypeFont font, string fontPath)
    {
        this.font = font;
        FontPath = fontPath;
    }

    /// <summary>The font file in use.</summary>
    public string FontPath { get; }

    /// <summary>Loads the font at <paramref name="fontPath"/>, or the one <see cref="CjkFontLocator"/> finds when null.</summary>
    /// <exception cref="CjkFontNotFoundException">No usable font; the message names the Debian package to install.</exception>
    public static async Task<ChineseLetterPdf> LoadAsync(string? fontPath, CancellationToken cancellationToken)
    {
        var path = fontPath ?? await CjkFontLocator.LocateAsync(cancellationToken);
        if (!File.Exists(path))
        {
            throw new CjkFontNotFoundException($"No font file at {path}. {CjkFontLocator.InstallHint}");
        }

        var bytes = await File.ReadAllBytesAsync(path, cancellationToken);
        try
        {
            // Mainland forms first: the collections also hold Taiwan and Hong Kong variants of the same glyphs.
            return new ChineseLetterPdf(TrueTypeFont.Load(bytes, path, " CN", " SC", "GB"), path);
        }
        catch (InvalidDataException e)
        {
            throw new CjkFontNotFoundException($"{path} cannot be embedded: {e.Message} {CjkFontLocator.InstallHint}", e);
        }
    }

    /// <summary>Characters of <paramref name="text"/> the font has no glyph for (they would print as empty boxes).</summary>
    public IReadOnlyList<string> MissingCharacters(string text) =>
        text.EnumerateRunes().Where(r => !char.IsWhiteSpace(r.ToString(), 0) && !font.HasGlyph(r.Value)).Select(r => r.ToString()).Distinct().ToList();

    /// <summary>Renders the letter; returns the PDF bytes.</summary>
    public byte[] Render(ChineseLetter letter)
    {
        ArgumentNullException.ThrowIfNull(letter);
        var embedded = new EmbeddedFont(font);
        var contents = new LetterComposer(embedded).Compose(letter);

        var pdf = new PdfFile();
        var catalog = pdf.Reserve();
        var pagesTree = pdf.Reserve();
        var pageNumbers = new List<int>();
        var pageObjects = contents.Select(_ => pdf.Reserve()).ToList();
        var streams = contents.Select(c => pdf.AddStream(c)).ToList();
        var fontObject = embedded.WriteTo(pdf);
        for (var i = 0; i < pageObjects.Count; i++)
        {
            pdf.Set(pageObjects[i], string.Create(
                CultureInfo.InvariantCulture,
                $"<< /Type /Page /Parent {pagesTree} 0 R /MediaBox [0 0 {LetterComposer.PageWidth:F2} {LetterComposer.PageHeight:F2}] /Resources << /Font << /F1 {fontObject} 0 R >> >> /Contents {streams[i]} 0 R >>"));
            pageNumbers.Add(pageObjects[i]);
        }

        pdf.Set(pagesTree, $"<< /Type /Pages /Kids [{string.Join(' ', pageNumbers.Select(n => $"{n} 0 R"))}] /Count {pageNumbers.Count} >>");
        pdf.Set(catalog, $"<< /Type /Catalog /Pages {pagesTree} 0 R >>");
        return pdf.Build(catalog);
    }
}
