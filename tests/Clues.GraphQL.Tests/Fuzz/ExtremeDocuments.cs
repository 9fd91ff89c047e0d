using System.Text;

namespace Clues.GraphQL.Tests.Fuzz;

/// <summary>
/// Documents at the edges: nesting around and beyond the parser's depth limit (selection sets, list values, object
/// values, list types), very long strings and names, thousands of fields/aliases/fragments, unicode and control
/// characters everywhere, and truncations of all of these.
/// </summary>
internal sealed class ExtremeDocuments
{
    private readonly Random _random;

    public ExtremeDocuments(Random random)
    {
        _random = random;
    }

    public string Next()
    {
        var document = _random.Next(12) switch
        {
            0 => NestedSelections(Depth()),
            1 => "{ ping(echo: " + Repeat("[", Depth()) + "1" + Repeat("]", Depth()) + ") }",
            2 => NestedObjects(Depth()),
            3 => "query ($v: " + Repeat("[", Depth()) + "Int" + Repeat("]", Depth()) + ") { version }",
            4 => "{ ping(echo: \"" + LongText(false) + "\") }",
            5 => "{ ping(echo: \"\"\"" + LongText(true) + "\"\"\") }",
            6 => "{ " + new string('n', 1 + _random.Next(50_000)) + " }",
            7 => ManyFields(),
            8 => ManyFragments(),
            9 => UnicodeSoup(),
            10 => "{ people { " + Repeat("...on Person { ", Depth()) + "name" + Repeat(" }", Depth()) + " } }",
            _ => "query (" + string.Join(", ", Enumerable.Range(0, 1 + _random.Next(500)).Select(i => $"$v{i}: Int = {i}")) + ") { version }",
        };

        // A third are cut short, so every construct is also seen unterminated.
        return _random.Next(3) == 0 && document.Length > 0 ? document[.._random.Next(document.Length)] : document;
    }

    // Concentrated around the parser's limit of 512 so both sides of it are hit.
    private int Depth() => _random.Next(4) switch
    {
        0 => 1 + _random.Next(64),
        1 => 500 + _random.Next(24),
        2 => 1 + _random.Next(1024),
        _ => 2000 + _random.Next(5_000),
    };

    private static string Repeat(string text, int count) => new StringBuilder(text.Length * count).Insert(0, text, count).ToString();

    private static string NestedSelections(int depth)
    {
        // Person.relatives returns [Person], so the nesting stays valid against the schema as far as it goes.
        return "{ people { " + Repeat("relatives { ", depth) + "name" + Repeat(" }", depth) + " } }";
    }

    private static string NestedObjects(int depth)
        => "{ clues(filter: " + Repeat("{nested: ", depth) + "{text: \"x\"}" + Repeat("}", depth) + ") { id } }";

    private string LongText(bool block)
    {
        var length = 1 + _random.Next(_random.Next(16) == 0 ? 1_000_000 : 20_000);
        var builder = new StringBuilder(length + 16);
        while (builder.Length < length)
        {
            builder.Append(_random.Next(20) switch
            {
                0 => block ? "\n    " : "\\n",
                1 => block ? "\\\"\"\"" : "\\u00e9",
                2 => "\ud83d\ude00",
                3 => "\u4e2d\u6587",
                4 => block ? "\t" : "\\u{1F600}",
                _ => "abcdefghij",
            });
        }

        return builder.ToString();
    }

    private string ManyFields()
    {
        var count = 1 + _random.Next(_random.Next(8) == 0 ? 2000 : 300);
        var builder = new StringBuilder("{ people { ");
        for (var i = 0; i < count; i++)
        {
            // Repeated response names with differing arguments stress the overlapping-fields rule.
            builder.Append(_random.Next(3) switch
            {
                0 => "name ",
                1 => $"a{i % 50}: name ",
                _ => $"employers(first: {i % 7}) {{ name }} ",
            });
        }

        return builder.Append("} }").ToString();
    }

    private string ManyFragments()
    {
        var count = 1 + _random.Next(500);
        var builder = new StringBuilder("{ people { ...P0 } }\n");
        for (var i = 0; i < count; i++)
        {
            // Each fragment spreads the next two, which would be exponential if expanded naively; the last may cycle.
            var next = i + 1 < count ? $"...P{i + 1} ...P{Math.Min(i + 2, count - 1)}" : (_random.Next(2) == 0 ? "...P0" : "id");
            builder.Append("fragment P").Append(i).Append(" on Person { name ").Append(next).Append(" }\n");
        }

        return builder.ToString();
    }

    private string UnicodeSoup()
    {
        var length = 1 + _random.Next(2000);
        var builder = new StringBuilder(length);
        for (var i = 0; i < length; i++)
        {
            builder.Append(_random.Next(6) switch
            {
                0 => (char)_random.Next(0x20),
                1 => (char)_random.Next(0xD800, 0xE000),
                2 => (char)_random.Next(0x10000),
                3 => "{}()[]:$@!=|&.\"\\#,"[_random.Next(18)],
                _ => (char)('a' + _random.Next(26)),
            });
        }

        return builder.ToString();
    }
}
