using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Clues.Packages.Letters.Fonts;

namespace Clues.Packages.Letters.Pdf;

/// <summary>
/// A TrueType font used as a PDF Type0/Identity-H font: measures text, encodes it as glyph ids, remembers which
/// characters each glyph stands for (for the ToUnicode map that makes the text searchable and copyable) and
/// embeds a subset at the end.
/// </summary>
internal sealed class EmbeddedFont(TrueTypeFont font)
{
    private readonly SortedDictionary<ushort, string> used = [];

    public double Width(string text, double size)
    {
        double units = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            units += font.Advance(font.GlyphFor(rune.Value));
        }

        return units * size / font.UnitsPerEm;
    }

    public double Width(Rune rune, double size) => font.Advance(font.GlyphFor(rune.Value)) * size / font.UnitsPerEm;

    /// <summary>The text as a PDF hex string of 2-byte glyph ids.</summary>
    public string Encode(string text)
    {
        var hex = new StringBuilder("<");
        foreach (var rune in text.EnumerateRunes())
        {
            var glyph = font.GlyphFor(rune.Value);
            used.TryAdd(glyph, rune.ToString());
            hex.Append(CultureInfo.InvariantCulture, $"{glyph:X4}");
        }

        return hex.Append('>').ToString();
    }

    /// <summary>Writes the font objects and returns the number of the Type0 font object.</summary>
    public int WriteTo(PdfFile pdf)
    {
        var program = TrueTypeSubsetter.Subset(font, used.Keys);
        var fontFile = pdf.AddStream(program, string.Create(CultureInfo.InvariantCulture, $"/Length1 {program.Length} "));
        var scale = 1000.0 / font.UnitsPerEm;
        var name = SubsetTag() + "+" + font.PostScriptName;
        var box = font.BoundingBox;
        var descriptor = pdf.Add(string.Create(
            CultureInfo.InvariantCulture,
            $"<< /Type /FontDescriptor /FontName /{name} /Flags 4 /FontBBox [{(int)(box.XMin * scale)} {(int)(box.YMin * scale)} {(int)(box.XMax * scale)} {(int)(box.YMax * scale)}] /ItalicAngle 0 /Ascent {(int)(font.Ascent * scale)} /Descent {(int)(font.Descent * scale)} /CapHeight {(int)(font.Ascent * scale)} /StemV 80 /FontFile2 {fontFile} 0 R >>"));

        var widths = new StringBuilder("[");
        foreach (var glyph in used.Keys)
        {
            widths.Append(CultureInfo.InvariantCulture, $" {glyph} [{Math.Round(font.Advance(glyph) * scale)}]");
        }

        widths.Append(" ]");
        var cidFont = pdf.Add(string.Create(
            CultureInfo.InvariantCulture,
            $"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /{name} /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor {descriptor} 0 R /DW 1000 /W {widths} /CIDToGIDMap /Identity >>"));
        var toUnicode = pdf.AddStream(Encoding.ASCII.GetBytes(ToUnicodeMap()));
        return pdf.Add($"<< /Type /Font /Subtype /Type0 /BaseFont /{name} /Encoding /Identity-H /DescendantFonts [{cidFont} 0 R] /ToUnicode {toUnicode} 0 R >>");
    }

    private string ToUnicodeMap()
    {
        var map = new StringBuilder();
        map.Append("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n");
        map.Append("/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n");
        map.Append("1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n");
        foreach (var chunk in used.Chunk(100))
        {
            map.Append(CultureInfo.InvariantCulture, $"{chunk.Length} beginbfchar\n");
            foreach (var (glyph, text) in chunk)
            {
                map.Append(CultureInfo.InvariantCulture, $"<{glyph:X4}> <{Convert.ToHexString(Encoding.BigEndianUnicode.GetBytes(text))}>\n");
            }

            map.Append("endbfchar\n");
        }

        map.Append("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
        return map.ToString();
    }

    // Subset fonts carry a six-letter tag; deriving it from the glyph set keeps the PDF bytes reproducible.
    private string SubsetTag()
    {
        var hash = SHA256.HashData(used.Keys.SelectMany(BitConverter.GetBytes).ToArray());
        return new string(hash.Take(6).Select(b => (char)('A' + (b % 26))).ToArray());
    }
}
