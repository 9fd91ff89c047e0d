using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Clues.GraphQL.Language;
using Clues.GraphQL.Tests.Oracle;

namespace Clues.GraphQL.Tests.Language;

/// <summary>
/// Compares this parser and printer with graphql-js (the pinned test oracle in ../Oracle) on a corpus:
/// same success/failure, same error message and location, same printed output. Fails, naming the fix, when the oracle's
/// node_modules are absent.
/// </summary>
public sealed class OracleDifferentialTests
{
    private static readonly string[] Documents =
    [
        KitchenSinks.Executable, KitchenSinks.Schema,
        "", "   ", "# only a comment", "{", "{}", "{ a }}", "query", "query Q", "query Q {}", "query Q() { a }", "{ f() }", "{ f(a:) }",
        "{ f(a 1) }", "fragment on on T { a }", "fragment F T { a }", "fragment F on T", "{ ...on }", "{ ... on { a } }", "{ ... }",
        "notakeyword { a }", "query Q($a: Int = $b) { a }", "query Q($a) { a }", "query Q($a: ) { a }",
        "query Q($a: Int = 1 @d(x: $v)) { a }", "{ a @ }", "{ a @d( ) }", "\"desc\" { a }", "\"desc\" extend type A @d",
        "\"d\" notakeyword", "\"d\" \"e\" type A", "\"d\" 1", "type A {}", "type A { f(): Int }", "type A { f: }",
        "type A implements { f: Int }", "type A implements B C { f: Int }", "type A implements & { f: Int }",
        "type A implements B & { f: Int }", "union U = ", "union U = |", "union U = A |", "union U = | A", "enum E {}",
        "enum E { true }", "enum E { null }", "enum E { false }", "enum E { FALSE }", "input I {}", "input I { a: Int = $v }",
        "directive @d on", "directive @d on FOO", "directive @d on | FIELD", "directive @d repeatable FIELD", "directive d on FIELD",
        "directive @d() on FIELD", "schema {}", "schema { query Q }", "schema { foo: Q }", "extend", "extend foo A", "extend type A",
        "extend schema", "extend scalar S", "extend union U", "extend enum E", "extend input I", "extend interface I",
        "extend type A {}", "scalar", "scalar S @d(a: $v)", "type A @d(a: $v)", "{ f(a: [1, 2, $v]) }", "{ f(a: {b: }) }",
        "{ f(a: {b 1}) }", "{ f(a: [1 }", "{ f(a: ) }", "{ f(a: .5) }", "{ f(a: 1.) }", "{ f(a: \"x) }",
        "mutation { a } subscription", "query Q @d { a } \n\n  }", "{ a\n  b(c: 1, d: ?) }", "subscription S($a: [[Int!]!]!) { x }",
        "{ a(b: \"\"\"unterminated) }", "type Q { a: [Int }", "type Q { a: Int! ! }", "{ a: b: c }", "query Q($a: Int!) @d($x: 1) { a }",
        "{ f(a: $) }", "{ f(a: $ 1) }", "{ x(a: $1) }", "interface I implements & A & B { a: Int }", "union U @d = | A | B",
        "directive @d(a: Int) repeatable on | QUERY | FIELD", "type A", "extend type A implements B", "\"\"\"d\"\"\" scalar S",
        "query Q ($a: Int @dir) { a }", "{ f(a: 00) }", "{ f(a: 01) }", "{ f(a: -01) }", "{ f(a: +1) }", "{ f(a: 1e) }",
        "{ f(a: 1E+) }", "{ f(a: 1.A) }", "{ f(a: -A) }", "{ f(a: 1.0e) }", "{ f(a: 1.2.3) }", "{ f(a: 0x10) }", "{ f(a: 123abc) }",
        "{ f(a: 1_000) }", "{ f(a: 1..) }", "{ f(a: 1\u00DF) }", "{ f(a: \"bad \\z\") }", "{ f(a: \"bad \\u1 esc\") }",
        "{ f(a: \"\\u{}\") }", "{ f(a: \"\\u{FXXX}\") }", "{ f(a: \"\\u{FFFF esc\") }", "{ f(a: \"\\u{110000}\") }",
        "{ f(a: \"\\u{12345678}\") }", "{ f(a: \"\\u{000000000041}\") }", "{ f(a: \"\\u{00000041}\") }", "{ f(a: \"\\uD83D\") }",
        "{ f(a: \"\\uDE00\") }", "{ f(a: \"\\uDE00\\uD83D\") }", "{ f(a: \"\\uD83D\\u1234\") }", "{ f(a: \"\\u{D83D}\") }",
        "{ f(a: \"\\uD83D\\uDE00 \\u{1F600} ok\") }", "{ f(a: \"raw \uD800 lone\") }", "{ f(a: \"\"\"raw \uDC00 lone\"\"\") }",
        "\uD800", "\uDE00\uD83D", "\U0001F600", "\u203B", "\u0007", "\n\n   \u0000", "'single'", "# c \uD800\n{a}",
        "\uFEFF{ a }", "{ a }\r\n\r\n  ?", "{ a(s: \"multi\nline\") }", "{ a(s: \"\"\"\n   block\n     string \\\"\"\" with quotes\n\"\"\") }",
        "{ f(aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa: 1, bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb: 2, c: {}) }",
        "{ f(a: \"\"\"multi\nline\"\"\", bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb: 2) }",
        "{ al: f(a: \"\"\"  x\n  y\"\"\") @d(b: \"\"\"\"\"\") }", "{ f(a: \"\\\"\\\\\\/\\b\\f\\n\\r\\t\\u0001\\u007f\\u0085\") }",
        "type T { f(a: String = \"\"\"\n  multi\n  line\n\"\"\"): Int }", "{ f(long: \"" + new string('x', 75) + "\") }",
        "\"\"\"\n  Long description " + new string('y', 80) + "\n\"\"\" type T", "{ ... @include(if: true) { a } ... on T { b } }",
        "query Q($v: [Int] = [1, 2] @d) { a }", "{ a(v: {nested: {deeper: [{x: 1}]}}) }", "extend schema @a { query: Q }",
        "extend interface I implements J & K @d { f: Int }", "extend union U @d", "extend enum E @d { A }",
        "extend input I @d { a: Int }", "schema @a @b { query: Q mutation: M subscription: S }", "{ a(x: -0.0e-0) }",
    ];

    private static readonly string[] Values = ["[1, $a]", "{a: $b, c: [\"s\", \"\"\"b\"\"\"]}", "$", "[", "1 2", "-", "{a: 1,}", "\"\"\"x\"\"\""];

    private static readonly string[] ConstValues = ["[1, $a]", "{a: [true, null, ENUM]}", "$a", "{a: {b: $c}}"];

    private static readonly string[] Types = ["[String!]!", "Int!!", "[Int", "!", "[[A]!]", "Int Int"];

    private sealed record OracleResult(bool Ok, string? Printed, string? Message, int Line, int Column);

    [Fact]
    public void Parsing_and_printing_agree_with_graphql_js()
    {
        var cases = Documents.Select(t => ("document", t))
            .Concat(Values.Select(t => ("value", t)))
            .Concat(ConstValues.Select(t => ("constValue", t)))
            .Concat(Types.Select(t => ("type", t)))
            .ToList();
        var oracle = RunOracle(cases);
        if (oracle is null)
        {
            return;
        }

        var mismatches = new List<string>();
        for (var i = 0; i < cases.Count; i++)
        {
            var (mode, text) = cases[i];
            var expected = oracle[i];
            var actual = RunOurs(mode, text);
            if (expected != actual)
            {
                mismatches.Add($"{mode} {JsonSerializer.Serialize(text)}\n  graphql-js: {expected}\n  ours:       {actual}");
            }
        }

        Assert.True(mismatches.Count == 0, string.Join("\n", mismatches));
    }

    private static OracleResult RunOurs(string mode, string text)
    {
        try
        {
            SyntaxNode node = mode switch
            {
                "document" => Parser.Parse(text),
                "value" => Parser.ParseValue(text),
                "constValue" => Parser.ParseConstValue(text),
                _ => Parser.ParseType(text),
            };
            return new OracleResult(true, Printer.Print(node), null, 0, 0);
        }
        catch (GraphQLSyntaxException error)
        {
            return new OracleResult(false, null, error.Message, error.Locations[0].Line, error.Locations[0].Column);
        }
    }

    /// <summary>
    /// Serialises the cases escaping every non-ASCII code unit. System.Text.Json would replace lone
    /// surrogates with U+FFFD, and the oracle must see exactly the strings we parse.
    /// </summary>
    private static string ToJson(List<(string Mode, string Text)> cases)
    {
        var builder = new System.Text.StringBuilder("[");
        foreach (var (mode, text) in cases)
        {
            builder.Append(builder.Length > 1 ? "," : "").Append("{\"mode\":\"").Append(mode).Append("\",\"text\":\"");
            foreach (var c in text)
            {
                if (c is >= ' ' and <= '~' && c is not '"' and not '\\')
                {
                    builder.Append(c);
                }
                else
                {
                    builder.Append("\\u").Append(((int)c).ToString("x4", System.Globalization.CultureInfo.InvariantCulture));
                }
            }

            builder.Append("\"}");
        }

        return builder.Append(']').ToString();
    }

    private static List<OracleResult>? RunOracle(List<(string Mode, string Text)> cases, [CallerFilePath] string thisFile = "")
    {
        var oracleDirectory = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(thisFile)!, "..", "Oracle"));
        OracleFolder.Require(oracleDirectory);

        var start = new ProcessStartInfo("node", "parse-oracle.js")
        {
            WorkingDirectory = oracleDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null; // node is not installed
        }

        using (process)
        {
            process.StandardInput.Write(ToJson(cases));
            process.StandardInput.Close();
            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            Assert.True(process.ExitCode == 0, process.StandardError.ReadToEnd());
            using var json = JsonDocument.Parse(output);
            return json.RootElement.EnumerateArray().Select(e => new OracleResult(
                e.GetProperty("ok").GetBoolean(),
                e.TryGetProperty("printed", out var printed) ? printed.GetString() : null,
                e.TryGetProperty("message", out var message) ? message.GetString() : null,
                e.TryGetProperty("line", out var line) ? line.GetInt32() : 0,
                e.TryGetProperty("column", out var column) ? column.GetInt32() : 0)).ToList();
        }
    }
}
