using System.Collections;
using Clues.GraphQL.Execution;

namespace Clues.Cli.GraphQLBatch;

/// <summary>
/// The one resolver bound to every field of a batch schema. It implements the root-data conventions shared
/// with tests/Clues.GraphQL.Tests/Oracle/batch-oracle.mjs; keep the two in step.
/// </summary>
internal static class CaseResolvers
{
    public static ValueTask<object?> Resolve(ResolveContext context)
    {
        // The field name, never the alias: the root data describes objects, not one query's response shape.
        var raw = context.Parent is IReadOnlyDictionary<string, object?> parent && parent.TryGetValue(context.Field.Name, out var value) ? value : null;
        return new ValueTask<object?>(Interpret(raw, context.Arguments));
    }

    private static object? Interpret(object? value, IReadOnlyDictionary<string, object?> arguments)
    {
        if (value is not IReadOnlyDictionary<string, object?> map)
        {
            return value;
        }

        if (map.TryGetValue("$error", out var message))
        {
            throw new GraphQLException(message as string ?? Convert.ToString(message, System.Globalization.CultureInfo.InvariantCulture) ?? "null");
        }

        if (map.TryGetValue("$byArgs", out var choices))
        {
            if (choices is IEnumerable<object?> list)
            {
                foreach (var choice in list)
                {
                    if (choice is IReadOnlyDictionary<string, object?> entry)
                    {
                        var expected = entry.TryGetValue("args", out var args) && args is IReadOnlyDictionary<string, object?> given ? given : EmptyArguments;
                        if (ArgumentsEqual(expected, arguments))
                        {
                            return Interpret(entry.TryGetValue("value", out var picked) ? picked : null, arguments);
                        }
                    }
                }
            }

            return null;
        }

        return value;
    }

    private static readonly IReadOnlyDictionary<string, object?> EmptyArguments = new Dictionary<string, object?>();

    private static bool ArgumentsEqual(IReadOnlyDictionary<string, object?> expected, IReadOnlyDictionary<string, object?> actual)
    {
        if (expected.Count != actual.Count)
        {
            return false;
        }

        foreach (var (name, value) in expected)
        {
            if (!actual.TryGetValue(name, out var other) || !ValueEqual(value, other))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Deep equality of a JSON-plain expected value and an engine-coerced value (numbers compared by value).</summary>
    private static bool ValueEqual(object? expected, object? actual)
    {
        switch (expected)
        {
            case null:
                return actual is null;
            case string s:
                return actual is string t && string.Equals(s, t, StringComparison.Ordinal);
            case bool b:
                return actual is bool c && b == c;
            case int or long or double:
                return TryNumber(actual, out var number) && Convert.ToDouble(expected, System.Globalization.CultureInfo.InvariantCulture) == number;
            case IReadOnlyDictionary<string, object?> map:
                return AsMap(actual) is { } other && MapsEqual(map, other);
            case IList<object?> list:
                if (actual is null or string || AsMap(actual) is not null || actual is not IEnumerable items)
                {
                    return false;
                }

                var index = 0;
                foreach (var item in items)
                {
                    if (index >= list.Count || !ValueEqual(list[index], item))
                    {
                        return false;
                    }

                    index++;
                }

                return index == list.Count;
            default:
                return false;
        }
    }

    private static bool MapsEqual(IReadOnlyDictionary<string, object?> expected, IReadOnlyList<KeyValuePair<string, object?>> actual)
    {
        if (expected.Count != actual.Count)
        {
            return false;
        }

        foreach (var (key, value) in actual)
        {
            if (!expected.TryGetValue(key, out var want) || !ValueEqual(want, value))
            {
                return false;
            }
        }

        return true;
    }

    // Coerced input objects may arrive as any string-keyed map; compare them as key/value pairs.
    private static IReadOnlyList<KeyValuePair<string, object?>>? AsMap(object? value) => value switch
    {
        IReadOnlyDictionary<string, object?> readOnly => [.. readOnly],
        IDictionary<string, object?> dictionary => [.. dictionary],
        _ => null,
    };

    private static bool TryNumber(object? value, out double number)
    {
        switch (value)
        {
            case int or long or double or float or decimal or short or byte or sbyte or ushort or uint or ulong:
                number = Convert.ToDouble(value, System.Globalization.CultureInfo.InvariantCulture);
                return true;
            default:
                number = 0;
                return false;
        }
    }
}
