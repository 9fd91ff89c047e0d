using System.Text.Json;

namespace Clues.Graph.Neo4j.Http;

/// <summary>
/// The Query API's default JSON (<c>application/json</c>), which a server may answer with when it
/// does not honour the typed format: numbers without their Cypher type, temporal values as ISO strings,
/// nodes as <c>{elementId, labels, properties}</c> and relationships with <c>startNodeElementId</c>.
/// </summary>
internal static class PlainJson
{
    public static object? Decode(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.String => element.GetString(),
        JsonValueKind.Number => element.TryGetInt64(out var whole) ? (object)whole : element.GetDouble(),
        JsonValueKind.Array => DecodeArray(element),
        _ => DecodeObject(element),
    };

    private static object DecodeArray(JsonElement element)
    {
        var items = element.EnumerateArray().Select(Decode).ToList();

        // A path arrives as an array alternating nodes and relationships.
        if (items.Count > 0 && items.Count % 2 == 1
            && items.Select((item, i) => i % 2 == 0 ? item is CypherNode : item is CypherRelationship).All(ok => ok))
        {
            return new CypherPath([.. items.OfType<CypherNode>()], [.. items.OfType<CypherRelationship>()]);
        }

        return items;
    }

    private static object DecodeObject(JsonElement element)
    {
        var map = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var member in element.EnumerateObject())
        {
            map[member.Name] = Decode(member.Value);
        }

        var properties = map.GetValueOrDefault("properties") as Dictionary<string, object?> ?? [];
        if (map.Count is 3 && map.GetValueOrDefault("elementId") is string nodeId && map.GetValueOrDefault("labels") is List<object?> labels)
        {
            return new CypherNode(nodeId, [.. labels.Cast<string>()], properties);
        }

        if (map.GetValueOrDefault("elementId") is string relId
            && map.GetValueOrDefault("startNodeElementId") is string start
            && map.GetValueOrDefault("endNodeElementId") is string end
            && map.GetValueOrDefault("type") is string type)
        {
            return new CypherRelationship(relId, start, end, type, properties);
        }

        return map;
    }
}
