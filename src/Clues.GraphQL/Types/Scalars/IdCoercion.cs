using System.Globalization;
using Clues.GraphQL.Language;

namespace Clues.GraphQL.Types.Scalars;

/// <summary>The spec's <c>ID</c>: strings and integers in, strings out.</summary>
internal sealed class IdCoercion : ScalarCoercion
{
    public override object Serialize(object value)
    {
        switch (value)
        {
            case string s:
                return s;
            case Guid g:
                return g.ToString();
        }

        if (value is not bool && NumberValues.TryGetInteger(value, out var integer, out _))
        {
            return integer.ToString(CultureInfo.InvariantCulture);
        }

        throw new GraphQLCoercionException($"ID cannot represent value: {ValueInspector.Inspect(value)}");
    }

    public override object ParseValue(object value)
    {
        if (value is string s)
        {
            return s;
        }

        if (value is not bool && NumberValues.TryGetInteger(value, out var integer, out _))
        {
            return integer.ToString(CultureInfo.InvariantCulture);
        }

        throw new GraphQLCoercionException($"ID cannot represent value: {ValueInspector.Inspect(value)}");
    }

    public override object ParseLiteral(ValueNode literal, IReadOnlyDictionary<string, object?>? variables) => literal switch
    {
        StringValue s => s.Value,
        IntValue i => i.Value,
        _ => throw new GraphQLCoercionException($"ID cannot represent a non-string and non-integer value: {Printer.Print(literal)}"),
    };
}
