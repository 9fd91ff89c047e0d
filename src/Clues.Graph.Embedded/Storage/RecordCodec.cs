using System.Text.Json.Nodes;
using Clues.Core.Graph;
using Microsoft.Data.Sqlite;

namespace Clues.Graph.Embedded.Storage;

/// <summary>Turns rows into records and back. Properties are stored as the JSON text the caller gave, so they round-trip exactly.</summary>
internal static class RecordCodec
{
    /// <summary>Column order expected by <see cref="ReadNode"/>.</summary>
    public const string NodeColumns = "id, label, name, nkey, props";

    /// <summary>Column order expected by <see cref="ReadRelationship"/>.</summary>
    public const string RelationshipColumns =
        "r.id, r.type, s.id, e.id, r.valid_from, r.valid_to, r.props FROM rels r JOIN nodes s ON s.nid = r.start_nid JOIN nodes e ON e.nid = r.end_nid";

    public static string Json(JsonObject? properties) => properties?.ToJsonString() ?? "{}";

    public static JsonObject ParseProperties(string text) =>
        JsonNode.Parse(text) as JsonObject ?? [];

    public static string? KeyText(NaturalKey? key) => key?.ToString();

    public static NaturalKey? ParseKey(string? text)
    {
        if (text is null)
        {
            return null;
        }

        int colon = text.IndexOf(':', StringComparison.Ordinal);
        return new NaturalKey(Enum.Parse<NaturalKeyKind>(text.AsSpan(0, colon)), text[(colon + 1)..]);
    }

    public static NodeRecord ReadNode(SqliteDataReader reader, string? knownId = null) => new(
        knownId ?? reader.GetString(0),
        (NodeLabel)reader.GetInt32(1),
        reader.IsDBNull(2) ? null : reader.GetString(2),
        ParseKey(reader.IsDBNull(3) ? null : reader.GetString(3)),
        ParseProperties(reader.GetString(4)));

    public static RelationshipRecord ReadRelationship(SqliteDataReader reader) => new(
        reader.GetString(0),
        (RelType)reader.GetInt32(1),
        reader.GetString(2),
        reader.GetString(3),
        reader.IsDBNull(4) ? null : DateOnly.FromDayNumber(reader.GetInt32(4)),
        reader.IsDBNull(5) ? null : DateOnly.FromDayNumber(reader.GetInt32(5)),
        ParseProperties(reader.GetString(6)));

    public static object DbValue(object? value) => value ?? DBNull.Value;
}
