using System.Collections;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Clues.GraphQL.Types;

/// <summary>Renders runtime values for error messages the way graphql-js's <c>inspect</c> does.</summary>
internal static class ValueInspector
{
    private const int MaxDepth = 2;
    private const int MaxItems = 10;

    public static string Inspect(object? value)
    {
        var builder = new StringBuilder();
        Write(builder, value, 0);
        return builder.ToString();
    }

    /// <summary>Formats a number like JavaScript's <c>String(n)</c>.</summary>
    public static string FormatNumber(double value)
    {
        if (double.IsNaN(value))
        {
            return "NaN";
        }

        if (double.IsInfinity(value))
        {
            return value > 0 ? "Infinity" : "-Infinity";
        }

        if (value == Math.Floor(value) && Math.Abs(value) < 1e21)
        {
            return value.ToString("0", CultureInfo.InvariantCulture);
        }

        var text = value.ToString("R", CultureInfo.InvariantCulture);
        return text.Replace("E+", "e+", StringComparison.Ordinal).Replace("E-", "e-", StringComparison.Ordinal);
    }

    private static void Write(StringBuilder builder, object? value, int depth)
    {
        switch (value)
        {
            case null:
                builder.Append("null");
                return;
            case string s:
                builder.Append(JsonSerializer.Serialize(s));
                return;
            case bool b:
                builder.Append(b ? "true" : "false");
                return;
            case JsonElement element:
                Write(builder, JsonValues.ToPlain(element), depth);
                return;
            case Undefined:
                builder.Append("undefined");
                return;
            case Enum e:
                builder.Append(e.ToString());
                return;
        }

        if (NumberValues.TryGetDouble(value, out var number))
        {
            builder.Append(value is decimal dec ? dec.ToString(CultureInfo.InvariantCulture) : FormatNumber(number));
            return;
        }

        if (value is IEnumerable<KeyValuePair<string, object?>> map)
        {
            if (depth >= MaxDepth)
            {
                builder.Append("[Object]");
                return;
            }

            var first = true;
            foreach (var pair in map)
            {
                builder.Append(first ? "{ " : ", ");
                first = false;
                builder.Append(pair.Key).Append(": ");
                Write(builder, pair.Value, depth + 1);
            }

            builder.Append(first ? "{}" : " }");
            return;
        }

        if (value is IEnumerable list)
        {
            if (depth >= MaxDepth)
            {
                builder.Append("[Array]");
                return;
            }

            builder.Append('[');
            var count = 0;
            var total = 0;
            foreach (var item in list)
            {
                total++;
                if (count >= MaxItems)
                {
                    continue;
                }

                if (count > 0)
                {
                    builder.Append(", ");
                }

                Write(builder, item, depth + 1);
                count++;
            }

            if (total > MaxItems)
            {
                builder.Append(", ... ").Append(total - MaxItems).Append(total - MaxItems == 1 ? " more item" : " more items");
            }

            builder.Append(']');
            return;
        }

        builder.Append(Convert.ToString(value, CultureInfo.InvariantCulture));
    }
}
