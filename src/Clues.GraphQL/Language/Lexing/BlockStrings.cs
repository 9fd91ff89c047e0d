using System.Text;

namespace Clues.GraphQL.Language;

/// <summary>The block string rules shared by the lexer (dedent) and the printer (printability and layout).</summary>
internal static class BlockStrings
{
    /// <summary>
    /// The spec's BlockStringValue: remove the common indentation of all lines but the first (counting
    /// only lines that are not entirely whitespace), then drop leading and trailing whitespace-only lines,
    /// and join with <c>\n</c>.
    /// </summary>
    public static string Dedent(List<string> lines)
    {
        var commonIndent = int.MaxValue;
        var first = -1;
        var last = -1;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            var indent = LeadingWhitespace(line);
            if (indent == line.Length)
            {
                continue;
            }

            if (first < 0)
            {
                first = i;
            }

            last = i;
            if (i != 0 && indent < commonIndent)
            {
                commonIndent = indent;
            }
        }

        if (first < 0)
        {
            return string.Empty;
        }

        if (commonIndent == int.MaxValue)
        {
            commonIndent = 0;
        }

        if (first == last)
        {
            return first == 0 ? lines[0] : Cut(lines[first], commonIndent);
        }

        var builder = new StringBuilder();
        for (var i = first; i <= last; i++)
        {
            if (i != first)
            {
                builder.Append('\n');
            }

            var line = lines[i];
            if (i == 0)
            {
                builder.Append(line);
            }
            else
            {
                var cut = Math.Min(commonIndent, line.Length);
                builder.Append(line, cut, line.Length - cut);
            }
        }

        return builder.ToString();
    }

    private static string Cut(string line, int count) => count == 0 ? line : line.Substring(Math.Min(count, line.Length));

    private static int LeadingWhitespace(string line)
    {
        var i = 0;
        while (i < line.Length && line[i] is ' ' or '\t')
        {
            i++;
        }

        return i;
    }

    /// <summary>
    /// Whether <paramref name="value"/> survives a round trip through block string syntax: no control
    /// characters other than tab and newline (a <c>\r</c> would be normalised), no leading or trailing
    /// blank lines (dedent would drop them), and no indentation common to every line after the first
    /// (dedent would strip it).
    /// </summary>
    public static bool IsPrintable(string value)
    {
        if (value.Length == 0)
        {
            return true;
        }

        var lineIsBlank = true;
        var lineHasIndent = false;
        var allLinesIndented = true;
        var sawLineBreak = false;
        foreach (var c in value)
        {
            switch (c)
            {
                case '\n':
                    if (lineIsBlank && !sawLineBreak)
                    {
                        return false;
                    }

                    sawLineBreak = true;
                    lineIsBlank = true;
                    lineHasIndent = false;
                    break;
                case '\t':
                case ' ':
                    lineHasIndent |= lineIsBlank;
                    break;
                case < ' ':
                    return false;
                default:
                    // The first non-blank character of a line decides whether that line is indented.
                    if (lineIsBlank)
                    {
                        allLinesIndented &= lineHasIndent;
                    }

                    lineIsBlank = false;
                    break;
            }
        }

        if (lineIsBlank)
        {
            return false;
        }

        return !(allLinesIndented && sawLineBreak);
    }

    /// <summary>
    /// Lays out <paramref name="value"/> as a block string (graphql-js <c>printBlockString</c> layout):
    /// <c>"""</c> escaped, on its own lines when multi-line, long, or when its ends would merge with the
    /// delimiters.
    /// </summary>
    public static string Print(string value)
    {
        var escaped = value.Replace("\"\"\"", "\\\"\"\"", StringComparison.Ordinal);
        var lines = escaped.Split('\n');
        var isSingleLine = lines.Length == 1;
        var forceLeadingNewLine = lines.Length > 1;
        for (var i = 1; i < lines.Length && forceLeadingNewLine; i++)
        {
            forceLeadingNewLine = lines[i].Length == 0 || lines[i][0] is ' ' or '\t';
        }

        var hasTrailingTripleQuotes = escaped.EndsWith("\\\"\"\"", StringComparison.Ordinal);
        var hasTrailingQuote = value.EndsWith('"') && !hasTrailingTripleQuotes;
        var hasTrailingSlash = value.EndsWith('\\');
        var forceTrailingNewLine = hasTrailingQuote || hasTrailingSlash;
        var printAsMultipleLines = !isSingleLine || value.Length > 70 || forceTrailingNewLine || forceLeadingNewLine
            || hasTrailingTripleQuotes;
        var skipLeadingNewLine = isSingleLine && value.Length > 0 && value[0] is ' ' or '\t';

        var builder = new StringBuilder(escaped.Length + 8);
        builder.Append("\"\"\"");
        if ((printAsMultipleLines && !skipLeadingNewLine) || forceLeadingNewLine)
        {
            builder.Append('\n');
        }

        builder.Append(escaped);
        if (printAsMultipleLines || forceTrailingNewLine)
        {
            builder.Append('\n');
        }

        builder.Append("\"\"\"");
        return builder.ToString();
    }
}
