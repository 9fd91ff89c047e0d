using System.Text.Json.Nodes;

namespace Clues.Cli.BenchGraphQL;

/// <summary>
/// Before two introspection answers are compared, removes what the specification leaves to each server,
/// on both sides alike; everything about the bench schema itself must still match exactly:
/// <list type="bullet">
/// <item>the order of <c>__schema.types</c>, <c>__schema.directives</c> and <c>possibleTypes</c> (sorted by name);</item>
/// <item>the wording of the introspection types' own descriptions (types, fields, arguments and enum values
/// whose owner's name starts with <c>__</c>), which the spec does not fix;</item>
/// <item>directive deprecation, which graphql-js 16.15 implements ahead of the October 2021 specification:
/// <c>DIRECTIVE_DEFINITION</c> in <c>__DirectiveLocation</c> and among <c>@deprecated</c>'s locations,
/// <c>__Directive.isDeprecated</c> and <c>deprecationReason</c>, and <c>__Schema.directives(includeDeprecated:)</c>.</item>
/// </list>
/// </summary>
internal static class IntrospectionNormalizer
{
    public const string Summary =
        "identical after setting aside what the spec leaves open (order of types and directives, wording of the __ types' own descriptions) " +
        "and graphql-js's directive deprecation (later than the October 2021 spec)";

    private static readonly string[] UnorderedLists = ["types", "directives", "possibleTypes"];

    /// <summary>A normalised copy of a whole response (<c>{"data":{"__schema":…}}</c>); the input is left alone.</summary>
    public static JsonNode? Normalize(JsonNode? response)
    {
        var copy = response?.DeepClone();
        if (copy?["data"]?["__schema"] is JsonObject schema)
        {
            Visit(schema);
        }

        return copy;
    }

    private static void Visit(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                var name = NameOf(obj);
                if (name is not null && name.StartsWith("__", StringComparison.Ordinal))
                {
                    BlankDescriptions(obj);
                }

                DropDirectiveDeprecation(obj, name);
                foreach (var (key, child) in obj.ToList())
                {
                    Visit(child);
                    if (child is JsonArray list && UnorderedLists.Contains(key))
                    {
                        SortByName(list);
                    }
                }

                break;
            case JsonArray array:
                foreach (var item in array)
                {
                    Visit(item);
                }

                break;
        }
    }

    private static void DropDirectiveDeprecation(JsonObject obj, string? name)
    {
        switch (name)
        {
            case "__DirectiveLocation":
                RemoveWhere(obj["enumValues"] as JsonArray, item => item is JsonObject value && NameOf(value) == "DIRECTIVE_DEFINITION");
                break;
            case "__Directive":
                RemoveWhere(obj["fields"] as JsonArray, item => item is JsonObject field && NameOf(field) is "isDeprecated" or "deprecationReason");
                break;
            case "__Schema" when obj["fields"] is JsonArray fields:
                foreach (var field in fields.OfType<JsonObject>().Where(f => NameOf(f) == "directives"))
                {
                    RemoveWhere(field["args"] as JsonArray, item => item is JsonObject arg && NameOf(arg) == "includeDeprecated");
                }

                break;
            case "deprecated" when obj.ContainsKey("locations"):
                RemoveWhere(obj["locations"] as JsonArray, item => item is JsonValue value && value.TryGetValue<string>(out var text) && text == "DIRECTIVE_DEFINITION");
                break;
        }
    }

    /// <summary>Blanks the description of an introspection type and of everything it lists (fields, their arguments, enum values).</summary>
    private static void BlankDescriptions(JsonObject type)
    {
        if (type.ContainsKey("description"))
        {
            type["description"] = null;
        }

        foreach (var listName in new[] { "fields", "enumValues", "inputFields" })
        {
            if (type[listName] is not JsonArray members)
            {
                continue;
            }

            foreach (var member in members.OfType<JsonObject>())
            {
                if (member.ContainsKey("description"))
                {
                    member["description"] = null;
                }

                if (member["args"] is JsonArray args)
                {
                    foreach (var arg in args.OfType<JsonObject>().Where(a => a.ContainsKey("description")))
                    {
                        arg["description"] = null;
                    }
                }
            }
        }
    }

    private static void SortByName(JsonArray list)
    {
        var items = list.ToList();
        list.Clear();
        foreach (var item in items.OrderBy(i => i is JsonObject o ? NameOf(o) : null, StringComparer.Ordinal))
        {
            list.Add(item);
        }
    }

    private static void RemoveWhere(JsonArray? list, Func<JsonNode?, bool> predicate)
    {
        if (list is null)
        {
            return;
        }

        foreach (var item in list.Where(predicate).ToList())
        {
            list.Remove(item);
        }
    }

    private static string? NameOf(JsonObject obj) => obj["name"] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
}
