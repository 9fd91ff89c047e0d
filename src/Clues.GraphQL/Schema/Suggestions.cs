namespace Clues.GraphQL.Schema;

/// <summary>"Did you mean" hints for binding and SDL errors: the closest names by edit distance.</summary>
internal static class Suggestions
{
    public static string DidYouMean(string input, IEnumerable<string> options)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        var threshold = Math.Max(1, input.Length / 2);
        foreach (var option in options)
        {
            var distance = string.Equals(option, input, StringComparison.OrdinalIgnoreCase) ? 0 : Distance(input.ToLowerInvariant(), option.ToLowerInvariant());
            if (distance <= threshold && distance < bestDistance)
            {
                best = option;
                bestDistance = distance;
            }
        }

        return best is null ? string.Empty : $" Did you mean \"{best}\"?";
    }

    private static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
