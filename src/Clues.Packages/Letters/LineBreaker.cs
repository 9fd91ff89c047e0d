using System.Text;

namespace Clues.Packages.Letters;

/// <summary>
/// Greedy line breaking for Chinese text mixed with Latin words: a break may fall between any two Chinese
/// characters, but closing punctuation never starts a line (it hangs in the margin instead) and opening brackets
/// never end one; Latin words and numbers stay whole unless they alone are wider than the line.
/// </summary>
internal static class LineBreaker
{
    private const string NoLineStart = "，。、；：？！）》」』】〕”’…—·%,.;:?!)]}";
    private const string NoLineEnd = "（《「『【〔“‘([{";

    public static List<string> Wrap(string text, double width, Func<string, double> measure)
    {
        var lines = new List<string>();
        var line = new StringBuilder();
        double lineWidth = 0;
        foreach (var token in Tokens(text))
        {
            var tokenWidth = measure(token);
            if (lineWidth + tokenWidth <= width || line.Length == 0 && tokenWidth <= width)
            {
                line.Append(token);
                lineWidth += tokenWidth;
                continue;
            }

            if (token.Length == 1 && NoLineStart.Contains(token[0], StringComparison.Ordinal) && line.Length > 0)
            {
                // Hanging punctuation: a comma pushed alone to the next line is worse than one slightly in the margin.
                line.Append(token);
                lineWidth += tokenWidth;
                continue;
            }

            if (token == " ")
            {
                Flush();
                continue;
            }

            var carried = "";
            if (line.Length > 0 && NoLineEnd.Contains(line[^1], StringComparison.Ordinal))
            {
                carried = line[^1].ToString();
                line.Length--;
            }

            if (line.Length > 0)
            {
                Flush();
            }

            line.Append(carried);
            lineWidth = measure(carried);
            if (lineWidth + tokenWidth <= width)
            {
                line.Append(token);
                lineWidth += tokenWidth;
                continue;
            }

            // A word wider than the line: break it by character.
            foreach (var rune in token.EnumerateRunes())
            {
                var runeWidth = measure(rune.ToString());
                if (lineWidth + runeWidth > width && line.Length > 0)
                {
                    Flush();
                }

                line.Append(rune.ToString());
                lineWidth += runeWidth;
            }
        }

        if (line.Length > 0 || lines.Count == 0)
        {
            lines.Add(line.ToString().TrimEnd());
        }

        return lines;

        void Flush()
        {
            lines.Add(line.ToString().TrimEnd());
            line.Clear();
            lineWidth = 0;
        }
    }

    private static IEnumerable<string> Tokens(string text)
    {
        var word = new StringBuilder();
        foreach (var rune in text.EnumerateRunes())
        {
            if (rune.IsAscii && (Rune.IsLetterOrDigit(rune) || rune.Value is '-' or '_' or '/' or '.' or '@'))
            {
                word.Append(rune.ToString());
                continue;
            }

            if (word.Length > 0)
            {
                yield return word.ToString();
                word.Clear();
            }

            yield return rune.ToString();
        }

        if (word.Length > 0)
        {
            yield return word.ToString();
        }
    }
}
