using Clues.GraphQL.Language;
using Clues.GraphQL.Types;
using Clues.GraphQL.Types.Scalars;

namespace Clues.GraphQL.Tests.Schema;

public sealed class BundledScalarTests
{
    [Fact]
    public void DateTime_round_trips_iso_8601_with_an_offset()
    {
        var scalar = new DateTimeScalar();
        var parsed = (DateTimeOffset)scalar.ParseValue("2024-05-01T08:30:00+08:00");
        Assert.Equal(new DateTimeOffset(2024, 5, 1, 8, 30, 0, TimeSpan.FromHours(8)), parsed);
        Assert.Equal("2024-05-01T08:30:00+08:00", scalar.Serialize(parsed));
        Assert.Equal("2024-05-01T00:30:00.5Z", scalar.Serialize(new DateTime(2024, 5, 1, 0, 30, 0, 500, DateTimeKind.Utc)));
        var utc = (DateTimeOffset)scalar.ParseLiteral(Parser.ParseConstValue("\"2024-05-01T00:30:00Z\""), null);
        Assert.Equal(parsed, utc);
    }

    [Theory]
    [InlineData("2024-05-01T08:30:00")]
    [InlineData("2024-05-01")]
    [InlineData("yesterday")]
    [InlineData("2024-13-01T08:30:00Z")]
    public void DateTime_rejects_strings_without_an_offset_or_invalid_dates(string input)
        => Assert.Throws<GraphQLCoercionException>(() => new DateTimeScalar().ParseValue(input));

    [Fact]
    public void DateTime_refuses_to_serialize_an_unspecified_kind_datetime()
        => Assert.Throws<GraphQLCoercionException>(() => new DateTimeScalar().Serialize(new DateTime(2024, 1, 1)));

    [Fact]
    public void Date_maps_yyyy_mm_dd_to_DateOnly()
    {
        var scalar = new DateScalar();
        Assert.Equal(new DateOnly(2024, 2, 29), scalar.ParseValue("2024-02-29"));
        Assert.Equal("2024-02-29", scalar.Serialize(new DateOnly(2024, 2, 29)));
        Assert.Throws<GraphQLCoercionException>(() => scalar.ParseValue("2023-02-29"));
        Assert.Throws<GraphQLCoercionException>(() => scalar.ParseLiteral(Parser.ParseConstValue("20240229"), null));
    }

    [Fact]
    public void Decimal_accepts_strings_and_numbers_and_writes_strings()
    {
        var scalar = new DecimalScalar();
        Assert.Equal(12.345m, scalar.ParseValue("12.345"));
        Assert.Equal(7m, scalar.ParseValue(7));
        Assert.Equal(0.1m, scalar.ParseLiteral(Parser.ParseConstValue("0.1"), null));
        Assert.Equal("0.10", scalar.Serialize(0.10m));
        Assert.Throws<GraphQLCoercionException>(() => scalar.ParseValue("ten"));
        Assert.Throws<GraphQLCoercionException>(() => scalar.ParseValue(true));
    }

    [Fact]
    public void Json_accepts_any_value_and_literals_with_variables()
    {
        var scalar = new JsonScalar();
        var literal = Parser.ParseValue("{a: [1, \"two\", $x], b: {c: null}}");
        var value = (IReadOnlyDictionary<string, object?>)scalar.ParseLiteral(literal, new Dictionary<string, object?> { ["x"] = true });
        Assert.Equal([1, "two", true], (IEnumerable<object?>)value["a"]!);
        Assert.Null(((IReadOnlyDictionary<string, object?>)value["b"]!)["c"]);
        Assert.Equal(5, scalar.ParseValue(5));
    }
}
