using Clues.GraphQL.Language;

namespace Clues.GraphQL.Types.Scalars;

/// <summary>The spec's <c>Boolean</c>; output also accepts finite numbers (non-zero is true).</summary>
internal sealed class BooleanCoercion : ScalarCoercion
{
    private static readonly object True = true;
    private static readonly object False = false;

    public override object Serialize(object value)
    {
        if (value is bool b)
        {
            return b ? True : False;
        }

        if (NumberValues.TryGetDouble(value, out var number) && double.IsFinite(number))
        {
            return number != 0 ? True : False;
        }

        throw new GraphQLCoercionException($"Boolean cannot represent a non boolean value: {ValueInspector.Inspect(value)}");
    }

    public override object ParseValue(object value)
        => value is bool b
            ? (b ? True : False)
            : throw new GraphQLCoercionException($"Boolean cannot represent a non boolean value: {ValueInspector.Inspect(value)}");

    public override object ParseLiteral(ValueNode literal, IReadOnlyDictionary<string, object?>? variables)
        => literal is BooleanValue b
            ? (b.Value ? True : False)
            : throw new GraphQLCoercionException($"Boolean cannot represent a non boolean value: {Printer.Print(literal)}");
}
