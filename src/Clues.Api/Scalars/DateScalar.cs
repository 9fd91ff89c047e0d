using System.Globalization;
using Clues.GraphQL.Language;
using Clues.GraphQL.Types;

namespace Clues.Api.Scalars;

/// <summary>The <c>Date</c> scalar: a <see cref="DateOnly"/> as an ISO 8601 calendar date, <c>2024-03-18</c>.</summary>
internal sealed class DateScalar : ScalarCoercion
{
    private const string Format = "yyyy-MM-dd";

    public override string? SpecifiedByUrl => "https://scalars.graphql.org/andimarek/local-date.html";

    public override object Serialize(object value) => value switch
    {
        DateOnly date => date.ToString(Format, CultureInfo.InvariantCulture),
        DateTime dateTime => DateOnly.FromDateTime(dateTime).ToString(Format, CultureInfo.InvariantCulture),
        DateTimeOffset offset => DateOnly.FromDateTime(offset.DateTime).ToString(Format, CultureInfo.InvariantCulture),
        string text when TryParse(text, out var date) => date.ToString(Format, CultureInfo.InvariantCulture),
        _ => throw new GraphQLCoercionException($"Date cannot represent value: {value}"),
    };

    public override object ParseValue(object value) =>
        value is string text && TryParse(text, out var date)
            ? date
            : throw new GraphQLCoercionException($"Date must be a string like 2024-03-18; got: {value}");

    public override object ParseLiteral(ValueNode literal, IReadOnlyDictionary<string, object?>? variables) =>
        literal is StringValue { Value: var text } && TryParse(text, out var date)
            ? date
            : throw new GraphQLCoercionException("Date must be a string like 2024-03-18.");

    private static bool TryParse(string text, out DateOnly date) =>
        DateOnly.TryParseExact(text, Format, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
}
