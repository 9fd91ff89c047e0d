using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Clues.Cli.BenchGraphQL;

/// <summary>
/// Compares two GraphQL responses as JSON, keys in order (GraphQL fixes the order of response keys), numbers by
/// value; whitespace and string escaping may differ. Names the first difference by its JSON path.
/// </summary>
internal static class ResponseComparison
{
    /// <summary>
    /// Null when equal, else where and how they differ. With <paramref name="introspection"/> both go through
    /// <see cref="IntrospectionNormalizer"/> first.
    /// </summary>
    public static string? FirstDifference(string clues, string graphqlJs, bool introspection = false)
    {
        JsonNode? left;
        JsonNode? right;
        try
        {
            left = JsonNode.Parse(clues);
        }
        catch (JsonException e)
        {
            return $"our response is not JSON ({e.Message})";
        }

        try
        {
            right = JsonNode.Parse(graphqlJs);
        }
        catch (JsonException e)
        {
            return $"graphql-js's response is not JSON ({e.Message})";
        }

        return introspection
            ? Compare(IntrospectionNormalizer.Normalize(left), IntrospectionNormalizer.Normalize(right), "$")
            : Compare(left, right, "$");
    }

    private static string? Compare(JsonNode? left, JsonNode? right, string path)
    {
        switch (left, right)
        {
            case (null, null):
                return null;
            case (JsonObject a, JsonObject b):
                var keysA = a.Select(p => p.Key).ToList();
                var keysB = b.Select(p => p.Key).ToList();
                for (var i = 0; i < Math.Max(keysA.Count, keysB.Count); i++)
                {
                    var keyA = i < keysA.Count ? keysA[i] : null;
                    var keyB = i < keysB.Count ? keysB[i] : null;
                    if (keyA != keyB)
                    {
                        return $"at {path}: key #{i + 1} is {Quote(keyA)} in ours but {Quote(keyB)} in graphql-js's";
                    }

                    var difference = Compare(a[keyA!], b[keyB!], path + "." + keyA);
                    if (difference is not null)
                    {
                        return difference;
                    }
                }

                return null;
            case (JsonArray a, JsonArray b):
                for (var i = 0; i < Math.Min(a.Count, b.Count); i++)
                {
                    var difference = Compare(a[i], b[i], string.Create(CultureInfo.InvariantCulture, $"{path}[{i}]"));
                    if (difference is not null)
                    {
                        return difference;
                    }
                }

                return a.Count == b.Count
                    ? null
                    : string.Create(CultureInfo.InvariantCulture, $"at {path}: {a.Count} items in ours but {b.Count} in graphql-js's");
            case (JsonValue a, JsonValue b) when SameValue(a, b):
                return null;
            default:
                return $"at {path}: ours is {Show(left)} but graphql-js's is {Show(right)}";
        }
    }

    private static bool SameValue(JsonValue a, JsonValue b)
    {
        var kindA = a.GetValueKind();
        if (kindA != b.GetValueKind())
        {
            return false;
        }

        return kindA switch
        {
            JsonValueKind.String => a.GetValue<string>() == b.GetValue<string>(),
            JsonValueKind.Number => a.GetValue<decimal>() == b.GetValue<decimal>(),
            _ => true,
        };
    }

    private static string Quote(string? key) => key is null ? "(none)" : "\"" + key + "\"";

    private static string Show(JsonNode? node)
    {
        var text = node?.ToJsonString() ?? "null";
        return text.Length <= 120 ? text : text[..120] + "…";
    }
}
