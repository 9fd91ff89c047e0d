using System.Globalization;
using Clues.GraphQL.Language;

namespace Clues.GraphQL.Types.Scalars;

/// <summary>
/// <c>Decimal</c>: an exact decimal number (e.g. money). Input is a string or a number; output is always a
/// string so no JSON parser rounds it. The runtime value is <see cref="decimal"/>.
/// </summary>
public sealed class DecimalScalar : ScalarCoercion
{
    /// <inheritdoc/>
    public override object Serialize(object value) => value switch
    {
        decimal d => d.ToString(CultureInfo.InvariantCulture),
        int or long or short or byte or uint or ulong or ushort or sbyte => Convert.ToDecimal(value, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture),
        double d when double.IsFinite(d) => ((decimal)d).ToString(CultureInfo.InvariantCulture),
        float f when float.IsFinite(f) => ((decimal)f).ToString(CultureInfo.InvariantCulture),
        string text => ParseText(text).ToString(CultureInfo.InvariantCulture),
        _ => throw new GraphQLCoercionException($"Decimal cannot represent value: {ValueInspector.Inspect(value)}"),
    };

    /// <inheritdoc/>
    public override object ParseValue(object value)
    {
        try
        {
            return value switch
            {
                string text => ParseText(text),
                decimal d => d,
                int or long or short or byte or uint or ulong or ushort or sbyte => Convert.ToDecimal(value, CultureInfo.InvariantCulture),
                double d when double.IsFinite(d) => (decimal)d,
                float f when float.IsFinite(f) => (decimal)f,
                _ => throw new GraphQLCoercionException($"Decimal cannot represent value: {ValueInspector.Inspect(value)}"),
            };
        }
        catch (OverflowException)
        {
            throw new GraphQLCoercionException($"Decimal cannot represent value: {ValueInspector.Inspect(value)} (out of range)");
        }
    }

    /// <inheritdoc/>
    public override object ParseLiteral(ValueNode literal, IReadOnlyDictionary<string, object?>? variables) => literal switch
    {
        StringValue s => ParseText(s.Value),
        IntValue i => ParseText(i.Value),
        FloatValue f => ParseText(f.Value),
        _ => throw new GraphQLCoercionException($"Decimal cannot represent value: {Printer.Print(literal)}"),
    };

    private static decimal ParseText(string text)
        => decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new GraphQLCoercionException($"Decimal cannot represent value: {ValueInspector.Inspect(text)}");
}
