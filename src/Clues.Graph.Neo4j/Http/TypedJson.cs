using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Clues.Graph.Neo4j.Http;

/// <summary>
/// Neo4j's JSON with type information (<c>application/vnd.neo4j.query</c>): every value is
/// <c>{"$type": T, "_value": V}</c>. Integers and floats travel as strings so 64-bit values and
/// NaN survive; nodes, relationships and paths carry their element ids.
/// </summary>
internal static class TypedJson
{
    public const string MediaType = "application/vnd.neo4j.query";

    /// <summary>Turns a typed JSON value into .NET: long, double, string, bool, null, DateOnly, DateTime,
    /// DateTimeOffset, byte[], lists, maps, <see cref="CypherNode"/>, <see cref="CypherRelationship"/>,
    /// <see cref="CypherPath"/> or <see cref="CypherText"/>.</summary>
    public static object? Decode(JsonElement element)
    {
        if (element.ValueKind != JsonValueKind.Object
            || !element.TryGetProperty("$type", out var typeElement)
            || !element.TryGetProperty("_value", out var value))
        {
            throw new FormatException($"Expected a typed JSON value {{\"$type\": ..., \"_value\": ...}} but got {Shorten(element.GetRawText())}.");
        }

        var type = typeElement.GetString();
        return type switch
        {
            "Null" => null,
            "Boolean" => value.GetBoolean(),
            "Integer" => long.Parse(Text(value), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture),
            "Float" => ParseFloat(Text(value)),
            "String" => value.GetString(),
            "Base64" => Convert.FromBase64String(value.GetString()!),
            "List" => DecodeList(value),
            "Map" => DecodeMap(value),
            "Date" => DateOnly.ParseExact(value.GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture),
            "LocalDateTime" => DateTime.Parse(value.GetString()!, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind),
            "OffsetDateTime" => DateTimeOffset.Parse(value.GetString()!, CultureInfo.InvariantCulture),
            "ZonedDateTime" => ZonedToOffset(value.GetString()!),
            "Time" or "LocalTime" or "Duration" or "Point" => new CypherText(type, value.GetString()!),
            "Node" => DecodeNode(value),
            "Relationship" => DecodeRelationship(value),
            "Path" => DecodePath(value),
            _ => throw new FormatException($"Unknown typed JSON type '{type}'. This client knows the types of the Query API documentation; update it for newer servers."),
        };
    }

    /// <summary>Turns a .NET value into typed JSON for a statement parameter.</summary>
    public static JsonNode Encode(object? value) => value switch
    {
        null => Typed("Null", null),
        bool b => Typed("Boolean", b),
        string s => Typed("String", s),
        int i => Typed("Integer", i.ToString(CultureInfo.InvariantCulture)),
        long l => Typed("Integer", l.ToString(CultureInfo.InvariantCulture)),
        double d => Typed("Float", d.ToString("R", CultureInfo.InvariantCulture)),
        DateOnly day => Typed("Date", day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
        DateTimeOffset moment => Typed("OffsetDateTime", moment.ToString("O", CultureInfo.InvariantCulture)),
        byte[] bytes => Typed("Base64", Convert.ToBase64String(bytes)),
        IReadOnlyDictionary<string, object?> map => Typed("Map", EncodeMap(map)),
        System.Collections.IEnumerable list => Typed("List", EncodeList(list)),
        _ => throw new ArgumentException($"A parameter of type {value.GetType().Name} cannot be sent to Neo4j. Convert it to a string, number, boolean, date, list or map first.", nameof(value)),
    };

    private static JsonObject Typed(string type, JsonNode? value) => new() { ["$type"] = type, ["_value"] = value };

    private static JsonObject EncodeMap(IReadOnlyDictionary<string, object?> map)
    {
        var result = new JsonObject();
        foreach (var (key, item) in map)
        {
            result[key] = Encode(item);
        }

        return result;
    }

    private static JsonArray EncodeList(System.Collections.IEnumerable list)
    {
        var result = new JsonArray();
        foreach (var item in list)
        {
            result.Add(Encode(item));
        }

        return result;
    }

    private static string Text(JsonElement value) =>
        value.ValueKind == JsonValueKind.String ? value.GetString()! : value.GetRawText();

    private static double ParseFloat(string text) => text switch
    {
        "NaN" => double.NaN,
        "Infinity" => double.PositiveInfinity,
        "-Infinity" => double.NegativeInfinity,
        _ => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture),
    };

    // A zoned value looks like 2015-11-21T21:40:32.142+01:00[Europe/Berlin]; the offset already fixes the instant.
    private static DateTimeOffset ZonedToOffset(string text)
    {
        var bracket = text.IndexOf('[', StringComparison.Ordinal);
        return DateTimeOffset.Parse(bracket < 0 ? text : text[..bracket], CultureInfo.InvariantCulture);
    }

    private static List<object?> DecodeList(JsonElement value)
    {
        var list = new List<object?>(value.GetArrayLength());
        foreach (var item in value.EnumerateArray())
        {
            list.Add(Decode(item));
        }

        return list;
    }

    private static Dictionary<string, object?> DecodeMap(JsonElement value)
    {
        var map = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var member in value.EnumerateObject())
        {
            map[member.Name] = Decode(member.Value);
        }

        return map;
    }

    private static CypherNode DecodeNode(JsonElement value) => new(
        value.GetProperty("_element_id").GetString()!,
        [.. value.GetProperty("_labels").EnumerateArray().Select(l => l.GetString()!)],
        value.TryGetProperty("_properties", out var props) ? DecodeMap(props) : new Dictionary<string, object?>());

    private static CypherRelationship DecodeRelationship(JsonElement value) => new(
        value.GetProperty("_element_id").GetString()!,
        value.GetProperty("_start_node_element_id").GetString()!,
        value.GetProperty("_end_node_element_id").GetString()!,
        value.GetProperty("_type").GetString()!,
        value.TryGetProperty("_properties", out var props) ? DecodeMap(props) : new Dictionary<string, object?>());

    // A path is a list alternating node, relationship, node, ...
    private static CypherPath DecodePath(JsonElement value)
    {
        var nodes = new List<CypherNode>();
        var relationships = new List<CypherRelationship>();
        foreach (var item in value.EnumerateArray())
        {
            switch (Decode(item))
            {
                case CypherNode node:
                    nodes.Add(node);
                    break;
                case CypherRelationship rel:
                    relationships.Add(rel);
                    break;
                default:
                    throw new FormatException("A Path may hold only nodes and relationships.");
            }
        }

        if (nodes.Count != relationships.Count + 1)
        {
            throw new FormatException($"A Path must alternate nodes and relationships, but it has {nodes.Count} nodes and {relationships.Count} relationships.");
        }

        return new CypherPath(nodes, relationships);
    }

    internal static string Shorten(string text) => text.Length <= 120 ? text : text[..120] + "…";
}
