using System.Text.RegularExpressions;
using Clues.GraphQL.Language;

namespace Clues.GraphQL.Tests.Language;

public sealed class LexerTests
{
    private static Token Lex(string text) => new Lexer(new Source(text)).Advance();

    private static List<Token> LexAll(string text)
    {
        var lexer = new Lexer(new Source(text));
        var tokens = new List<Token>();
        while (lexer.Advance().Kind != TokenKind.EndOfFile)
        {
            tokens.Add(lexer.Token);
        }

        return tokens;
    }

    // xunit serialises theory data as UTF-8, which would turn lone surrogates into U+FFFD, so theories
    // spell them as {UXXXX} and the test decodes them.
    private static string Decode(string text)
        => Regex.Replace(text, @"\{U([0-9A-F]{4})\}", m => ((char)Convert.ToInt32(m.Groups[1].Value, 16)).ToString());

    private static void AssertLexError(string text, string description, int line, int column)
    {
        text = Decode(text);
        var error = Assert.Throws<GraphQLSyntaxException>(() => LexAll(text));
        Assert.Equal("Syntax Error: " + description, error.Message);
        Assert.Equal(description, error.Description);
        Assert.Equal(new SourceLocation(line, column), Assert.Single(error.Locations));
    }

    [Fact]
    public void Every_punctuator_is_a_token()
    {
        var kinds = LexAll("! $ & ( ) ... : = @ [ ] { | }").Select(t => t.Kind);
        Assert.Equal(
            [TokenKind.Bang, TokenKind.Dollar, TokenKind.Amp, TokenKind.ParenL, TokenKind.ParenR, TokenKind.Spread,
             TokenKind.Colon, TokenKind.Equals, TokenKind.At, TokenKind.BracketL, TokenKind.BracketR, TokenKind.BraceL,
             TokenKind.Pipe, TokenKind.BraceR],
            kinds);
    }

    [Fact]
    public void Whitespace_commas_comments_line_terminators_and_the_bom_are_ignored()
    {
        var tokens = LexAll("\uFEFF \t,,\n# comment ending at CR\r\n# another\rfoo # trailing\n,bar");
        Assert.Equal(["foo", "bar"], tokens.Select(t => t.Value));
        Assert.All(tokens, t => Assert.Equal(TokenKind.Name, t.Kind));
    }

    [Fact]
    public void A_comment_token_carries_its_text_without_the_hash()
    {
        var token = new Lexer(new Source("# hi there\nx")).ReadToken(0);
        Assert.Equal(TokenKind.Comment, token.Kind);
        Assert.Equal(" hi there", token.Value);
        Assert.Equal(10, token.End);
    }

    [Fact]
    public void Names_record_their_offsets()
    {
        var token = Lex("  _Foo_bar9 ");
        Assert.Equal(new Token(TokenKind.Name, 2, 11, "_Foo_bar9"), token);
    }

    [Theory]
    [InlineData("4", false)]
    [InlineData("-4", false)]
    [InlineData("0", false)]
    [InlineData("-0", false)]
    [InlineData("9007199254740993", false)]
    [InlineData("4.123", true)]
    [InlineData("-4.123", true)]
    [InlineData("0.123", true)]
    [InlineData("123e4", true)]
    [InlineData("123E4", true)]
    [InlineData("123e-4", true)]
    [InlineData("123e+4", true)]
    [InlineData("-1.123e4567", true)]
    public void Numbers_keep_their_raw_text(string text, bool isFloat)
    {
        var token = Lex(text);
        Assert.Equal(isFloat ? TokenKind.Float : TokenKind.Int, token.Kind);
        Assert.Equal(text, token.Value);
    }

    [Theory]
    [InlineData("00", "Invalid number, unexpected digit after 0: \"0\".", 2)]
    [InlineData("01", "Invalid number, unexpected digit after 0: \"1\".", 2)]
    [InlineData("-01", "Invalid number, unexpected digit after 0: \"1\".", 3)]
    [InlineData("+1", "Unexpected character: \"+\".", 1)]
    [InlineData("1.", "Invalid number, expected digit but got: <EOF>.", 3)]
    [InlineData("1e", "Invalid number, expected digit but got: <EOF>.", 3)]
    [InlineData("1E+", "Invalid number, expected digit but got: <EOF>.", 4)]
    [InlineData(".123", "Unexpected character: \".\".", 1)]
    [InlineData("1.A", "Invalid number, expected digit but got: \"A\".", 3)]
    [InlineData("-A", "Invalid number, expected digit but got: \"A\".", 2)]
    [InlineData("1.0e", "Invalid number, expected digit but got: <EOF>.", 5)]
    [InlineData("1.2.3", "Invalid number, expected digit but got: \".\".", 4)]
    [InlineData("1.0eA", "Invalid number, expected digit but got: \"A\".", 5)]
    [InlineData("0x10", "Invalid number, expected digit but got: \"x\".", 2)]
    [InlineData("123abc", "Invalid number, expected digit but got: \"a\".", 4)]
    [InlineData("1_000", "Invalid number, expected digit but got: \"_\".", 2)]
    [InlineData("1.23f", "Invalid number, expected digit but got: \"f\".", 5)]
    [InlineData("1.0.", "Invalid number, expected digit but got: \".\".", 4)]
    [InlineData("1..", "Invalid number, expected digit but got: \".\".", 3)]
    [InlineData("1\u00DF", "Unexpected character: U+00DF.", 2)]
    public void Malformed_numbers_fail_at_the_offending_character(string text, string description, int column)
        => AssertLexError(text, description, 1, column);

    [Fact]
    public void A_number_may_be_followed_by_punctuation_or_whitespace()
    {
        Assert.Equal(["1", "2.5", "3"], LexAll("1,2.5)3").Where(t => t.Kind != TokenKind.ParenR).Select(t => t.Value));
    }

    [Theory]
    [InlineData("\"\"", "")]
    [InlineData("\"simple\"", "simple")]
    [InlineData("\" white space \"", " white space ")]
    [InlineData("\"quote \\\"\"", "quote \"")]
    [InlineData("\"escaped \\n\\r\\b\\t\\f\\/\\\\\"", "escaped \n\r\b\t\f/\\")]
    [InlineData("\"unicode \\u1234\\u5678\\u90AB\\uCDEF\"", "unicode \u1234\u5678\u90AB\uCDEF")]
    [InlineData("\"braced \\u{1234}\\u{0}\\u{10FFFF}\"", "braced \u1234\0\U0010FFFF")]
    [InlineData("\"leading zeros \\u{00000041}\"", "leading zeros A")]
    [InlineData("\"pair \\uD83D\\uDE00\"", "pair \U0001F600")]
    [InlineData("\"braced astral \\u{1F600}\"", "braced astral \U0001F600")]
    [InlineData("\"literal \U0001F600 and \u00E9\"", "literal \U0001F600 and \u00E9")]
    [InlineData("\"controls \u0001\u0007 are source characters\"", "controls \u0001\u0007 are source characters")]
    public void Strings_decode_escapes(string text, string value)
    {
        var token = Lex(text);
        Assert.Equal(TokenKind.String, token.Kind);
        Assert.Equal(value, token.Value);
        Assert.Equal(text.Length, token.End);
    }

    [Theory]
    [InlineData("\"", "Unterminated string.", 1, 2)]
    [InlineData("\"no end", "Unterminated string.", 1, 8)]
    [InlineData("\"multi\nline\"", "Unterminated string.", 1, 7)]
    [InlineData("\"multi\rline\"", "Unterminated string.", 1, 7)]
    [InlineData("'single'", "Unexpected single quote character ('), did you mean to use a double quote (\")?", 1, 1)]
    [InlineData("\"bad \\z esc\"", "Invalid character escape sequence: \"\\z\".", 1, 6)]
    [InlineData("\"bad \\x esc\"", "Invalid character escape sequence: \"\\x\".", 1, 6)]
    [InlineData("\"bad \\u1 esc\"", "Invalid Unicode escape sequence: \"\\u1 es\".", 1, 6)]
    [InlineData("\"bad \\u0XX1 esc\"", "Invalid Unicode escape sequence: \"\\u0XX1\".", 1, 6)]
    [InlineData("\"bad \\uXXXX esc\"", "Invalid Unicode escape sequence: \"\\uXXXX\".", 1, 6)]
    [InlineData("\"bad \\uFXXX esc\"", "Invalid Unicode escape sequence: \"\\uFXXX\".", 1, 6)]
    [InlineData("\"bad \\u{} esc\"", "Invalid Unicode escape sequence: \"\\u{}\".", 1, 6)]
    [InlineData("\"bad \\u{FXXX} esc\"", "Invalid Unicode escape sequence: \"\\u{FX\".", 1, 6)]
    [InlineData("\"bad \\u{FFFF esc\"", "Invalid Unicode escape sequence: \"\\u{FFFF \".", 1, 6)]
    [InlineData("\"bad \\u{FFFF\"", "Invalid Unicode escape sequence: \"\\u{FFFF\"\".", 1, 6)]
    [InlineData("\"too high \\u{110000}\"", "Invalid Unicode escape sequence: \"\\u{110000}\".", 1, 11)]
    [InlineData("\"way too high \\u{12345678}\"", "Invalid Unicode escape sequence: \"\\u{12345678}\".", 1, 15)]
    [InlineData("\"too long \\u{000000000041}\"", "Invalid Unicode escape sequence: \"\\u{000000000\".", 1, 11)]
    [InlineData("\"lone lead \\uD83D\"", "Invalid Unicode escape sequence: \"\\uD83D\".", 1, 12)]
    [InlineData("\"lone trail \\uDE00\"", "Invalid Unicode escape sequence: \"\\uDE00\".", 1, 13)]
    [InlineData("\"reversed \\uDE00\\uD83D\"", "Invalid Unicode escape sequence: \"\\uDE00\".", 1, 11)]
    [InlineData("\"lead then bmp \\uD83D\\u1234\"", "Invalid Unicode escape sequence: \"\\uD83D\".", 1, 16)]
    [InlineData("\"braced surrogate \\u{D83D}\"", "Invalid Unicode escape sequence: \"\\u{D83D}\".", 1, 19)]
    [InlineData("\"braced pair \\u{D83D}\\u{DE00}\"", "Invalid Unicode escape sequence: \"\\u{D83D}\".", 1, 14)]
    [InlineData("\"raw lone {UD800} surrogate\"", "Invalid character within String: U+D800.", 1, 11)]
    [InlineData("\"raw lone {UDC00} surrogate\"", "Invalid character within String: U+DC00.", 1, 11)]
    public void Bad_strings_fail_at_the_offending_character(string text, string description, int line, int column)
        => AssertLexError(text, description, line, column);

    [Fact]
    public void Block_strings_are_dedented_and_unescape_only_triple_quotes()
    {
        var token = Lex("\"\"\"\n    Hello,\n      World!\n\n    Yours,\n      \\\"\"\" \\n \\u1234\n  \"\"\"");
        Assert.Equal(TokenKind.BlockString, token.Kind);
        Assert.Equal("Hello,\n  World!\n\nYours,\n  \"\"\" \\n \\u1234", token.Value);
    }

    [Fact]
    public void Block_strings_track_lines_for_later_tokens()
    {
        var source = new Source("\"\"\"a\r\nb\rc\n\"\"\" next");
        var lexer = new Lexer(source);
        Assert.Equal("a\nb\nc", lexer.Advance().Value);
        var next = lexer.Advance();
        Assert.Equal(new SourceLocation(4, 5), source.GetLocation(next.Start));
    }

    [Theory]
    [InlineData("\"\"\"", "Unterminated string.", 1, 4)]
    [InlineData("\"\"\"no end\"\"", "Unterminated string.", 1, 12)]
    [InlineData("\"\"\"a\nb", "Unterminated string.", 2, 2)]
    [InlineData("\"\"\"lone {UDBFF}!\"\"\"", "Invalid character within String: U+DBFF.", 1, 9)]
    public void Bad_block_strings_fail_with_a_location(string text, string description, int line, int column)
        => AssertLexError(text, description, line, column);

    [Theory]
    [InlineData("?", "Unexpected character: \"?\".", 1, 1)]
    [InlineData("..", "Unexpected character: \".\".", 1, 1)]
    [InlineData("a ~", "Unexpected character: \"~\".", 1, 3)]
    [InlineData("\u0007", "Unexpected character: U+0007.", 1, 1)]
    [InlineData("\n\n   \u0000", "Unexpected character: U+0000.", 3, 4)]
    [InlineData("\u00AA", "Unexpected character: U+00AA.", 1, 1)]
    [InlineData("\u203B", "Unexpected character: U+203B.", 1, 1)]
    [InlineData("\U0001F600", "Unexpected character: U+1F600.", 1, 1)]
    [InlineData("{UD83D}", "Invalid character: U+D83D.", 1, 1)]
    [InlineData("{UDE00}{UD83D}", "Invalid character: U+DE00.", 1, 1)]
    [InlineData("# comment {UD800}\n", "Invalid character: U+D800.", 1, 11)]
    [InlineData("\"", "Unterminated string.", 1, 2)]
    [InlineData("a\r\n\r\n  \"", "Unterminated string.", 3, 4)]
    [InlineData("a\r\rb ^", "Unexpected character: \"^\".", 3, 3)]
    public void Unexpected_characters_are_reported_with_line_and_column(string text, string description, int line, int column)
        => AssertLexError(text, description, line, column);

    [Fact]
    public void Lookahead_does_not_consume()
    {
        var lexer = new Lexer(new Source("a # c\n b c"));
        lexer.Advance();
        Assert.Equal("b", lexer.Lookahead().Value);
        Assert.Equal("a", lexer.Token.Value);
        Assert.Equal("b", lexer.Advance().Value);
        Assert.Equal("c", lexer.Advance().Value);
        Assert.Equal(TokenKind.EndOfFile, lexer.Lookahead().Kind);
        Assert.Equal(TokenKind.EndOfFile, lexer.Advance().Kind);
        Assert.Equal(TokenKind.EndOfFile, lexer.Advance().Kind);
    }

    [Fact]
    public void The_end_of_file_token_sits_at_the_end_of_the_body()
    {
        Assert.Equal(new Token(TokenKind.EndOfFile, 6, 6, null), Lex(" \n # x"));
    }
}
