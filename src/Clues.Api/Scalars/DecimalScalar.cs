using System.Globalization;
using Clues.GraphQL.Language;
using Clues.GraphQL.Types;

namespace Clues.Api.Scalars;

/// <summary>
/// The <c>Decimal</c> scalar: a <see cref="decimal"/> written as a string (<c>"1250000.50"</c>) so JSON clients
/// that read numbers as doubles lose nothing; inputs may be strings or numbers.
/// </summary>
internal sealed class DecimalScalar : ScalarCoercion
{
    private const NumberStyles Styles = NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent;

    public override object Serialize(object value) => value switch
    {
        decimal d => d.ToString(CultureInfo.InvariantCulture),
        int or long or short or byte => Convert.ToDecimal(value, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture),
        double d when double.IsFinite(d) => ((decimal)d).ToString(CultureInfo.InvariantCulture),
        string text when TryParse(text, out var parsed) => parsed.ToString(CultureInfo.InvariantCulture),
        _ => throw new GraphQLCoercionException($"Decimal cannot represent value: {value}"),
    };

    public override object ParseValue(object value)
    {
        switch (value)
        {
            case decimal d:
                return d;
            case int or long:
                return Convert.ToDecimal(value, CultureInfo.InvariantCulture);
            case double d when double.IsFinite(d) && Math.Abs(d) < 7.9e28:
                return (decimal)d;
            case string text when TryParse(text, out var parsed):
                return parsed;
            default:
                throw new GraphQLCoercionException($"Decimal must be a number or a numeric string; got: {value}");
        }
    }

    public override object ParseLiteral(ValueNode literal, IReadOnlyDictionary<string, object?>? variables)
    {
        var text = literal switch
        {
            IntValue i => i.Value,
            FloatValue f => f.Value,
            StringValue s => s.Value,
            _ => null,
        };
        return text is not null && TryParse(text, out var parsed)
            ? parsed
            : throw new GraphQLCoercionException("Decimal must be a number or a numeric string.");
    }

    private static bool TryParse(string text, out decimal value) =>
        decimal.TryParse(text, Styles, CultureInfo.InvariantCulture, out value);
}
