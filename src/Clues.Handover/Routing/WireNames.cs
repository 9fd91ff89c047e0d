using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;
using System.Text;

namespace Clues.Handover.Routing;

/// <summary>
/// SCREAMING_SNAKE_CASE names of enum members, the spelling the rule file and <c>clues route</c> use
/// (<c>FixableNow</c> is <c>FIXABLE_NOW</c>). Parsing is exact so an audit never passes on a near miss.
/// </summary>
internal static class WireNames
{
    public static string Of<T>(T value) where T : struct, Enum => Cache<T>.Names[value];

    public static bool TryParse<T>(string? text, [NotNullWhen(true)] out T? value) where T : struct, Enum
    {
        if (text is not null && Cache<T>.Values.TryGetValue(text, out var found))
        {
            value = found;
            return true;
        }

        value = null;
        return false;
    }

    public static string List<T>() where T : struct, Enum => string.Join(", ", Cache<T>.Names.Values.Order(StringComparer.Ordinal));

    public static IEnumerable<string> All<T>() where T : struct, Enum => Enum.GetValues<T>().Select(v => Cache<T>.Names[v]);

    private static string Convert(string pascal)
    {
        var builder = new StringBuilder(pascal.Length + 8);
        for (var i = 0; i < pascal.Length; i++)
        {
            if (i > 0 && char.IsUpper(pascal[i]))
            {
                builder.Append('_');
            }

            builder.Append(char.ToUpperInvariant(pascal[i]));
        }

        return builder.ToString();
    }

    private static class Cache<T> where T : struct, Enum
    {
        public static readonly FrozenDictionary<T, string> Names =
            Enum.GetValues<T>().ToFrozenDictionary(v => v, v => Convert(v.ToString()));

        public static readonly FrozenDictionary<string, T> Values =
            Names.ToFrozenDictionary(p => p.Value, p => p.Key, StringComparer.Ordinal);
    }
}
