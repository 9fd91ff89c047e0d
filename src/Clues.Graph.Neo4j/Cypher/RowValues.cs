using System.Text;
using System.Text.Json.Nodes;
using Clues.Core.Graph;

namespace Clues.Graph.Neo4j.Cypher;

/// <summary>Turns the values of result rows into the port's records, and records into statement rows.</summary>
internal static class RowValues
{
    public static string Text(object? value, string column) =>
        value as string ?? throw new GraphStoreException($"Column '{column}' holds {Describe(value)} where text was expected. The database holds data this adapter did not write; check Graph:Neo4j:Database.");

    public static string? OptionalText(object? value) => value as string;

    public static DateOnly? Day(object? value) => value switch
    {
        null => null,
        DateOnly day => day,
        string text => DateOnly.Parse(text, System.Globalization.CultureInfo.InvariantCulture),
        _ => throw new GraphStoreException($"A validity bound holds {Describe(value)} where a DATE was expected."),
    };

    public static long Count(object? value) => value switch
    {
        long l => l,
        int i => i,
        double d => (long)d,
        _ => throw new GraphStoreException($"A count holds {Describe(value)} where an integer was expected."),
    };

    public static NodeLabel Label(object? value) =>
        Enum.TryParse<NodeLabel>(value as string, ignoreCase: false, out var label) && Enum.IsDefined(label)
            ? label
            : throw new GraphStoreException($"A node has label '{value}', which is not a NodeLabel. The database holds data this adapter did not write; check Graph:Neo4j:Database.");

    public static RelType Type(object? value) =>
        Enum.TryParse<RelType>(value as string, ignoreCase: false, out var type) && Enum.IsDefined(type)
            ? type
            : throw new GraphStoreException($"A relationship has type '{value}', which is not a RelType. The database holds data this adapter did not write; check Graph:Neo4j:Database.");

    public static NaturalKey? Key(object? value)
    {
        if (value is not string text)
        {
            return null;
        }

        var colon = text.IndexOf(':', StringComparison.Ordinal);
        return colon > 0 && Enum.TryParse<NaturalKeyKind>(text[..colon], out var kind)
            ? new NaturalKey(kind, text[(colon + 1)..])
            : throw new GraphStoreException($"A node's key '{text}' is not of the form Kind:Value.");
    }

    public static JsonObject Properties(object? value) => value switch
    {
        null => [],
        string json => JsonNode.Parse(json) as JsonObject ?? throw new GraphStoreException($"A record's props '{json}' is not a JSON object."),
        _ => throw new GraphStoreException($"A record's props hold {Describe(value)} where JSON text was expected."),
    };

    /// <summary>NFKC then invariant lower case, as name search compares; text that cannot be normalised is kept as is.</summary>
    public static string SearchText(string text)
    {
        string composed;
        try
        {
            composed = text.Normalize(NormalizationForm.FormKC);
        }
        catch (ArgumentException)
        {
            // A lone surrogate cannot be normalised; compare it as written.
            composed = text;
        }

        return composed.ToLowerInvariant();
    }

    public static Dictionary<string, object?> NodeRow(NodeRecord node)
    {
        var search = node.Name is null ? null : SearchText(node.Name);
        return new Dictionary<string, object?>
        {
            ["id"] = node.Id,
            ["label"] = node.Label.ToString(),
            ["name"] = node.Name,
            ["searchName"] = search,
            ["searchLength"] = search is null ? null : (long)search.Length,
            ["key"] = node.Key?.ToString(),
            ["props"] = node.Properties.ToJsonString(),
        };
    }

    public static Dictionary<string, object?> RelationshipRow(RelationshipRecord rel) => new()
    {
        ["id"] = rel.Id,
        ["start"] = rel.StartId,
        ["end"] = rel.EndId,
        ["validFrom"] = rel.ValidFrom,
        ["validTo"] = rel.ValidTo,
        ["props"] = rel.Properties.ToJsonString(),
    };

    private static string Describe(object? value) => value is null ? "null" : $"a {value.GetType().Name} ({value})";
}
