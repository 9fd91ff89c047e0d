using System.Globalization;
using System.Text.RegularExpressions;
using Clues.GraphQL.Language;

namespace Clues.GraphQL.Types.Scalars;

/// <summary>
/// <c>DateTime</c>: an instant as an ISO 8601 / RFC 3339 string with an offset, e.g. <c>2024-05-01T08:30:00+08:00</c>.
/// Input without an offset is rejected (it would be ambiguous); the runtime value is <see cref="DateTimeOffset"/>.
/// Output accepts <see cref="DateTimeOffset"/> and UTC or local <see cref="DateTime"/>.
/// </summary>
public sealed partial class DateTimeScalar : ScalarCoercion
{
    /// <inheritdoc/>
    public override string? SpecifiedByUrl => "https://scalars.graphql.org/andimarek/date-time";

    /// <inheritdoc/>
    public override object Serialize(object value) => value switch
    {
        DateTimeOffset offset => Format(offset),
        DateTime { Kind: DateTimeKind.Unspecified } => throw new GraphQLCoercionException(
            $"DateTime cannot represent a DateTime of unspecified kind: {value}; use UTC, local time or a DateTimeOffset."),
        DateTime dateTime => Format(new DateTimeOffset(dateTime)),
        string text => Format(Parse(text)),
        _ => throw new GraphQLCoercionException($"DateTime cannot represent value: {ValueInspector.Inspect(value)}"),
    };

    /// <inheritdoc/>
    public override object ParseValue(object value)
        => value is string text ? Parse(text) : throw new GraphQLCoercionException($"DateTime cannot represent a non string value: {ValueInspector.Inspect(value)}");

    /// <inheritdoc/>
    public override object ParseLiteral(ValueNode literal, IReadOnlyDictionary<string, object?>? variables)
        => literal is StringValue text ? Parse(text.Value) : throw new GraphQLCoercionException($"DateTime cannot represent a non string value: {Printer.Print(literal)}");

    private static string Format(DateTimeOffset value)
        => value.Offset == TimeSpan.Zero
            ? value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture)
            : value.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz", CultureInfo.InvariantCulture);

    private static DateTimeOffset Parse(string text)
    {
        if (!Shape().IsMatch(text)
            || !DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            throw new GraphQLCoercionException($"DateTime cannot represent an invalid date-time string: {ValueInspector.Inspect(text)}; expected e.g. \"2024-05-01T08:30:00+08:00\".");
        }

        return parsed;
    }

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(\.\d{1,7})?([Zz]|[+-]\d{2}:\d{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex Shape();
}
