using System.Text.Json;

namespace Clues.GraphQL.Types;

/// <summary>
/// Turns JSON (request variables, JSON-backed data) into the plain .NET values the engine coerces:
/// ordinal string maps, lists, strings, booleans, null, and numbers as the narrowest of int, long or
/// double that holds them. Later duplicate keys win, as in <c>JSON.parse</c>.
/// </summary>
public static class JsonValues
{
    /// <summary>The plain value of <paramref name="element"/>.</summary>
    public static object? ToPlain(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Null:
            case JsonValueKind.Undefined:
                return null;
            case JsonValueKind.True:
                return true;
            case JsonValueKind.False:
                return false;
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
            case JsonValueKind.Array:
                var list = new List<object?>(element.GetArrayLength());
                foreach (var item in element.EnumerateArray())
                {
                    list.Add(ToPlain(item));
                }

                return list;
            case JsonValueKind.Object:
                var map = new Dictionary<string, object?>(StringComparer.Ordinal);
                foreach (var property in element.EnumerateObject())
                {
                    map[property.Name] = ToPlain(property.Value);
                }

                return map;
            default:
                return null;
        }
    }
}
