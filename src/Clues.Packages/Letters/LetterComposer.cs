using System.Globalization;
using System.Text;
using Clues.Packages.Letters.Pdf;

namespace Clues.Packages.Letters;

/// <summary>
/// Lays a letter out on A4 pages after the national layout for official documents (GB/T 9704): 37 mm top and
/// 28 mm left margins, 16 pt body with about 22 lines a page, 22 pt title, issuer and date four characters in from
/// the right, page numbers "— n —" at the foot.
/// </summary>
internal sealed class LetterComposer(EmbeddedFont font)
{
    public const double PageWidth = 595.28;
    public const double PageHeight = 841.89;
    private const double Left = 79.37;
    private const double Right = 73.7;
    private const double Top = 104.88;
    private const double Bottom = 99.21;
    private const double BodySize = 16;
    private const double BodyLeading = 28.9;
    private const double TitleSize = 22;
    private const double TitleLeading = 34;
    private const double TableSize = 12;
    private const double TableLeading = 17;
    private const double CellPadding = 4;
    private const string Indent = "\u3000\u3000";

    private readonly List<StringBuilder> pages = [];
    private StringBuilder page = new();
    private double y;

    private static double TextWidth => PageWidth - Left - Right;

    /// <summary>Returns the content stream of each page.</summary>
    public List<byte[]> Compose(ChineseLetter letter)
    {
        NewPage();
        if (!string.IsNullOrWhiteSpace(letter.DocumentNumber))
        {
            Centered(letter.DocumentNumber, BodySize, BodyLeading, bold: false);
            y += BodyLeading / 2;
        }

        foreach (var line in Wrap(letter.Title, TitleSize, TextWidth))
        {
            Centered(line, TitleSize, TitleLeading, bold: true);
        }

        y += BodyLeading / 2;
        Paragraph(letter.Addressee, indent: false);
        foreach (var paragraph in letter.Paragraphs)
        {
            Paragraph(paragraph, indent: true);
        }

        if (letter.Table is { } table)
        {
            Table(table);
        }

        foreach (var paragraph in letter.Closing)
        {
            Paragraph(paragraph, indent: true);
        }

        Signature(letter.Issuer, letter.Date);
        return Finish();
    }

    private void Paragraph(string text, bool indent)
    {
        foreach (var line in Wrap((indent ? Indent : "") + text.Trim(), BodySize, TextWidth))
        {
            Room(BodyLeading);
            Text(Left, line, BodySize, bold: false);
            y += BodyLeading;
        }
    }

    private void Signature(string issuer, DateOnly date)
    {
        var dateText = string.Create(CultureInfo.InvariantCulture, $"{date.Year}年{date.Month}月{date.Day}日");
        var rightEdge = PageWidth - Right - (4 * BodySize);
        Room(BodyLeading * 3);
        y += BodyLeading;
        var issuerWidth = font.Width(issuer, BodySize);
        var dateWidth = font.Width(dateText, BodySize);
        // The issuer is centred over the date, as official letters place the seal.
        var centre = rightEdge - (Math.Max(issuerWidth, dateWidth) / 2);
        Text(centre - (issuerWidth / 2), issuer, BodySize, bold: false);
        y += BodyLeading;
        Text(centre - (dateWidth / 2), dateText, BodySize, bold: false);
        y += BodyLeading;
    }

    private void Table(LetterTable table)
    {
        var columns = table.Headers.Count;
        var weights = table.ColumnWeights is { } given && given.Count == columns ? given : Enumerable.Repeat(1.0, columns).ToList();
        var total = weights.Sum();
        var widths = weights.Select(w => TextWidth * w / total).ToArray();
        y += BodyLeading / 4;

        // Never leave the header alone at the foot of a page.
        Room(3 * (TableLeading + (2 * CellPadding)));
        Row(table.Headers, widths, header: true);
        foreach (var row in table.Rows)
        {
            var cells = Enumerable.Range(0, columns).Select(i => i < row.Count ? row[i] : "").ToList();
            if (!Row(cells, widths, header: false))
            {
                NewPage();
                Row(table.Headers, widths, header: true);
                Row(cells, widths, header: false);
            }
        }

        y += BodyLeading / 2;
    }

    /// <summary>Draws one ruled row; false (drawing nothing) when it does not fit on the page.</summary>
    private bool Row(IReadOnlyList<string> cells, double[] widths, bool header)
    {
        var wrapped = cells.Select((c, i) => Wrap(c, TableSize, widths[i] - (2 * CellPadding))).ToList();
        var height = (wrapped.Max(w => w.Count) * TableLeading) + (2 * CellPadding);
        if (y + height > PageHeight - Bottom)
        {
            if (!header && y > Top + 1)
            {
                return false;
            }
        }

        var x = Left;
        for (var i = 0; i < cells.Count; i++)
        {
            var lineTop = y + CellPadding;
            foreach (var line in wrapped[i])
            {
                var lineX = header ? x + ((widths[i] - font.Width(line, TableSize)) / 2) : x + CellPadding;
                TextAt(lineX, lineTop + ((TableLeading - TableSize) / 2), line, TableSize, header);
                lineTop += TableLeading;
            }

            x += widths[i];
        }

        var top = PageHeight - y;
        var bottom = top - height;
        page.Append(CultureInfo.InvariantCulture, $"0.6 w {Left:F2} {top:F2} m {PageWidth - Right:F2} {top:F2} l S {Left:F2} {bottom:F2} m {PageWidth - Right:F2} {bottom:F2} l S\n");
        x = Left;
        for (var i = 0; i <= cells.Count; i++)
        {
            page.Append(CultureInfo.InvariantCulture, $"{x:F2} {top:F2} m {x:F2} {bottom:F2} l S\n");
            x += i < widths.Length ? widths[i] : 0;
        }

        y += height;
        return true;
    }

    private void Centered(string text, double size, double leading, bool bold)
    {
        Room(leading);
        Text(Left + ((TextWidth - font.Width(text, size)) / 2), text, size, bold);
        y += leading;
    }

    private void Text(double x, string text, double size, bool bold) => TextAt(x, y + ((BodyLeading - size) / 2), text, size, bold);

    /// <summary>Draws text whose em box starts <paramref name="top"/> points below the top edge.</summary>
    private void TextAt(double x, double top, string text, double size, bool bold)
    {
        if (text.Length == 0)
        {
            return;
        }

        var baseline = PageHeight - top - (size * 0.88);

        // The font has no bold face; fill-and-stroke (render mode 2) thickens the strokes instead.
        var mode = bold ? $"2 Tr {size / 40:F2} w" : "0 Tr";
        page.Append(CultureInfo.InvariantCulture, $"BT /F1 {size:F1} Tf {mode} 1 0 0 1 {x:F2} {baseline:F2} Tm {font.Encode(text)} Tj ET\n");
    }

    private List<string> Wrap(string text, double size, double width) =>
        LineBreaker.Wrap(text, width, token => font.Width(token, size));

    private void Room(double height)
    {
        if (y + height > PageHeight - Bottom)
        {
            NewPage();
        }
    }

    private void NewPage()
    {
        page = new StringBuilder();
        pages.Add(page);
        y = Top;
    }

    private List<byte[]> Finish()
    {
        if (pages.Count > 1)
        {
            for (var i = 0; i < pages.Count; i++)
            {
                var number = string.Create(CultureInfo.InvariantCulture, $"— {i + 1} —");
                var width = font.Width(number, 14);
                page = pages[i];
                TextAt((PageWidth - width) / 2, PageHeight - (Bottom * 0.6), number, 14, bold: false);
            }
        }

        return pages.Select(p => Encoding.ASCII.GetBytes(p.ToString())).ToList();
    }
}
