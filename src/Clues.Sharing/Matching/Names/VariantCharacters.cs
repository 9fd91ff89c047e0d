using System.Reflection;

namespace Clues.Sharing.Matching.Names;

/// <summary>
/// The variant-character table (Data/variant-characters.txt): traditional and simplified forms and
/// characters commonly confused in names. Groups sharing a character are merged, and every character
/// maps to one representative so that comparing canonical strings is a plain ordinal comparison.
/// </summary>
internal sealed class VariantCharacters
{
    private const string ResourceSuffix = "variant-characters.txt";
    private readonly char[] _canonical;

    private VariantCharacters(char[] canonical) => _canonical = canonical;

    /// <summary>The table shipped with the library.</summary>
    public static VariantCharacters Default { get; } = Load();

    /// <summary>Builds a table from lines of groups; '#' starts a comment line.</summary>
    public static VariantCharacters FromLines(IEnumerable<string> lines)
    {
        var parent = new char[char.MaxValue + 1];
        for (var i = 0; i < parent.Length; i++)
        {
            parent[i] = (char)i;
        }

        foreach (var raw in lines)
        {
            var line = raw.Trim();
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var first = '\0';
            foreach (var c in line)
            {
                if (char.IsWhiteSpace(c))
                {
                    continue;
                }

                if (first == '\0')
                {
                    first = c;
                }
                else
                {
                    Union(parent, first, c);
                }
            }
        }

        var canonical = new char[parent.Length];
        for (var i = 0; i < canonical.Length; i++)
        {
            canonical[i] = Find(parent, (char)i);
        }

        return new VariantCharacters(canonical);
    }

    /// <summary>The representative of the character's group (the character itself when it has no variants).</summary>
    public char Canonical(char c) => _canonical[c];

    /// <summary>True when the two characters differ but belong to one group.</summary>
    public bool AreVariants(char a, char b) => a != b && _canonical[a] == _canonical[b];

    /// <summary>The string with every character replaced by its representative.</summary>
    public string Canonicalize(string text)
    {
        var changed = false;
        foreach (var c in text)
        {
            if (_canonical[c] != c)
            {
                changed = true;
                break;
            }
        }

        if (!changed)
        {
            return text;
        }

        return string.Create(text.Length, (text, _canonical), static (span, state) =>
        {
            for (var i = 0; i < span.Length; i++)
            {
                span[i] = state._canonical[state.text[i]];
            }
        });
    }

    /// <summary>Another member of the character's group, or null when it has none (the benchmark injects variants with it).</summary>
    public char? AnyVariantOf(char c, int pick)
    {
        var root = _canonical[c];
        var members = new List<char>();
        for (var i = 0; i < _canonical.Length; i++)
        {
            if (_canonical[i] == root && i != c)
            {
                members.Add((char)i);
            }
        }

        return members.Count == 0 ? null : members[(int)((uint)pick % (uint)members.Count)];
    }

    private static VariantCharacters Load()
    {
        var assembly = typeof(VariantCharacters).Assembly;
        var name = assembly.GetManifestResourceNames().FirstOrDefault(n => n.EndsWith(ResourceSuffix, StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"The embedded resource {ResourceSuffix} is missing from {assembly.GetName().Name}; check the EmbeddedResource item in Clues.Sharing.csproj.");
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        var lines = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            lines.Add(line);
        }

        return FromLines(lines);
    }

    private static char Find(char[] parent, char c)
    {
        while (parent[c] != c)
        {
            parent[c] = parent[parent[c]];
            c = parent[c];
        }

        return c;
    }

    private static void Union(char[] parent, char a, char b)
    {
        var ra = Find(parent, a);
        var rb = Find(parent, b);
        if (ra == rb)
        {
            return;
        }

        // The smaller code point becomes the root so the representative does not depend on line order.
        if (ra < rb)
        {
            parent[rb] = ra;
        }
        else
        {
            parent[ra] = rb;
        }
    }
}
