using Clues.GraphQL.Language;

namespace Clues.GraphQL.Types.Scalars;

/// <summary>The spec's <c>String</c>: text; output also accepts booleans and finite numbers.</summary>
internal sealed class StringCoercion : ScalarCoercion
{
    public override object Serialize(object value)
    {
        switch (value)
        {
            case string s:
                return s;
            case bool b:
                return b ? "true" : "false";
            case char c:
                return c.ToString();
            case Guid g:
                return g.ToString();
            case decimal m:
                return m.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        if (NumberValues.TryGetDouble(value, out var number) && double.IsFinite(number))
        {
            return ValueInspector.FormatNumber(number);
        }

        throw new GraphQLCoercionException($"String cannot represent value: {ValueInspector.Inspect(value)}");
    }

    public override object ParseValue(object value)
        => value as string ?? throw new GraphQLCoercionException($"String cannot represent a non string value: {ValueInspector.Inspect(value)}");

    public override object ParseLiteral(ValueNode literal, IReadOnlyDictionary<string, object?>? variables)
        => literal is StringValue s
            ? s.Value
            : throw new GraphQLCoercionException($"String cannot represent a non string value: {Printer.Print(literal)}");
}
