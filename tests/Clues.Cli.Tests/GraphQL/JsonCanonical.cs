using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Clues.Cli.Tests.GraphQL;

/// <summary>
/// A canonical text for JSON values: object keys sorted, numbers by value (1 and 1.0 are the same), so equal
/// values have equal texts regardless of key order or number formatting.
/// </summary>
internal static class JsonCanonical
{
    public static string ToText(JsonNode? node)
    {
        var builder = new StringBuilder();
        Write(builder, node);
        return builder.ToString();
    }

    private static void Write(StringBuilder builder, JsonNode? node)
    {
        switch (node)
        {
            case null:
                builder.Append("null");
                break;
            case JsonObject obj:
                builder.Append('{');
                var first = true;
                foreach (var (key, value) in obj.OrderBy(p => p.Key, StringComparer.Ordinal))
                {
                    builder.Append(first ? string.Empty : ",").Append(JsonSerializer.Serialize(key)).Append(':');
                    Write(builder, value);
                    first = false;
                }

                builder.Append('}');
                break;
            case JsonArray array:
                builder.Append('[');
                for (var i = 0; i < array.Count; i++)
                {
                    builder.Append(i == 0 ? string.Empty : ",");
                    Write(builder, array[i]);
                }

                builder.Append(']');
                break;
            case JsonValue value:
                var text = value.ToJsonString();
                builder.Append(value.GetValueKind() == JsonValueKind.Number
                    ? double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture).ToString("R", CultureInfo.InvariantCulture)
                    : text);
                break;
        }
    }
}
