using System.Globalization;
using Clues.GraphQL.Language;

namespace Clues.GraphQL.Types.Scalars;

/// <summary><c>Date</c>: a calendar date as <c>yyyy-MM-dd</c>; the runtime value is <see cref="DateOnly"/>.</summary>
public sealed class DateScalar : ScalarCoercion
{
    private const string Format = "yyyy-MM-dd";

    /// <inheritdoc/>
    public override object Serialize(object value) => value switch
    {
        DateOnly date => date.ToString(Format, CultureInfo.InvariantCulture),
        DateTime dateTime => DateOnly.FromDateTime(dateTime).ToString(Format, CultureInfo.InvariantCulture),
        string text => Parse(text).ToString(Format, CultureInfo.InvariantCulture),
        _ => throw new GraphQLCoercionException($"Date cannot represent value: {ValueInspector.Inspect(value)}"),
    };

    /// <inheritdoc/>
    public override object ParseValue(object value)
        => value is string text ? Parse(text) : throw new GraphQLCoercionException($"Date cannot represent a non string value: {ValueInspector.Inspect(value)}");

    /// <inheritdoc/>
    public override object ParseLiteral(ValueNode literal, IReadOnlyDictionary<string, object?>? variables)
        => literal is StringValue text ? Parse(text.Value) : throw new GraphQLCoercionException($"Date cannot represent a non string value: {Printer.Print(literal)}");

    private static DateOnly Parse(string text)
        => DateOnly.TryParseExact(text, Format, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new GraphQLCoercionException($"Date cannot represent an invalid date string: {ValueInspector.Inspect(text)}; expected yyyy-MM-dd.");
}
