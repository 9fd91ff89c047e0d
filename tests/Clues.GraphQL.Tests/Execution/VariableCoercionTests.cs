using static Clues.GraphQL.Tests.Execution.Run;

namespace Clues.GraphQL.Tests.Execution;

public sealed class VariableCoercionTests
{
    private static readonly Clues.GraphQL.Types.GraphQLSchema Schema = BuildSchema("""
        type Query {
          echo(input: Input): String
          list(xs: [Int!]): String
          one(by: By!): String
          num(n: Int = 5): String
          req(n: Int!): String
        }
        input Input { name: String! tags: [String!] nested: Nested }
        input Nested { depth: Int! }
        input By @oneOf { id: ID name: String }
        """, b => b
        .Resolve("Query.echo", ctx => Describe(ctx.Arguments.GetValueOrDefault("input")))
        .Resolve("Query.list", ctx => Describe(ctx.Arguments.GetValueOrDefault("xs")))
        .Resolve("Query.one", ctx => Describe(ctx.Arguments["by"]))
        .Resolve("Query.num", ctx => Describe(ctx.Arguments.GetValueOrDefault("n", "absent")))
        .Resolve("Query.req", ctx => Describe(ctx.Arguments["n"])));

    private static string Describe(object? value) => value switch
    {
        null => "null",
        IReadOnlyDictionary<string, object?> map => "{" + string.Join(",", map.Select(p => p.Key + ":" + Describe(p.Value))) + "}",
        System.Collections.IEnumerable list and not string => "[" + string.Join(",", list.Cast<object?>().Select(Describe)) + "]",
        _ => value.ToString()!,
    };

    [Theory]
    [InlineData("{\"v\":{\"name\":\"a\",\"tags\":\"solo\"}}", "{name:a,tags:[solo]}")]
    [InlineData("{\"v\":{\"name\":\"a\",\"nested\":{\"depth\":2}}}", "{name:a,nested:{depth:2}}")]
    [InlineData("{\"v\":null}", "null")]
    [InlineData("{}", "null")]
    public async Task Valid_input_object_variables_are_coerced(string variables, string expected)
    {
        var result = await ExecuteAsync(Schema, "query ($v: Input) { echo(input: $v) }", variables);
        Assert.Empty(result.Errors);
        Assert.Equal(expected, result.Data!["echo"]);
    }

    [Theory]
    [InlineData("query ($v: Input) { echo(input: $v) }", "{\"v\":{\"tags\":[\"x\"]}}",
        "Variable \"$v\" got invalid value { tags: [\"x\"] }; Field \"name\" of required type \"String!\" was not provided.")]
    [InlineData("query ($v: Input) { echo(input: $v) }", "{\"v\":{\"name\":\"a\",\"tags\":[\"x\",null]}}",
        "Variable \"$v\" got invalid value null at \"v.tags[1]\"; Expected non-nullable type \"String!\" not to be null.")]
    [InlineData("query ($v: Input) { echo(input: $v) }", "{\"v\":{\"name\":\"a\",\"nested\":{\"depth\":\"deep\"}}}",
        "Variable \"$v\" got invalid value \"deep\" at \"v.nested.depth\"; Int cannot represent non-integer value: \"deep\"")]
    [InlineData("query ($v: Input) { echo(input: $v) }", "{\"v\":{\"name\":\"a\",\"nmae\":1}}",
        "Variable \"$v\" got invalid value { name: \"a\", nmae: 1 }; Field \"nmae\" is not defined by type \"Input\". Did you mean \"name\"?")]
    [InlineData("query ($v: Input) { echo(input: $v) }", "{\"v\":\"text\"}",
        "Variable \"$v\" got invalid value \"text\"; Expected type \"Input\" to be an object.")]
    [InlineData("query ($n: Int!) { req(n: $n) }", "{}",
        "Variable \"$n\" of required type \"Int!\" was not provided.")]
    [InlineData("query ($n: Int!) { req(n: $n) }", "{\"n\":null}",
        "Variable \"$n\" of non-null type \"Int!\" must not be null.")]
    [InlineData("query ($n: Int!) { req(n: $n) }", "{\"n\":3000000000}",
        "Variable \"$n\" got invalid value 3000000000; Int cannot represent non 32-bit signed integer value: 3000000000")]
    [InlineData("query ($xs: [Int!]) { list(xs: $xs) }", "{\"xs\":[1,\"2\"]}",
        "Variable \"$xs\" got invalid value \"2\" at \"xs[1]\"; Int cannot represent non-integer value: \"2\"")]
    [InlineData("query ($b: By!) { one(by: $b) }", "{\"b\":{\"id\":\"1\",\"name\":\"x\"}}",
        "Variable \"$b\" got invalid value { id: \"1\", name: \"x\" }; Exactly one key must be specified for OneOf type \"By\".")]
    [InlineData("query ($b: By!) { one(by: $b) }", "{\"b\":{\"id\":null}}",
        "Variable \"$b\" got invalid value { id: null }; Field \"id\" must be non-null.")]
    [InlineData("query ($v: Query) { echo }", "{}",
        "Variable \"$v\" expected value of type \"Query\" which cannot be used as an input type.")]
    public async Task Invalid_variables_are_request_errors_naming_the_variable_and_path(string query, string variables, string message)
    {
        var result = await ExecuteAsync(Schema, query, variables);
        Assert.False(result.HasData);
        Assert.Equal(message, Assert.Single(result.Errors).Message);
        Assert.NotEmpty(result.Errors[0].Locations);
    }

    [Fact]
    public async Task A_single_value_is_coerced_to_a_list_of_one()
    {
        var result = await ExecuteAsync(Schema, "query ($xs: [Int!]) { list(xs: $xs) a: list(xs: 7) }", "{\"xs\":3}");
        Assert.Equal("[3]", result.Data!["list"]);
        Assert.Equal("[7]", result.Data!["a"]);
    }

    [Fact]
    public async Task Variable_defaults_apply_when_the_variable_is_absent_and_argument_defaults_when_the_argument_is()
    {
        var result = await ExecuteAsync(Schema, "query ($n: Int = 42, $m: Int) { a: num(n: $n) b: num c: num(n: $m) d: num(n: null) }", "{}");
        Assert.Equal("42", result.Data!["a"]);
        Assert.Equal("5", result.Data!["b"]);
        Assert.Equal("5", result.Data!["c"]);
        Assert.Equal("null", result.Data!["d"]);
    }

    [Fact]
    public async Task A_one_of_literal_with_a_single_field_is_accepted()
    {
        var result = await ExecuteAsync(Schema, "{ one(by: { name: \"x\" }) }");
        Assert.Equal("{name:x}", result.Data!["one"]);
    }

    [Fact]
    public async Task Argument_coercion_errors_are_field_errors_located_at_the_value()
    {
        var result = await ExecuteAsync(Schema, "query ($n: Int) { req(n: $n) }", "{\"n\":null}");
        var error = Assert.Single(result.Errors);
        Assert.Equal("Argument \"n\" of non-null type \"Int!\" must not be null.", error.Message);
        Assert.Equal(["req"], error.Path!);
        Assert.Equal(26, error.Locations[0].Column);
    }

    [Fact]
    public async Task Variables_may_arrive_as_json_elements()
    {
        using var json = System.Text.Json.JsonDocument.Parse("{\"name\":\"z\",\"tags\":[\"p\"]}");
        var result = await Clues.GraphQL.Execution.Executor.ExecuteAsync(new Clues.GraphQL.Execution.ExecutionRequest
        {
            Schema = Schema,
            Document = Clues.GraphQL.Language.Parser.Parse("query ($v: Input) { echo(input: $v) }"),
            VariableValues = new Dictionary<string, object?> { ["v"] = json.RootElement },
        });
        Assert.Equal("{name:z,tags:[p]}", result.Data!["echo"]);
    }
}
