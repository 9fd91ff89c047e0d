using System.Text.Json.Nodes;

namespace Clues.Cli.Tests.GraphQL;

/// <summary>
/// Removes the differences in introspection results that are not conformance questions, applied to both sides:
/// <list type="bullet">
/// <item>The specification leaves the order of <c>__Schema.types</c>, <c>__Schema.directives</c> and
/// <c>possibleTypes</c> open, so those lists compare as sets.</item>
/// <item>The introspection types' own descriptions (<c>__Schema</c>, <c>__Type</c>, their fields and enum values)
/// are not specified, neither their wording nor whether there is one; they are blanked.</item>
/// <item>graphql-js 16.15 implements directive deprecation, which is later than the October 2021 specification:
/// <c>DIRECTIVE_DEFINITION</c> among <c>@deprecated</c>'s locations and in <c>__DirectiveLocation</c>, <c>__Directive.isDeprecated</c> and
/// <c>deprecationReason</c>, and <c>__Schema.directives(includeDeprecated:)</c>. Those entries are dropped.</item>
/// </list>
/// </summary>
internal static class IntrospectionNormalizer
{
    private static readonly HashSet<string> UnorderedLists = new(StringComparer.Ordinal) { "types", "directives", "possibleTypes" };

    public static JsonNode? Normalize(JsonNode? node) => Visit(node?.DeepClone(), null);

    private static JsonNode? Visit(JsonNode? node, string? key)
    {
        switch (node)
        {
            case JsonObject obj:
                var name = obj["name"] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
                if (name is not null && name.StartsWith("__", StringComparison.Ordinal))
                {
                    BlankDescriptions(obj);
                }

                switch (name)
                {
                    case "__DirectiveLocation":
                        RemoveNamed(obj["enumValues"] as JsonArray, "DIRECTIVE_DEFINITION");
                        break;
                    case "__Directive":
                        RemoveNamed(obj["fields"] as JsonArray, "isDeprecated", "deprecationReason");
                        break;
                    case "__Schema" when obj["fields"] is JsonArray fields:
                        foreach (var field in fields.OfType<JsonObject>().Where(f => NameOf(f) == "directives"))
                        {
                            RemoveNamed(field["args"] as JsonArray, "includeDeprecated");
                        }

                        break;
                    case "deprecated" when obj["locations"] is JsonArray locations:
                        foreach (var location in locations.Where(l => l is JsonValue v && v.TryGetValue<string>(out var s) && s == "DIRECTIVE_DEFINITION").ToList())
                        {
                            locations.Remove(location);
                        }

                        break;
                }

                // Built anew rather than edited in place: a JsonNode cannot be re-parented.
                var copy = new JsonObject();
                foreach (var (property, child) in obj)
                {
                    copy[property] = Visit(child, property);
                }

                return copy;
            case JsonArray array:
                var items = array.Select(item => Visit(item, null)).ToList();
                if (key is not null && UnorderedLists.Contains(key))
                {
                    items = [.. items.OrderBy(JsonCanonical.ToText, StringComparer.Ordinal)];
                }

                return new JsonArray([.. items]);
            default:
                return node?.DeepClone();
        }
    }

    private static string? NameOf(JsonObject obj) => obj["name"] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    private static void RemoveNamed(JsonArray? array, params string[] names)
    {
        if (array is null)
        {
            return;
        }

        foreach (var item in array.OfType<JsonObject>().Where(i => names.Contains(NameOf(i))).ToList())
        {
            array.Remove(item);
        }
    }

    private static void BlankDescriptions(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                if (obj.ContainsKey("description"))
                {
                    obj["description"] = null;
                }

                foreach (var child in obj.Select(p => p.Value).ToList())
                {
                    BlankDescriptions(child);
                }

                break;
            case JsonArray array:
                foreach (var child in array)
                {
                    BlankDescriptions(child);
                }

                break;
        }
    }
}
