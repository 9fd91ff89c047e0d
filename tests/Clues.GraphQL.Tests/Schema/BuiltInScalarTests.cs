using Clues.GraphQL.Language;
using Clues.GraphQL.Types;

namespace Clues.GraphQL.Tests.Schema;

public sealed class BuiltInScalarTests
{
    public static TheoryData<ScalarType, object, object> ValidOutputs => new()
    {
        { ScalarType.Int, 1, 1 },
        { ScalarType.Int, 123L, 123 },
        { ScalarType.Int, 1.0, 1 },
        { ScalarType.Int, true, 1 },
        { ScalarType.Int, "-12", -12 },
        { ScalarType.Int, int.MaxValue, int.MaxValue },
        { ScalarType.Float, 1, 1.0 },
        { ScalarType.Float, 1.5, 1.5 },
        { ScalarType.Float, false, 0.0 },
        { ScalarType.Float, "3.25", 3.25 },
        { ScalarType.Float, 2.5m, 2.5 },
        { ScalarType.String, "x", "x" },
        { ScalarType.String, true, "true" },
        { ScalarType.String, 42, "42" },
        { ScalarType.String, 1.5, "1.5" },
        { ScalarType.Boolean, true, true },
        { ScalarType.Boolean, 0, false },
        { ScalarType.Boolean, 2.5, true },
        { ScalarType.ID, "abc", "abc" },
        { ScalarType.ID, 123, "123" },
        { ScalarType.ID, 9007199254740993L, "9007199254740993" },
    };

    [Theory]
    [MemberData(nameof(ValidOutputs))]
    public void Result_coercion_follows_the_spec_tables(ScalarType scalar, object input, object expected)
        => Assert.Equal(expected, scalar.Serialize(input));

    [Theory]
    [InlineData("Int", 1.5, "Int cannot represent non-integer value: 1.5")]
    [InlineData("Int", 3_000_000_000L, "Int cannot represent non 32-bit signed integer value: 3000000000")]
    [InlineData("Int", "1.5", "Int cannot represent non-integer value: \"1.5\"")]
    [InlineData("Int", "one", "Int cannot represent non-integer value: \"one\"")]
    [InlineData("Float", double.NaN, "Float cannot represent non numeric value: NaN")]
    [InlineData("Float", "abc", "Float cannot represent non numeric value: \"abc\"")]
    [InlineData("Boolean", "true", "Boolean cannot represent a non boolean value: \"true\"")]
    [InlineData("ID", 1.5, "ID cannot represent value: 1.5")]
    [InlineData("ID", true, "ID cannot represent value: true")]
    public void Result_coercion_rejects_values_it_cannot_represent(string name, object input, string message)
    {
        var error = Assert.Throws<GraphQLCoercionException>(() => Find(name).Serialize(input));
        Assert.Equal(message, error.Message);
    }

    [Fact]
    public void String_result_coercion_rejects_objects()
        => Assert.Equal("String cannot represent value: { a: 1 }",
            Assert.Throws<GraphQLCoercionException>(() => ScalarType.String.Serialize(new Dictionary<string, object?> { ["a"] = 1 })).Message);

    public static TheoryData<ScalarType, object, object> ValidInputs => new()
    {
        { ScalarType.Int, 7, 7 },
        { ScalarType.Int, 7L, 7 },
        { ScalarType.Int, 7.0, 7 },
        { ScalarType.Int, -2147483648L, int.MinValue },
        { ScalarType.Float, 7, 7.0 },
        { ScalarType.Float, 0.5, 0.5 },
        { ScalarType.String, "s", "s" },
        { ScalarType.Boolean, false, false },
        { ScalarType.ID, "x1", "x1" },
        { ScalarType.ID, 10, "10" },
    };

    [Theory]
    [MemberData(nameof(ValidInputs))]
    public void Input_coercion_accepts_values_of_the_right_kind(ScalarType scalar, object input, object expected)
        => Assert.Equal(expected, scalar.ParseValue(input));

    [Theory]
    [InlineData("Int", "1", "Int cannot represent non-integer value: \"1\"")]
    [InlineData("Int", 1.5, "Int cannot represent non-integer value: 1.5")]
    [InlineData("Int", true, "Int cannot represent non-integer value: true")]
    [InlineData("Int", 2147483648L, "Int cannot represent non 32-bit signed integer value: 2147483648")]
    [InlineData("Float", "1.5", "Float cannot represent non numeric value: \"1.5\"")]
    [InlineData("Float", true, "Float cannot represent non numeric value: true")]
    [InlineData("String", 1, "String cannot represent a non string value: 1")]
    [InlineData("String", true, "String cannot represent a non string value: true")]
    [InlineData("Boolean", 1, "Boolean cannot represent a non boolean value: 1")]
    [InlineData("ID", 1.5, "ID cannot represent value: 1.5")]
    [InlineData("ID", false, "ID cannot represent value: false")]
    public void Input_coercion_rejects_other_kinds_without_converting(string name, object input, string message)
        => Assert.Equal(message, Assert.Throws<GraphQLCoercionException>(() => Find(name).ParseValue(input)).Message);

    [Theory]
    [InlineData("Int", "123", 123)]
    [InlineData("Int", "-5", -5)]
    [InlineData("Float", "1.5e3", 1500.0)]
    [InlineData("Float", "4", 4.0)]
    [InlineData("String", "\"hi\"", "hi")]
    [InlineData("Boolean", "true", true)]
    [InlineData("ID", "\"a\"", "a")]
    [InlineData("ID", "42", "42")]
    public void Literal_coercion_accepts_matching_literals(string name, string literal, object expected)
        => Assert.Equal(expected, Find(name).ParseLiteral(Parser.ParseConstValue(literal)));

    [Theory]
    [InlineData("Int", "1.5", "Int cannot represent non-integer value: 1.5")]
    [InlineData("Int", "2147483648", "Int cannot represent non 32-bit signed integer value: 2147483648")]
    [InlineData("Int", "\"1\"", "Int cannot represent non-integer value: \"1\"")]
    [InlineData("Float", "\"1.5\"", "Float cannot represent non numeric value: \"1.5\"")]
    [InlineData("String", "1", "String cannot represent a non string value: 1")]
    [InlineData("Boolean", "1", "Boolean cannot represent a non boolean value: 1")]
    [InlineData("ID", "1.5", "ID cannot represent a non-string and non-integer value: 1.5")]
    [InlineData("ID", "true", "ID cannot represent a non-string and non-integer value: true")]
    public void Literal_coercion_rejects_other_literals(string name, string literal, string message)
        => Assert.Equal(message, Assert.Throws<GraphQLCoercionException>(() => Find(name).ParseLiteral(Parser.ParseConstValue(literal))).Message);

    private static ScalarType Find(string name) => ScalarType.SpecifiedScalars.Single(s => s.Name == name);
}
