using Clues.GraphQL.Language;

namespace Clues.GraphQL.Tests.Language;

public sealed class ParserErrorTests
{
    private static GraphQLSyntaxException ParseError(string text, ParseOptions? options = null)
        => Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse(text, options));

    [Theory]
    [InlineData("", "Unexpected <EOF>.", 1, 1)]
    [InlineData("# only a comment", "Unexpected <EOF>.", 1, 17)]
    [InlineData("{", "Expected Name, found <EOF>.", 1, 2)]
    [InlineData("{ a }}", "Unexpected \"}\".", 1, 6)]
    [InlineData("query", "Expected \"{\", found <EOF>.", 1, 6)]
    [InlineData("notakeyword { a }", "Unexpected Name \"notakeyword\".", 1, 1)]
    [InlineData("{ f(a 1) }", "Expected \":\", found Int \"1\".", 1, 7)]
    [InlineData("{ f(a:) }", "Unexpected \")\".", 1, 7)]
    [InlineData("{ a: b: c }", "Expected Name, found \":\".", 1, 7)]
    [InlineData("query Q @d { a } \n\n  }", "Unexpected \"}\".", 3, 3)]
    [InlineData("{ a\n  b(c: 1, d: ?) }", "Unexpected character: \"?\".", 2, 14)]
    [InlineData("mutation { a } subscription", "Expected \"{\", found <EOF>.", 1, 28)]
    [InlineData("type Q { a: [Int }", "Expected \"]\", found \"}\".", 1, 18)]
    [InlineData("type Q { a: Int! ! }", "Expected Name, found \"!\".", 1, 18)]
    [InlineData("{ f(a: 1.) }", "Invalid number, expected digit but got: \")\".", 1, 10)]
    public void Errors_read_like_graphql_js_and_point_at_the_offending_token(string text, string description, int line, int column)
    {
        var error = ParseError(text);
        Assert.Equal("Syntax Error: " + description, error.Message);
        Assert.Equal(new SourceLocation(line, column), Assert.Single(error.Locations));
        Assert.Equal(text, error.Source.Body);
    }

    [Theory]
    [InlineData("{}", "Expected Name, found \"}\".", 2)]
    [InlineData("query Q {}", "Expected Name, found \"}\".", 10)]
    [InlineData("{ f() }", "Expected Name, found \")\".", 5)]
    [InlineData("query Q() { a }", "Expected \"$\", found \")\".", 9)]
    [InlineData("{ a @d( ) }", "Expected Name, found \")\".", 9)]
    [InlineData("type A {}", "Expected Name, found \"}\".", 9)]
    [InlineData("type A { f(): Int }", "Expected Name, found \")\".", 12)]
    [InlineData("enum E {}", "Expected Name, found \"}\".", 9)]
    [InlineData("input I {}", "Expected Name, found \"}\".", 10)]
    [InlineData("schema {}", "Expected Name, found \"}\".", 9)]
    [InlineData("directive @d() on FIELD", "Expected Name, found \")\".", 14)]
    [InlineData("extend type A {}", "Expected Name, found \"}\".", 16)]
    public void Empty_brackets_are_refused_where_the_grammar_requires_items(string text, string description, int column)
    {
        var error = ParseError(text);
        Assert.Equal("Syntax Error: " + description, error.Message);
        Assert.Equal(new SourceLocation(1, column), error.Locations[0]);
    }

    [Theory]
    [InlineData("type A")]
    [InlineData("interface I")]
    [InlineData("enum E")]
    [InlineData("input I")]
    [InlineData("union U")]
    [InlineData("{ f(a: [], b: {}) }")]
    public void Omitted_bodies_and_empty_literals_are_allowed(string text)
        => Assert.Single(Parser.Parse(text).Definitions);

    [Theory]
    [InlineData("query Q($a: Int = $b) { a }", "$b", 19)]
    [InlineData("query Q($a: Int = 1 @d(x: $v)) { a }", "$v", 27)]
    [InlineData("input I { a: Int = $v }", "$v", 20)]
    [InlineData("scalar S @d(a: $v)", "$v", 16)]
    [InlineData("type A @d(a: $v)", "$v", 14)]
    [InlineData("type A { f(a: Int = [$v]): Int }", "$v", 22)]
    [InlineData("schema @d(a: {b: $v}) { query: Q }", "$v", 18)]
    public void Variables_are_refused_in_constant_contexts(string text, string variable, int column)
    {
        var error = ParseError(text);
        Assert.Equal($"Syntax Error: Unexpected variable \"{variable}\" in constant value.", error.Message);
        Assert.Equal(new SourceLocation(1, column), error.Locations[0]);
    }

    [Fact]
    public void Variables_are_allowed_in_field_and_directive_arguments()
        => Parser.Parse("query Q($a: Int) @d(x: $a) { f(a: [1, $a], o: {k: $a}) @e(y: $a) }");

    [Theory]
    [InlineData("fragment on on T { a }", "Unexpected Name \"on\".", 10)]
    [InlineData("fragment F T { a }", "Expected \"on\", found Name \"T\".", 12)]
    [InlineData("{ ...on }", "Expected Name, found \"}\".", 9)]
    [InlineData("{ ... on { a } }", "Expected Name, found \"{\".", 10)]
    [InlineData("{ ... }", "Expected \"{\", found \"}\".", 7)]
    public void Fragments_follow_the_grammar(string text, string description, int column)
    {
        var error = ParseError(text);
        Assert.Equal("Syntax Error: " + description, error.Message);
        Assert.Equal(new SourceLocation(1, column), error.Locations[0]);
    }

    [Theory]
    [InlineData("\"desc\" query { a }", "Unexpected description, descriptions are supported only on type definitions.")]
    [InlineData("\"desc\" fragment F on T { a }", "Unexpected description, descriptions are supported only on type definitions.")]
    [InlineData("\"desc\" { a }", "Unexpected description, descriptions are not supported on shorthand queries.")]
    [InlineData("\"desc\" extend type A @d", "Unexpected description, only GraphQL definitions support descriptions.")]
    public void Descriptions_are_refused_outside_type_system_definitions(string text, string description)
    {
        var error = ParseError(text);
        Assert.Equal("Syntax Error: " + description, error.Message);
        Assert.Equal(new SourceLocation(1, 1), error.Locations[0]);
    }

    [Theory]
    [InlineData("type A implements B C { f: Int }", "Unexpected Name \"C\".", 21)]
    [InlineData("type A implements & { f: Int }", "Expected Name, found \"{\".", 21)]
    [InlineData("type A implements B & { f: Int }", "Expected Name, found \"{\".", 23)]
    [InlineData("union U = ", "Expected Name, found <EOF>.", 11)]
    [InlineData("union U = A |", "Expected Name, found <EOF>.", 14)]
    [InlineData("enum E { true }", "Name \"true\" is reserved and cannot be used for an enum value.", 10)]
    [InlineData("enum E { null }", "Name \"null\" is reserved and cannot be used for an enum value.", 10)]
    [InlineData("directive @d on", "Expected Name, found <EOF>.", 16)]
    [InlineData("directive @d on FOO", "Unexpected Name \"FOO\".", 17)]
    [InlineData("directive @d on field", "Unexpected Name \"field\".", 17)]
    [InlineData("directive @d repeatable FIELD", "Expected \"on\", found Name \"FIELD\".", 25)]
    [InlineData("directive d on FIELD", "Expected \"@\", found Name \"d\".", 11)]
    [InlineData("schema { foo: Q }", "Unexpected Name \"foo\".", 10)]
    [InlineData("extend", "Unexpected <EOF>.", 7)]
    [InlineData("extend foo A", "Unexpected Name \"foo\".", 8)]
    [InlineData("extend type A", "Unexpected <EOF>.", 14)]
    [InlineData("extend schema", "Unexpected <EOF>.", 14)]
    [InlineData("extend scalar S", "Unexpected <EOF>.", 16)]
    [InlineData("extend union U", "Unexpected <EOF>.", 15)]
    [InlineData("extend enum E", "Unexpected <EOF>.", 14)]
    [InlineData("extend input I", "Unexpected <EOF>.", 15)]
    [InlineData("extend interface I { a: Int } extend interface J", "Unexpected <EOF>.", 49)]
    [InlineData("type A implements B, C { f: Int }", "Unexpected Name \"C\".", 22)]
    public void Type_system_errors_point_at_the_offending_token(string text, string description, int column)
    {
        var error = ParseError(text);
        Assert.Equal("Syntax Error: " + description, error.Message);
        Assert.Equal(new SourceLocation(1, column), error.Locations[0]);
    }

    [Theory]
    [InlineData("{", "}")]
    [InlineData("{ f(a: ", ") }")]
    [InlineData("query ($v: Int = ", ") { a }")]
    public void Deep_nesting_is_refused_without_overflowing_the_stack(string prefix, string suffix)
    {
        const int depth = 100_000;
        var opener = prefix.Length == 1 ? "{ a " : "[";
        var closer = prefix.Length == 1 ? "}" : "]";
        var text = (prefix.Length == 1 ? string.Concat(Enumerable.Repeat(opener, depth)) : prefix + new string('[', depth))
            + string.Concat(Enumerable.Repeat(closer, depth)) + suffix;
        var error = ParseError(text, new ParseOptions { MaxTokens = null });
        Assert.Equal("Syntax Error: Document exceeds the maximum nesting depth of 512. Parsing aborted.", error.Message);
    }

    [Fact]
    public void Deep_list_types_and_objects_are_refused_too()
    {
        var type = new string('[', 10_000) + "Int" + new string(']', 10_000);
        Assert.Contains("maximum nesting depth", Assert.Throws<GraphQLSyntaxException>(() => Parser.ParseType(type)).Message);
        var value = string.Concat(Enumerable.Repeat("{a: ", 10_000)) + "1" + new string('}', 10_000);
        Assert.Contains("maximum nesting depth", Assert.Throws<GraphQLSyntaxException>(() => Parser.ParseValue(value, new ParseOptions { MaxTokens = null })).Message);
    }

    [Fact]
    public void The_error_points_at_the_first_bracket_past_the_limit()
    {
        var text = "{ f(a: " + new string('[', 4) + new string(']', 4) + ") }";
        var error = ParseError(text, new ParseOptions { MaxDepth = 3 });
        // Depth 1 is the selection set, 2 and 3 the first two lists; the third '[' is at column 10.
        Assert.Equal(new SourceLocation(1, 10), error.Locations[0]);
        Assert.Equal("Syntax Error: Document exceeds the maximum nesting depth of 3. Parsing aborted.", error.Message);
    }

    [Fact]
    public void Nesting_up_to_the_limit_is_accepted()
    {
        var text = "{ f(a: " + new string('[', 511) + new string(']', 511) + ") }";
        Assert.Single(Parser.Parse(text).Definitions);
        var selections = string.Concat(Enumerable.Repeat("{ a ", 512)) + new string('}', 512);
        Assert.Single(Parser.Parse(selections).Definitions);
        var tooDeep = string.Concat(Enumerable.Repeat("{ a ", 513)) + new string('}', 513);
        ParseError(tooDeep);
    }

    [Fact]
    public void Documents_over_the_token_limit_are_refused()
    {
        var text = "{ " + string.Concat(Enumerable.Repeat("a ", 20_000)) + "}";
        var error = ParseError(text);
        Assert.Equal("Syntax Error: Document contains more than 15000 tokens. Parsing aborted.", error.Message);
        // The 15001st token is the 15000th field: "{ " then 2 characters per field.
        Assert.Equal(new SourceLocation(1, 3 + (2 * 14_999)), error.Locations[0]);
    }

    [Fact]
    public void The_token_limit_is_configurable_and_can_be_lifted()
    {
        Assert.Single(Parser.Parse("{ a b c }", new ParseOptions { MaxTokens = 5 }).Definitions);
        var error = ParseError("{ a b c d }", new ParseOptions { MaxTokens = 5 });
        Assert.Equal("Syntax Error: Document contains more than 5 tokens. Parsing aborted.", error.Message);
        Assert.Equal(new SourceLocation(1, 11), error.Locations[0]);

        var big = "{ " + string.Concat(Enumerable.Repeat("a ", 20_000)) + "}";
        Assert.Single(Parser.Parse(big, new ParseOptions { MaxTokens = null }).Definitions);
    }

    [Fact]
    public void Comments_do_not_count_towards_the_token_limit()
    {
        var text = "{ a # one\n# two\n# three\n b }";
        Assert.Single(Parser.Parse(text, new ParseOptions { MaxTokens = 4 }).Definitions);
    }

    [Fact]
    public void Errors_carry_the_source_name_and_offset()
    {
        var source = new Source("{\n  a(\n}", "broken.graphql");
        var error = Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse(source));
        Assert.Same(source, error.Source);
        Assert.Equal("broken.graphql", error.Source.Name);
        Assert.Equal(7, error.Position);
        Assert.Equal(new SourceLocation(3, 1), error.Locations[0]);
    }
}
