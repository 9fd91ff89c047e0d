using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Clues.GraphQL.Language;
using Clues.GraphQL.Types;

namespace Clues.Api.Scalars;

/// <summary>The <c>JSON</c> scalar: any JSON value, for properties without a fixed shape.</summary>
internal sealed class JsonScalar : ScalarCoercion
{
    public override object Serialize(object value) => value switch
    {
        JsonNode node => JsonSerializer.SerializeToElement(node),
        _ => value,
    };

    // Variables arrive as plain .NET values already (maps, lists, strings, numbers, booleans).
    public override object ParseValue(object value) => value;

    public override object ParseLiteral(ValueNode literal, IReadOnlyDictionary<string, object?>? variables) =>
        FromLiteral(literal, variables) ?? throw new GraphQLCoercionException("JSON literal must not be null here.");

    private static object? FromLiteral(ValueNode literal, IReadOnlyDictionary<string, object?>? variables) => literal switch
    {
        NullValue => null,
        StringValue s => s.Value,
        BooleanValue b => b.Value,
        EnumValue e => e.Value,
        IntValue i => long.TryParse(i.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var l)
            ? l
            : decimal.Parse(i.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture),
        FloatValue f => double.Parse(f.Value, NumberStyles.Float, CultureInfo.InvariantCulture),
        ListValue list => list.Values.Select(v => FromLiteral(v, variables)).ToList(),
        ObjectValue obj => obj.Fields.ToDictionary(f => f.Name.Value, f => FromLiteral(f.Value, variables), StringComparer.Ordinal),
        Variable v => variables is not null && variables.TryGetValue(v.Name.Value, out var value) ? value : null,
        _ => throw new GraphQLCoercionException($"JSON cannot represent literal: {literal.GetType().Name}"),
    };
}
