using Clues.GraphQL.Language;

namespace Clues.GraphQL.Tests.Language;

public sealed class PrinterTests
{
    private static string Reprint(string text) => Printer.Print(Parser.Parse(text));

    [Theory]
    [InlineData(KitchenSinks.Executable)]
    [InlineData(KitchenSinks.Schema)]
    public void Printing_round_trips_the_kitchen_sinks(string text)
    {
        var original = Parser.Parse(text);
        var printed = Printer.Print(original);
        var reparsed = Parser.Parse(printed);
        Assert.True(SyntaxEquivalence.AreEquivalent(original, reparsed), printed);
        Assert.Equal(printed, Printer.Print(reparsed));
    }

    [Fact]
    public void Operations_print_in_the_canonical_layout()
    {
        Assert.Equal(
            "query Q($a: Int = 1 @d, $b: [String!]! = [\"x\"]) @op {\n  f(o: {a: 1, b: [1, 2]}, e: ENUM) {\n    ... on T @x {\n      y\n    }\n    ...Frag @s\n  }\n}\n\nfragment Frag on T @d {\n  z\n}",
            Reprint("query Q($a:Int=1@d,$b:[String!]!=[\"x\"])@op{f(o:{a:1 b:[1 2]},e:ENUM){...on T@x{y}...Frag@s}} fragment Frag on T@d{z}"));
    }

    [Fact]
    public void The_query_shorthand_stays_short_and_named_operations_keep_the_keyword()
    {
        Assert.Equal("{\n  a\n}", Reprint("query { a }"));
        Assert.Equal("query Q {\n  a\n}", Reprint("query Q { a }"));
        Assert.Equal("query @d {\n  a\n}", Reprint("query @d { a }"));
        Assert.Equal("query ($v: Int) {\n  a\n}", Reprint("query ($v: Int) { a }"));
        Assert.Equal("mutation {\n  a\n}", Reprint("mutation { a }"));
    }

    [Fact]
    public void Long_argument_lists_wrap_one_per_line()
    {
        Assert.Equal(
            "{\n  f(\n    aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa: 1\n    bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb: 2\n    c: {}\n  )\n}",
            Reprint("{ f(aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa: 1, bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb: 2, c: {}) }"));
    }

    [Fact]
    public void Type_system_definitions_print_like_graphql_js()
    {
        const string expected = "\"d\"\nschema @a {\n  query: Q\n}\n\nextend schema @b\n\n\"x\"\ntype T implements A & B @d {\n  \"fd\"\n  f(\n    \"ad\"\n    a: Int = 1 @x\n    b: [I]\n  ): T @y\n}\n\nunion U @d = A | B\n\ndirective @d(a: Int) repeatable on FIELD | QUERY\n\nenum E {\n  \"v\"\n  A @d\n  B\n}\n\ninput I @oneOf {\n  a: Int = 1\n}\n\nextend type T {\n  x: Int\n}\n\nextend union U = C\n\nscalar S @specifiedBy(url: \"u\")";
        Assert.Equal(expected, Reprint("\"d\" schema @a { query: Q } extend schema @b  \"x\" type T implements A & B @d { \"fd\" f(\"ad\" a: Int = 1 @x, b: [I]): T @y } union U @d = A | B  directive @d(a: Int) repeatable on FIELD | QUERY  enum E { \"v\" A @d B } input I @oneOf { a: Int = 1 } extend type T { x: Int } extend union U = C scalar S @specifiedBy(url: \"u\")"));
    }

    [Fact]
    public void Block_strings_are_reindented_inside_blocks()
    {
        Assert.Equal("{\n  z(s: \"\"\"\n  block\n  string\n  \"\"\")\n}", Reprint("{ z(s: \"\"\"block\n  string\"\"\") }"));
    }

    [Theory]
    [InlineData("", "\"\"", "\"\"\"\"\"\"")]
    [InlineData("  lead", "\"  lead\"", "\"\"\"  lead\"\"\"")]
    [InlineData("trail\"", "\"trail\\\"\"", "\"\"\"\ntrail\"\n\"\"\"")]
    [InlineData("x\"\"\"y", "\"x\\\"\\\"\\\"y\"", "\"\"\"x\\\"\"\"y\"\"\"")]
    [InlineData("a\n  b", "\"a\\n  b\"", "\"\"\"\na\n  b\n\"\"\"")]
    [InlineData("trail\\", "\"trail\\\\\"", "\"\"\"\ntrail\\\n\"\"\"")]
    [InlineData("a\u0000b\u007F\u0085\u00A0\"\\/\b\f\n\r\t\u2028", "\"a\\u0000b\\u007F\\u0085\u00A0\\\"\\\\/\\b\\f\\n\\r\\t\u2028\"", null)]
    [InlineData("\n\nx", "\"\\n\\nx\"", null)]
    [InlineData("  a\n  b", "\"  a\\n  b\"", null)]
    [InlineData("a\n", "\"a\\n\"", null)]
    [InlineData("cr\rlf", "\"cr\\rlf\"", null)]
    public void Strings_print_quoted_or_as_block_strings_when_the_value_allows(string value, string quoted, string? block)
    {
        Assert.Equal(quoted, Printer.Print(new StringValue(value)));
        // A value that cannot survive block-string dedent falls back to the quoted form.
        Assert.Equal(block ?? quoted, Printer.Print(new StringValue(value, Block: true)));
        var reparsed = Assert.IsType<StringValue>(Parser.ParseValue(Printer.Print(new StringValue(value, Block: true))));
        Assert.Equal(value, reparsed.Value);
    }

    [Fact]
    public void Long_single_line_block_strings_go_on_their_own_line()
    {
        var value = new string('x', 71);
        Assert.Equal("\"\"\"\n" + value + "\n\"\"\"", Printer.Print(new StringValue(value, Block: true)));
    }

    [Fact]
    public void Argument_definitions_go_one_per_line_when_any_is_multi_line()
    {
        Assert.Equal("type A {\n  f(a: Int, b: String = \"x\"): Int\n}", Reprint("type A { f(a: Int b: String = \"x\"): Int }"));
        Assert.Equal("directive @d(\n  \"doc\"\n  a: Int\n) on FIELD", Reprint("directive @d(\"doc\" a: Int) on FIELD"));
    }

    [Fact]
    public void Every_node_kind_can_be_printed_on_its_own()
    {
        var count = 0;
        new Visitor().OnEnter<SyntaxNode>((node, _) =>
        {
            Assert.NotNull(Printer.Print(node));
            count++;
        }).Visit(Parser.Parse(KitchenSinks.Schema + "\n" + KitchenSinks.Executable, new ParseOptions { MaxTokens = null }));
        Assert.True(count > 300);
    }

    [Fact]
    public void Values_print_compactly()
    {
        Assert.Equal("{a: [1, 2.5e3, \"s\", true, null, ENUM, $v], b: {}}", Printer.Print(Parser.ParseValue("{a:[1 2.5e3 \"s\" true null ENUM $v] b:{}}")));
        Assert.Equal("[[Int!]]!", Printer.Print(Parser.ParseType("[ [ Int ! ] ] !")));
    }
}
