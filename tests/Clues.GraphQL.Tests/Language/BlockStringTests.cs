using Clues.GraphQL.Language;

namespace Clues.GraphQL.Tests.Language;

public sealed class BlockStringTests
{
    private static string Value(string raw) => Assert.IsType<StringValue>(Parser.ParseValue("\"\"\"" + raw + "\"\"\"")).Value;

    [Theory]
    [InlineData("simple", "simple")]
    [InlineData("", "")]
    [InlineData("   ", "")]
    [InlineData("\n\n  \n", "")]
    [InlineData(" white space ", " white space ")]
    [InlineData("contains \" quote", "contains \" quote")]
    [InlineData("contains \\\"\"\" triple quote", "contains \"\"\" triple quote")]
    [InlineData("\\\"\"\"\\\"\"\"", "\"\"\"\"\"\"")]
    [InlineData("multi\nline", "multi\nline")]
    [InlineData("multi\r\nline\rnormalized", "multi\nline\nnormalized")]
    [InlineData("unescaped \\n\\r\\b\\t\\f\\u1234", "unescaped \\n\\r\\b\\t\\f\\u1234")]
    [InlineData("slashes \\\\ \\/", "slashes \\\\ \\/")]
    [InlineData("\n\n    spans\n      multiple\n        lines\n\n    ", "spans\n  multiple\n    lines")]
    [InlineData("  first line keeps its indent\n    second\n    third", "  first line keeps its indent\nsecond\nthird")]
    [InlineData("\n  a\n\n\n  b\n", "a\n\n\nb")]
    [InlineData("\n\t\ttabs\n\t\t\tcount\n", "tabs\n\tcount")]
    [InlineData("\n  whitespace-only lines\n \n  do not set the indent", "whitespace-only lines\n\ndo not set the indent")]
    [InlineData("\n    a\n  b\n      c", "  a\nb\n    c")]
    [InlineData("x\n\n  \n", "x")]
    [InlineData("\uD83D\uDE00 astral", "\U0001F600 astral")]
    public void Block_strings_follow_the_spec_dedent_algorithm(string raw, string expected)
        => Assert.Equal(expected, Value(raw));

    [Theory]
    [InlineData("", true)]
    [InlineData("simple", true)]
    [InlineData("  leading space", true)]
    [InlineData("a\n  b", true)]
    [InlineData("  a\nb", true)]
    [InlineData("\nleading blank line", false)]
    [InlineData("trailing blank line\n", false)]
    [InlineData("trailing spaces line\n  ", false)]
    [InlineData("  a\n  b", false)]
    [InlineData("carriage\rreturn", false)]
    [InlineData("control \u0001", false)]
    [InlineData("tab\tis fine", true)]
    public void Printability_matches_what_dedent_would_preserve(string value, bool printable)
    {
        Assert.Equal(printable, BlockStrings.IsPrintable(value));
        if (printable)
        {
            Assert.Equal(value, Value(BlockStrings.Print(value)[3..^3]));
        }
    }

    [Fact]
    public void Descriptions_keep_their_block_form_through_a_round_trip()
    {
        const string text = "\"\"\"\n  Described\n    indented\n\"\"\"\ntype A {\n  \"\"\"\n  Field doc\n  \"\"\"\n  f: Int\n}";
        var printed = Printer.Print(Parser.Parse(text));
        Assert.Equal("\"\"\"\nDescribed\n  indented\n\"\"\"\ntype A {\n  \"\"\"Field doc\"\"\"\n  f: Int\n}", printed);
    }
}
