using System.Globalization;
using Clues.GraphQL.Language;

namespace Clues.GraphQL.Types.Scalars;

/// <summary>The spec's <c>Int</c>: signed 32-bit; no fractions, no numeric strings on input.</summary>
internal sealed class IntCoercion : ScalarCoercion
{
    public override object Serialize(object value)
    {
        var coerced = value;
        if (value is bool b)
        {
            return b ? 1 : 0;
        }

        if (value is int)
        {
            // Already the right box: returning it avoids a second allocation on the hot path.
            return value;
        }

        if (value is string s && s.Length > 0)
        {
            if (!double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed))
            {
                throw new GraphQLCoercionException($"Int cannot represent non-integer value: {ValueInspector.Inspect(value)}");
            }

            coerced = parsed;
        }

        if (!NumberValues.TryGetInteger(coerced, out var integer, out _))
        {
            throw new GraphQLCoercionException($"Int cannot represent non-integer value: {ValueInspector.Inspect(value)}");
        }

        if (integer is > int.MaxValue or < int.MinValue)
        {
            throw new GraphQLCoercionException($"Int cannot represent non 32-bit signed integer value: {ValueInspector.Inspect(value)}");
        }

        return (int)integer;
    }

    public override object ParseValue(object value)
    {
        if (value is int)
        {
            return value;
        }

        if (value is bool || !NumberValues.TryGetInteger(value, out var integer, out _))
        {
            throw new GraphQLCoercionException($"Int cannot represent non-integer value: {ValueInspector.Inspect(value)}");
        }

        if (integer is > int.MaxValue or < int.MinValue)
        {
            throw new GraphQLCoercionException($"Int cannot represent non 32-bit signed integer value: {ValueInspector.Inspect(value)}");
        }

        return (int)integer;
    }

    public override object ParseLiteral(ValueNode literal, IReadOnlyDictionary<string, object?>? variables)
    {
        if (literal is not IntValue intValue)
        {
            throw new GraphQLCoercionException($"Int cannot represent non-integer value: {Printer.Print(literal)}");
        }

        if (!int.TryParse(intValue.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var parsed))
        {
            throw new GraphQLCoercionException($"Int cannot represent non 32-bit signed integer value: {intValue.Value}");
        }

        return parsed;
    }
}
