using System.Collections;
using System.Globalization;
using System.Text.RegularExpressions;
using Clues.GraphQL.Execution;
using Clues.GraphQL.Types;
using Ast = Clues.GraphQL.Language;

namespace Clues.GraphQL.Introspection;

/// <summary>
/// Prints <c>__InputValue.defaultValue</c> the way the reference implementation does: the default is coerced
/// first (so an input object's own field defaults appear, and <c>1.0</c> on a Float prints as <c>1</c>),
/// then turned back into a literal for its type (the spec's "astFromValue") and printed.
/// </summary>
internal static partial class DefaultValuePrinter
{
    public static string? Print(Types.InputValueDefinition definition)
    {
        if (definition.DefaultValue is not { } literal)
        {
            return null;
        }

        var coerced = ValueCoercion.GetDefaultValue(definition);
        var node = ToLiteral(coerced, definition.Type);
        return Ast.Printer.Print(node ?? literal);
    }

    private static Ast.ValueNode? ToLiteral(object? value, GraphQLType type)
    {
        if (type is NonNullType nonNull)
        {
            return value is null ? null : ToLiteral(value, nonNull.OfType);
        }

        if (value is null)
        {
            return new Ast.NullValue();
        }

        switch (type)
        {
            case ListType list:
                if (value is IEnumerable items and not string && value is not IReadOnlyDictionary<string, object?>)
                {
                    var nodes = new List<Ast.ValueNode>();
                    foreach (var item in items)
                    {
                        if (ToLiteral(item, list.OfType) is { } itemNode)
                        {
                            nodes.Add(itemNode);
                        }
                    }

                    return new Ast.ListValue(nodes);
                }

                return ToLiteral(value, list.OfType);
            case InputObjectType input:
                if (value is not IReadOnlyDictionary<string, object?> map)
                {
                    return null;
                }

                var fields = new List<Ast.ObjectField>();
                foreach (var field in input.Fields)
                {
                    if (map.TryGetValue(field.Name, out var fieldValue) && ToLiteral(fieldValue, field.Type) is { } fieldNode)
                    {
                        fields.Add(new Ast.ObjectField(new Ast.Name(field.Name), fieldNode));
                    }
                }

                return new Ast.ObjectValue(fields);
            case EnumType enumType:
                return new Ast.EnumValue(enumType.Serialize(value));
            case ScalarType scalar:
                return ScalarLiteral(scalar, scalar.Serialize(value));
            default:
                return null;
        }
    }

    private static Ast.ValueNode? ScalarLiteral(ScalarType scalar, object serialized)
    {
        switch (serialized)
        {
            case bool b:
                return new Ast.BooleanValue(b);
            case string s:
                return ReferenceEquals(scalar, ScalarType.ID) && IntegerText().IsMatch(s) ? new Ast.IntValue(s) : new Ast.StringValue(s);
            case decimal m:
                var text = m.ToString(CultureInfo.InvariantCulture);
                return text.Contains('.', StringComparison.Ordinal) ? new Ast.FloatValue(text) : new Ast.IntValue(text);
        }

        if (serialized is double or float && Convert.ToDouble(serialized, CultureInfo.InvariantCulture) is var d)
        {
            var formatted = ValueInspector.FormatNumber(d);
            return d == Math.Floor(d) && !formatted.Contains('e', StringComparison.Ordinal) ? new Ast.IntValue(formatted) : new Ast.FloatValue(formatted);
        }

        if (serialized is int or long or short or byte or sbyte or ushort or uint or ulong)
        {
            return new Ast.IntValue(Convert.ToString(serialized, CultureInfo.InvariantCulture)!);
        }

        // Custom scalars may serialize to maps or lists (e.g. JSON); the original literal is printed then.
        return null;
    }

    [GeneratedRegex("^-?(?:0|[1-9][0-9]*)$", RegexOptions.CultureInvariant)]
    private static partial Regex IntegerText();
}
