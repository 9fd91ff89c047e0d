using System.Text;
using System.Text.RegularExpressions;

namespace Clues.GraphQL.Tests.Fuzz;

/// <summary>
/// Deterministic mutations of seed documents at character, UTF-8 byte and token level: deletions, insertions,
/// replacements, swaps, duplications and splices from other seeds, with an alphabet biased towards the characters
/// that matter to a GraphQL lexer (punctuators, quotes, escapes, line terminators, NUL, BOM, lone surrogates).
/// </summary>
internal sealed partial class DocumentMutator
{
    private static readonly string[] InterestingChars =
    [
        "{", "}", "(", ")", "[", "]", ":", "$", "@", "!", "=", "|", "&", ".", "...", "\"", "\"\"\"", "\\", "\\u", "\\u{", "\n", "\r", "\r\n",
        "\t", " ", ",", "#", "\0", "\u0001", "\u001f", "\u007f", "\u00e9", "\u2028", "\ufeff", "\ud800", "\udc00", "\ud83d\ude00", "\uffff",
        "0", "9", "-", "+", "e", "E", "_", "a", "Z", "\u4e2d",
    ];

    private static readonly string[] Tokens =
    [
        "query", "mutation", "subscription", "fragment", "on", "...", "{", "}", "(", ")", "[", "]", ":", "$v", "$", "@", "=", "!", "&", "|",
        "@skip(if: true)", "@include(if: $v)", "@trace", "@mask", "@since(v: 1)", "@deprecated", "null", "true", "false", "0", "-1.5e3",
        "2147483648", "1e400", "\"str\"", "\"\"\"block\n  text\"\"\"", "\"\\u{1F600}\"", "\"\\uD800\"", "__typename", "__schema", "__type(name: \"Clue\")",
        "id", "name", "node(id: 1)", "people", "search(text: \"a\")", "severity", "HIGH", "ClueFilter", "Person", "Subject", "extend", "type",
        "schema", "directive", "input", "#comment\n", "...Frag", "fragment Frag on Person { id }", "... on Clue { id }", "(first: 1)",
        "{ a { b { c } } }", "[[1], [2]]", "{x: {y: {z: 1}}}", "$v: Int = 1", "ENUM_VALUE",
    ];

    private readonly Random _random;
    private readonly IReadOnlyList<string> _seeds;

    public DocumentMutator(Random random, IReadOnlyList<string> seeds)
    {
        _random = random;
        _seeds = seeds;
    }

    public string Mutate(string document)
    {
        var text = document;
        // Mostly one or two edits, so many mutants still parse and reach the validator; sometimes a pile-up.
        var rounds = _random.Next(10) switch { < 6 => 1, < 9 => 2, _ => 3 + _random.Next(4) };
        for (var i = 0; i < rounds; i++)
        {
            text = _random.Next(11) switch
            {
                0 => DeleteSpan(text),
                1 or 2 => InsertChars(text),
                3 => ReplaceChar(text),
                4 => DuplicateSpan(text),
                5 => FlipUtf8Byte(text),
                6 => Splice(text),
                _ => MutateTokens(text),
            };
        }

        return text;
    }

    private int Position(string text) => text.Length == 0 ? 0 : _random.Next(text.Length + 1);

    private string DeleteSpan(string text)
    {
        if (text.Length == 0)
        {
            return text;
        }

        var start = _random.Next(text.Length);
        var length = Math.Min(text.Length - start, 1 + _random.Next(_random.Next(2) == 0 ? 3 : 40));
        return text.Remove(start, length);
    }

    private string InsertChars(string text)
    {
        var builder = new StringBuilder();
        var count = 1 + _random.Next(3);
        for (var i = 0; i < count; i++)
        {
            builder.Append(_random.Next(4) == 0 ? (char)_random.Next(0x10000) : InterestingChars[_random.Next(InterestingChars.Length)]);
        }

        return text.Insert(Position(text), builder.ToString());
    }

    private string ReplaceChar(string text)
    {
        if (text.Length == 0)
        {
            return text;
        }

        var at = _random.Next(text.Length);
        return string.Concat(text.AsSpan(0, at), InterestingChars[_random.Next(InterestingChars.Length)], text.AsSpan(at + 1));
    }

    private string DuplicateSpan(string text)
    {
        if (text.Length == 0)
        {
            return text;
        }

        var start = _random.Next(text.Length);
        var length = Math.Min(text.Length - start, 1 + _random.Next(60));
        var span = text.Substring(start, length);
        var copies = 1 + _random.Next(_random.Next(10) == 0 ? 50 : 3);
        return text.Insert(start, string.Concat(Enumerable.Repeat(span, copies)));
    }

    // Works on the UTF-8 bytes the way a corrupted request body would arrive, then decodes with replacement.
    private string FlipUtf8Byte(string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        if (bytes.Length == 0)
        {
            return text;
        }

        var at = _random.Next(bytes.Length);
        bytes[at] = _random.Next(3) switch
        {
            0 => (byte)(bytes[at] ^ (1 << _random.Next(8))),
            1 => (byte)_random.Next(256),
            _ => 0,
        };
        return Encoding.UTF8.GetString(bytes);
    }

    private string Splice(string text)
    {
        var other = _seeds[_random.Next(_seeds.Count)];
        if (other.Length == 0)
        {
            return text;
        }

        var start = _random.Next(other.Length);
        var length = Math.Min(other.Length - start, 1 + _random.Next(120));
        return text.Insert(Position(text), other.Substring(start, length));
    }

    private string MutateTokens(string text)
    {
        var tokens = TokenPattern().Matches(text).Select(m => m.Value).ToList();
        var at = tokens.Count == 0 ? 0 : _random.Next(tokens.Count);
        switch (_random.Next(5))
        {
            case 0 when tokens.Count > 0:
                tokens.RemoveAt(at);
                break;
            case 1 when tokens.Count > 0:
                tokens[at] = Tokens[_random.Next(Tokens.Length)];
                break;
            case 2 when tokens.Count > 1:
                var other = _random.Next(tokens.Count);
                (tokens[at], tokens[other]) = (tokens[other], tokens[at]);
                break;
            case 3 when tokens.Count > 0:
                tokens.Insert(at, tokens[_random.Next(tokens.Count)]);
                break;
            default:
                tokens.Insert(at, Tokens[_random.Next(Tokens.Length)]);
                break;
        }

        return string.Join(_random.Next(8) == 0 ? "," : " ", tokens);
    }

    // Block strings, strings, spreads, names, numbers, then any other single non-blank character.
    [GeneratedRegex("\"\"\"[\\s\\S]*?\"\"\"|\"(?:\\\\.|[^\"\\\\\\n])*\"|\\.\\.\\.|[A-Za-z_][A-Za-z0-9_]*|-?\\d+(?:\\.\\d+)?(?:[eE][+-]?\\d+)?|\\S")]
    private static partial Regex TokenPattern();
}
