using System.Text.Json;

namespace Clues.Cli.GraphQLBatch;

/// <summary>
/// Turns case JSON into the plain values a JSON-backed resolver would hand the engine: ordinal string maps,
/// lists, strings, booleans, null, and numbers as int, long or double (the narrowest that holds them).
/// </summary>
internal static class PlainJson
{
    public static object? ToPlain(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                var map = new Dictionary<string, object?>(StringComparer.Ordinal);
                foreach (var property in element.EnumerateObject())
                {
                    // Later duplicates win, as in JSON.parse.
                    map[property.Name] = ToPlain(property.Value);
                }

                return map;
            case JsonValueKind.Array:
                var list = new List<object?>(element.GetArrayLength());
                foreach (var item in element.EnumerateArray())
                {
                    list.Add(ToPlain(item));
                }

                return list;
            case JsonValueKind.String:
                return element.GetString();
            case JsonValueKind.Number:
                if (element.TryGetInt32(out var i))
                {
                    return i;
                }

                if (element.TryGetInt64(out var l))
                {
                    return l;
                }

                return element.GetDouble();
            case JsonValueKind.True:
                return true;
            case JsonValueKind.False:
                return false;
            default:
                return null;
        }
    }
}
