using System.Globalization;
using Clues.GraphQL.Language;
using Clues.GraphQL.Types;

namespace Clues.Api.Scalars;

/// <summary>
/// The <c>DateTime</c> scalar: a <see cref="DateTimeOffset"/> as an RFC 3339 string with an offset,
/// <c>2024-03-18T09:30:00+08:00</c>. Inputs without an offset are refused: a bare local time is ambiguous.
/// </summary>
internal sealed class DateTimeScalar : ScalarCoercion
{
    private const string Format = "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz";

    public override string? SpecifiedByUrl => "https://scalars.graphql.org/andimarek/date-time.html";

    public override object Serialize(object value) => value switch
    {
        DateTimeOffset offset => offset.ToString(Format, CultureInfo.InvariantCulture),
        DateTime { Kind: DateTimeKind.Utc } utc => new DateTimeOffset(utc).ToString(Format, CultureInfo.InvariantCulture),
        string text when TryParse(text, out var parsed) => parsed.ToString(Format, CultureInfo.InvariantCulture),
        _ => throw new GraphQLCoercionException($"DateTime cannot represent value: {value}"),
    };

    public override object ParseValue(object value) =>
        value is string text && TryParse(text, out var parsed)
            ? parsed
            : throw new GraphQLCoercionException($"DateTime must be an RFC 3339 string with offset, like 2024-03-18T09:30:00+08:00; got: {value}");

    public override object ParseLiteral(ValueNode literal, IReadOnlyDictionary<string, object?>? variables) =>
        literal is StringValue { Value: var text } && TryParse(text, out var parsed)
            ? parsed
            : throw new GraphQLCoercionException("DateTime must be an RFC 3339 string with offset, like 2024-03-18T09:30:00+08:00.");

    private static bool TryParse(string text, out DateTimeOffset value)
    {
        value = default;
        var t = text.IndexOf('T', StringComparison.OrdinalIgnoreCase);
        if (t < 0)
        {
            return false;
        }

        // RFC 3339 requires an offset: "Z" or ±hh:mm after the time.
        var time = text.AsSpan(t + 1);
        var hasOffset = time.EndsWith("Z", StringComparison.OrdinalIgnoreCase) || time.LastIndexOfAny('+', '-') > 0;
        return hasOffset && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out value);
    }
}
