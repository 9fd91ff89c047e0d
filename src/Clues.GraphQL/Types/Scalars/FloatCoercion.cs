using System.Globalization;
using Clues.GraphQL.Language;

namespace Clues.GraphQL.Types.Scalars;

/// <summary>The spec's <c>Float</c>: finite IEEE 754 doubles; integers are accepted as input.</summary>
internal sealed class FloatCoercion : ScalarCoercion
{
    public override object Serialize(object value)
    {
        if (value is double d && double.IsFinite(d))
        {
            return value;
        }

        if (value is bool b)
        {
            return b ? 1d : 0d;
        }

        if (value is string s && s.Length > 0
            && double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) && double.IsFinite(parsed))
        {
            return parsed;
        }

        if (NumberValues.TryGetDouble(value, out var number) && double.IsFinite(number))
        {
            return number;
        }

        throw new GraphQLCoercionException($"Float cannot represent non numeric value: {ValueInspector.Inspect(value)}");
    }

    public override object ParseValue(object value)
    {
        if (value is not bool && NumberValues.TryGetDouble(value, out var number) && double.IsFinite(number))
        {
            return number;
        }

        throw new GraphQLCoercionException($"Float cannot represent non numeric value: {ValueInspector.Inspect(value)}");
    }

    public override object ParseLiteral(ValueNode literal, IReadOnlyDictionary<string, object?>? variables)
    {
        var text = literal switch
        {
            FloatValue f => f.Value,
            IntValue i => i.Value,
            _ => throw new GraphQLCoercionException($"Float cannot represent non numeric value: {Printer.Print(literal)}"),
        };
        var parsed = double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
        if (!double.IsFinite(parsed))
        {
            throw new GraphQLCoercionException($"Float cannot represent non numeric value: {text}");
        }

        return parsed;
    }
}
