using System.Text;

namespace Clues.GraphQL.Validation;

/// <summary>
/// "Did you mean ...?" hints: candidate selection by lexical distance and the sentence that lists them, with
/// the same thresholds and ordering as graphql-js so messages match.
/// </summary>
internal static class Suggestions
{
    private const int MaxSuggestions = 5;

    /// <summary>Formats <c> Did you mean "a", "b", or "c"?</c>; empty when there is nothing to suggest.</summary>
    /// <param name="suggestions">The candidates, best first; at most five are listed.</param>
    /// <param name="subMessage">Words inserted after "Did you mean", e.g. <c>the enum value</c>.</param>
    public static string DidYouMean(IReadOnlyList<string> suggestions, string? subMessage = null)
    {
        if (suggestions.Count == 0)
        {
            return string.Empty;
        }

        var text = new StringBuilder(" Did you mean ");
        if (subMessage is not null)
        {
            text.Append(subMessage).Append(' ');
        }

        if (suggestions.Count == 1)
        {
            return text.Append('"').Append(suggestions[0]).Append("\"?").ToString();
        }

        if (suggestions.Count == 2)
        {
            return text.Append('"').Append(suggestions[0]).Append("\" or \"").Append(suggestions[1]).Append("\"?").ToString();
        }

        var count = Math.Min(suggestions.Count, MaxSuggestions);
        for (var i = 0; i < count - 1; i++)
        {
            text.Append('"').Append(suggestions[i]).Append("\", ");
        }

        return text.Append("or \"").Append(suggestions[count - 1]).Append("\"?").ToString();
    }

    /// <summary>
    /// The options close enough to <paramref name="input"/> to be likely typos, nearest first, ties broken by
    /// natural order. An option is close when its optimal-string-alignment distance (case-insensitive, with a
    /// case-only difference counting 1) is at most 40% of the input's length, plus one.
    /// </summary>
    public static List<string> SuggestionList(string input, IEnumerable<string> options)
    {
        var threshold = (input.Length * 4 / 10) + 1;
        var measure = new LexicalDistance(input);
        var found = new List<(string Option, int Distance)>();
        foreach (var option in options)
        {
            var distance = measure.Measure(option, threshold);
            if (distance >= 0)
            {
                found.Add((option, distance));
            }
        }

        // A stable sort: equal elements keep their input order, as Array.prototype.sort does.
        var ordered = new (string Option, int Distance, int Index)[found.Count];
        for (var i = 0; i < ordered.Length; i++)
        {
            ordered[i] = (found[i].Option, found[i].Distance, i);
        }

        Array.Sort(ordered, static (a, b) =>
        {
            if (a.Distance != b.Distance)
            {
                return a.Distance - b.Distance;
            }

            var natural = NaturalCompare(a.Option, b.Option);
            return natural != 0 ? natural : a.Index - b.Index;
        });

        var result = new List<string>(ordered.Length);
        for (var i = 0; i < ordered.Length; i++)
        {
            result.Add(ordered[i].Option);
        }

        return result;
    }

    /// <summary>Compares strings so that runs of digits compare by numeric value (<c>a2</c> before <c>a10</c>).</summary>
    public static int NaturalCompare(string a, string b)
    {
        var i = 0;
        var j = 0;
        while (i < a.Length && j < b.Length)
        {
            var ca = a[i];
            var cb = b[j];
            if (char.IsAsciiDigit(ca) && char.IsAsciiDigit(cb))
            {
                // A run starting with 0 is a single-digit number, so leading zeros order before other digits.
                long na = 0;
                do
                {
                    na = (na * 10) + (a[i] - '0');
                    i++;
                }
                while (i < a.Length && char.IsAsciiDigit(a[i]) && na > 0);

                long nb = 0;
                do
                {
                    nb = (nb * 10) + (b[j] - '0');
                    j++;
                }
                while (j < b.Length && char.IsAsciiDigit(b[j]) && nb > 0);

                if (na != nb)
                {
                    return na < nb ? -1 : 1;
                }
            }
            else
            {
                if (ca != cb)
                {
                    return ca < cb ? -1 : 1;
                }

                i++;
                j++;
            }
        }

        return a.Length - b.Length;
    }

    /// <summary>Optimal string alignment distance against a fixed input, with early exit above a threshold.</summary>
    private sealed class LexicalDistance
    {
        private readonly string _input;
        private readonly string _inputLower;
        private readonly int[][] _rows;

        public LexicalDistance(string input)
        {
            _input = input;
            _inputLower = input.ToLowerInvariant();
            _rows = [new int[input.Length + 1], new int[input.Length + 1], new int[input.Length + 1]];
        }

        /// <summary>The distance, or -1 when it exceeds <paramref name="threshold"/>.</summary>
        public int Measure(string option, int threshold)
        {
            if (string.Equals(_input, option, StringComparison.Ordinal))
            {
                return 0;
            }

            var optionLower = option.ToLowerInvariant();
            if (string.Equals(_inputLower, optionLower, StringComparison.Ordinal))
            {
                return 1;
            }

            var a = optionLower;
            var b = _inputLower;
            if (a.Length < b.Length)
            {
                (a, b) = (b, a);
            }

            if (a.Length - b.Length > threshold)
            {
                return -1;
            }

            var rows = _rows;
            if (rows[0].Length < b.Length + 1)
            {
                rows = [new int[b.Length + 1], new int[b.Length + 1], new int[b.Length + 1]];
            }

            for (var j = 0; j <= b.Length; j++)
            {
                rows[0][j] = j;
            }

            for (var i = 1; i <= a.Length; i++)
            {
                var up = rows[(i - 1) % 3];
                var current = rows[i % 3];
                var smallest = current[0] = i;
                for (var j = 1; j <= b.Length; j++)
                {
                    var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                    var cell = Math.Min(Math.Min(up[j] + 1, current[j - 1] + 1), up[j - 1] + cost);
                    if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                    {
                        cell = Math.Min(cell, rows[(i - 2) % 3][j - 2] + 1);
                    }

                    if (cell < smallest)
                    {
                        smallest = cell;
                    }

                    current[j] = cell;
                }

                if (smallest > threshold)
                {
                    return -1;
                }
            }

            var distance = rows[a.Length % 3][b.Length];
            return distance <= threshold ? distance : -1;
        }
    }
}
