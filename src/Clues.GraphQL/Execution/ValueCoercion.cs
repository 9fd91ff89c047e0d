using System.Collections;
using System.Text;
using System.Text.Json;
using Clues.GraphQL.Language;
using Clues.GraphQL.Types;
using InputValueDefinition = Clues.GraphQL.Types.InputValueDefinition;
using ListType = Clues.GraphQL.Types.ListType;
using NonNullType = Clues.GraphQL.Types.NonNullType;

namespace Clues.GraphQL.Execution;

/// <summary>
/// Input coercion per spec section 6.1.2 and 5.6: variable values from JSON (<c>CoerceVariableValues</c>),
/// literals from documents (<c>ValueFromAST</c>), and field/directive arguments (<c>CoerceArgumentValues</c>).
/// </summary>
internal static class ValueCoercion
{
    private static readonly IReadOnlyDictionary<string, object?> Empty = new Dictionary<string, object?>(0);

    public static IReadOnlyDictionary<string, object?> CoerceVariableValues(
        GraphQLSchema schema,
        OperationDefinition operation,
        IReadOnlyDictionary<string, object?>? inputs,
        List<GraphQLError> errors)
    {
        if (operation.VariableDefinitions.Count == 0)
        {
            return Empty;
        }

        var coerced = new Dictionary<string, object?>(operation.VariableDefinitions.Count, StringComparer.Ordinal);
        foreach (var definition in operation.VariableDefinitions)
        {
            var name = definition.Variable.Name.Value;
            var type = schema.TypeFromAst(definition.Type);
            var typeText = Printer.Print(definition.Type);
            if (type is null || !type.IsInputType())
            {
                errors.Add(Error($"Variable \"${name}\" expected value of type \"{typeText}\" which cannot be used as an input type.", definition.Type));
                continue;
            }

            object? value = null;
            var hasValue = inputs is not null && inputs.TryGetValue(name, out value);
            if (value is JsonElement { ValueKind: JsonValueKind.Undefined })
            {
                hasValue = false;
            }

            if (!hasValue)
            {
                if (definition.DefaultValue is not null)
                {
                    var defaultValue = ValueFromAst(definition.DefaultValue, type, null);
                    if (defaultValue is not Undefined)
                    {
                        coerced[name] = defaultValue;
                    }
                }
                else if (type is NonNullType)
                {
                    errors.Add(Error($"Variable \"${name}\" of required type \"{typeText}\" was not provided.", definition));
                }

                continue;
            }

            if (value is JsonElement element)
            {
                value = JsonValues.ToPlain(element);
            }

            if (value is null && type is NonNullType)
            {
                errors.Add(Error($"Variable \"${name}\" of non-null type \"{typeText}\" must not be null.", definition));
                continue;
            }

            var before = errors.Count;
            var result = CoerceInputValue(value, type, null, (path, invalid, message) =>
            {
                var prefix = new StringBuilder($"Variable \"${name}\" got invalid value ").Append(ValueInspector.Inspect(invalid));
                if (path is not null)
                {
                    prefix.Append(" at \"").Append(name).Append(PrintPath(path)).Append('"');
                }

                errors.Add(Error(prefix.Append("; ").Append(message).ToString(), definition));
            });
            if (errors.Count == before)
            {
                coerced[name] = result;
            }
        }

        return coerced;
    }

    /// <summary>Coerces an external (JSON) value; calls <paramref name="onError"/> for each problem.</summary>
    public static object? CoerceInputValue(object? value, GraphQLType type, InputPath? path, Action<InputPath?, object?, string> onError)
    {
        if (value is JsonElement element)
        {
            value = JsonValues.ToPlain(element);
        }

        if (type is NonNullType nonNull)
        {
            if (value is not null)
            {
                return CoerceInputValue(value, nonNull.OfType, path, onError);
            }

            onError(path, value, $"Expected non-nullable type \"{type}\" not to be null.");
            return null;
        }

        if (value is null)
        {
            return null;
        }

        switch (type)
        {
            case ListType list:
                if (IsList(value))
                {
                    var items = new List<object?>();
                    var index = 0;
                    foreach (var item in (IEnumerable)value)
                    {
                        items.Add(CoerceInputValue(item, list.OfType, new InputPath(path, null, index), onError));
                        index++;
                    }

                    return items;
                }

                // A single value where a list is expected is coerced as a list of one.
                return new List<object?> { CoerceInputValue(value, list.OfType, path, onError) };
            case InputObjectType input:
                return CoerceInputObject(value, input, path, onError);
            case ScalarType scalar:
                try
                {
                    return scalar.ParseValue(value);
                }
                catch (GraphQLCoercionException e)
                {
                    onError(path, value, e.Message);
                    return null;
                }
                catch (Exception e) when (e is FormatException or InvalidCastException or OverflowException or ArgumentException)
                {
                    onError(path, value, $"Expected type \"{scalar.Name}\". {e.Message}");
                    return null;
                }

            case EnumType enumType:
                try
                {
                    return enumType.ParseValue(value);
                }
                catch (GraphQLCoercionException e)
                {
                    onError(path, value, e.Message);
                    return null;
                }

            default:
                onError(path, value, $"Expected type \"{type}\" to be an input type.");
                return null;
        }
    }

    private static object? CoerceInputObject(object value, InputObjectType input, InputPath? path, Action<InputPath?, object?, string> onError)
    {
        if (!TryReadObject(value, out var fields))
        {
            onError(path, value, $"Expected type \"{input.Name}\" to be an object.");
            return null;
        }

        var coerced = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var field in input.Fields)
        {
            if (!fields.TryGetValue(field.Name, out var fieldValue) || fieldValue is JsonElement { ValueKind: JsonValueKind.Undefined })
            {
                if (field.HasDefaultValue)
                {
                    coerced[field.Name] = GetDefaultValue(field);
                }
                else if (field.Type is NonNullType)
                {
                    onError(path, value, $"Field \"{field.Name}\" of required type \"{field.Type}\" was not provided.");
                }

                continue;
            }

            coerced[field.Name] = CoerceInputValue(fieldValue, field.Type, new InputPath(path, field.Name, -1), onError);
        }

        foreach (var key in fields.Keys)
        {
            if (input.GetField(key) is null)
            {
                var names = new List<string>();
                foreach (var f in input.Fields)
                {
                    names.Add(f.Name);
                }

                onError(path, value, $"Field \"{key}\" is not defined by type \"{input.Name}\".{Schema.Suggestions.DidYouMean(key, names)}");
            }
        }

        if (input.IsOneOf)
        {
            if (fields.Count != 1)
            {
                onError(path, value, $"Exactly one key must be specified for OneOf type \"{input.Name}\".");
            }
            else
            {
                foreach (var (key, fieldValue) in fields)
                {
                    if (fieldValue is null or JsonElement { ValueKind: JsonValueKind.Null })
                    {
                        onError(path, value, $"Field \"{key}\" must be non-null.");
                    }
                }
            }
        }

        return coerced;
    }

    /// <summary>
    /// Coerces a literal to <paramref name="type"/>; returns <see cref="Undefined.Value"/> when the literal is
    /// invalid (validation normally prevents that).
    /// </summary>
    public static object? ValueFromAst(ValueNode node, GraphQLType type, IReadOnlyDictionary<string, object?>? variables)
    {
        if (node is Variable variable)
        {
            if (variables is null || !variables.TryGetValue(variable.Name.Value, out var variableValue))
            {
                return Undefined.Value;
            }

            if (variableValue is null && type is NonNullType)
            {
                return Undefined.Value;
            }

            return variableValue;
        }

        if (type is NonNullType nonNull)
        {
            return node is NullValue ? Undefined.Value : ValueFromAst(node, nonNull.OfType, variables);
        }

        if (node is NullValue)
        {
            return null;
        }

        switch (type)
        {
            case ListType list:
                if (node is ListValue listValue)
                {
                    var items = new List<object?>(listValue.Values.Count);
                    foreach (var itemNode in listValue.Values)
                    {
                        if (IsMissingVariable(itemNode, variables))
                        {
                            if (list.OfType is NonNullType)
                            {
                                return Undefined.Value;
                            }

                            items.Add(null);
                            continue;
                        }

                        var item = ValueFromAst(itemNode, list.OfType, variables);
                        if (item is Undefined)
                        {
                            return Undefined.Value;
                        }

                        items.Add(item);
                    }

                    return items;
                }

                var single = ValueFromAst(node, list.OfType, variables);
                return single is Undefined ? Undefined.Value : new List<object?> { single };
            case InputObjectType input:
                if (node is not ObjectValue objectValue)
                {
                    return Undefined.Value;
                }

                var fieldNodes = new Dictionary<string, ValueNode>(objectValue.Fields.Count, StringComparer.Ordinal);
                foreach (var fieldNode in objectValue.Fields)
                {
                    if (input.GetField(fieldNode.Name.Value) is null || !fieldNodes.TryAdd(fieldNode.Name.Value, fieldNode.Value))
                    {
                        return Undefined.Value;
                    }
                }

                var coerced = new Dictionary<string, object?>(StringComparer.Ordinal);
                foreach (var field in input.Fields)
                {
                    if (!fieldNodes.TryGetValue(field.Name, out var fieldValueNode) || IsMissingVariable(fieldValueNode, variables))
                    {
                        if (field.HasDefaultValue)
                        {
                            coerced[field.Name] = GetDefaultValue(field);
                        }
                        else if (field.Type is NonNullType)
                        {
                            return Undefined.Value;
                        }

                        continue;
                    }

                    var fieldValue = ValueFromAst(fieldValueNode, field.Type, variables);
                    if (fieldValue is Undefined)
                    {
                        return Undefined.Value;
                    }

                    coerced[field.Name] = fieldValue;
                }

                if (input.IsOneOf)
                {
                    if (coerced.Count != 1)
                    {
                        return Undefined.Value;
                    }

                    foreach (var value in coerced.Values)
                    {
                        if (value is null)
                        {
                            return Undefined.Value;
                        }
                    }
                }

                return coerced;
            case ScalarType scalar:
                try
                {
                    return scalar.ParseLiteral(node, variables);
                }
                catch (Exception e) when (e is GraphQLCoercionException or FormatException or InvalidCastException or OverflowException or ArgumentException)
                {
                    return Undefined.Value;
                }

            case EnumType enumType:
                try
                {
                    return enumType.ParseLiteral(node);
                }
                catch (GraphQLCoercionException)
                {
                    return Undefined.Value;
                }

            default:
                return Undefined.Value;
        }
    }

    /// <summary>Checks a constant literal (e.g. an SDL default value) against a type; returns the problem or null.</summary>
    public static string? ValidateLiteral(ValueNode node, GraphQLType type)
    {
        try
        {
            return ValueFromAst(node, type, null) is Undefined ? $"expected a value of type {type}." : null;
        }
        catch (InvalidOperationException e)
        {
            // A type still unresolved while the schema is being assembled; reported elsewhere.
            return e.Message.Contains("not been resolved", StringComparison.Ordinal) ? null : e.Message;
        }
    }

    /// <summary>The coerced default of an argument or input field, computed once.</summary>
    public static object? GetDefaultValue(InputValueDefinition definition)
    {
        var cached = definition.CoercedDefault;
        if (cached is not Undefined)
        {
            return cached;
        }

        var value = definition.DefaultValue is null ? null : ValueFromAst(definition.DefaultValue, definition.Type, null);
        if (value is Undefined)
        {
            value = null;
        }

        definition.CoercedDefault = value;
        return value;
    }

    /// <summary>CoerceArgumentValues: throws <see cref="LocatedException"/> for the first invalid argument.</summary>
    public static IReadOnlyDictionary<string, object?> CoerceArgumentValues(
        IReadOnlyList<InputValueDefinition> definitions,
        IReadOnlyList<Argument> arguments,
        IReadOnlyDictionary<string, object?>? variables,
        SyntaxNode owner)
    {
        if (definitions.Count == 0)
        {
            return Empty;
        }

        var coerced = new Dictionary<string, object?>(definitions.Count, StringComparer.Ordinal);
        foreach (var definition in definitions)
        {
            var name = definition.Name;
            var type = definition.Type;
            Argument? argument = null;
            for (var i = 0; i < arguments.Count; i++)
            {
                if (arguments[i].Name.Value == name)
                {
                    argument = arguments[i];
                    break;
                }
            }

            if (argument is null)
            {
                if (definition.HasDefaultValue)
                {
                    coerced[name] = GetDefaultValue(definition);
                }
                else if (type is NonNullType)
                {
                    throw new LocatedException($"Argument \"{name}\" of required type \"{type}\" was not provided.", owner);
                }

                continue;
            }

            var valueNode = argument.Value;
            var isNull = valueNode is NullValue;
            if (valueNode is Variable variable)
            {
                var variableName = variable.Name.Value;
                if (variables is null || !variables.TryGetValue(variableName, out var variableValue))
                {
                    if (definition.HasDefaultValue)
                    {
                        coerced[name] = GetDefaultValue(definition);
                    }
                    else if (type is NonNullType)
                    {
                        throw new LocatedException(
                            $"Argument \"{name}\" of required type \"{type}\" was provided the variable \"${variableName}\" which was not provided a runtime value.",
                            valueNode);
                    }

                    continue;
                }

                isNull = variableValue is null;
            }

            if (isNull && type is NonNullType)
            {
                throw new LocatedException($"Argument \"{name}\" of non-null type \"{type}\" must not be null.", valueNode);
            }

            var value = ValueFromAst(valueNode, type, variables);
            if (value is Undefined)
            {
                throw new LocatedException($"Argument \"{name}\" has invalid value {Printer.Print(valueNode)}.", valueNode);
            }

            coerced[name] = value;
        }

        return coerced;
    }

    private static bool IsMissingVariable(ValueNode node, IReadOnlyDictionary<string, object?>? variables)
        => node is Variable variable && (variables is null || !variables.ContainsKey(variable.Name.Value));

    private static bool IsList(object value) => value is IEnumerable and not string && !TryReadObject(value, out _);

    private static bool TryReadObject(object value, out IReadOnlyDictionary<string, object?> fields)
    {
        switch (value)
        {
            case IReadOnlyDictionary<string, object?> map:
                fields = map;
                return true;
            case IDictionary<string, object?> dictionary:
                fields = new Dictionary<string, object?>(dictionary, StringComparer.Ordinal);
                return true;
            case IDictionary untyped:
                var copy = new Dictionary<string, object?>(StringComparer.Ordinal);
                foreach (DictionaryEntry entry in untyped)
                {
                    copy[Convert.ToString(entry.Key, System.Globalization.CultureInfo.InvariantCulture)!] = entry.Value;
                }

                fields = copy;
                return true;
            default:
                fields = Empty;
                return false;
        }
    }

    private static string PrintPath(InputPath path)
    {
        var segments = new List<InputPath>();
        for (var node = path; node is not null; node = node.Parent)
        {
            segments.Add(node);
        }

        var builder = new StringBuilder();
        for (var i = segments.Count - 1; i >= 0; i--)
        {
            var segment = segments[i];
            if (segment.Key is not null)
            {
                builder.Append('.').Append(segment.Key);
            }
            else
            {
                builder.Append('[').Append(segment.Index).Append(']');
            }
        }

        return builder.ToString();
    }

    private static GraphQLError Error(string message, SyntaxNode node)
        => new(message, node.Loc is { } loc ? [loc.StartLocation] : null);
}
