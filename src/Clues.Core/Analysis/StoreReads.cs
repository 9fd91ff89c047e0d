using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Clues.Core.Graph;

namespace Clues.Core.Analysis;

/// <summary>
/// Small reads over the store port that every analysis repeats: one relationship type in one
/// direction, property values that may have been written as numbers or strings, and the
/// division tree under a jurisdiction.
/// </summary>
internal static class StoreReads
{
    /// <summary>The relationships of one type at a node, optionally only to nodes of one label.</summary>
    public static Task<IReadOnlyList<RelationshipRecord>> RelsAsync(
        IGraphStore store, string nodeId, RelType type, Direction direction, NodeLabel? otherLabel, CancellationToken cancellationToken) =>
        store.GetRelationshipsAsync(
            nodeId,
            new TraversalFilter(new HashSet<RelType> { type }, otherLabel is { } label ? new HashSet<NodeLabel> { label } : null, direction),
            cancellationToken);

    /// <summary>The node at the other end of <paramref name="rel"/> from <paramref name="nodeId"/>.</summary>
    public static string OtherEnd(RelationshipRecord rel, string nodeId) =>
        string.Equals(rel.StartId, nodeId, StringComparison.Ordinal) ? rel.EndId : rel.StartId;

    public static NodeRef Ref(NodeRecord record) => new(record.Id, record.Label, record.Name);

    public static EdgeRef Edge(RelationshipRecord rel) => new(rel.Id, rel.Type, rel.StartId, rel.EndId, rel.ValidFrom, rel.ValidTo);

    /// <summary>A numeric property; the seed writes decimals, hand-written data may carry strings.</summary>
    public static decimal? Number(JsonObject properties, string name)
    {
        if (properties[name] is not JsonValue value)
        {
            return null;
        }

        if (value.TryGetValue<decimal>(out var number))
        {
            return number;
        }

        if (value.TryGetValue<JsonElement>(out var element) && element.ValueKind == JsonValueKind.Number && element.TryGetDecimal(out var fromElement))
        {
            return fromElement;
        }

        return value.TryGetValue<string>(out var text) && decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var parsed)
            ? parsed
            : null;
    }

    public static string? Text(JsonObject properties, string name) =>
        properties[name] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    public static TEnum? EnumValue<TEnum>(JsonObject properties, string name) where TEnum : struct, Enum =>
        Text(properties, name) is { } text && Enum.TryParse<TEnum>(text, ignoreCase: false, out var parsed) && Enum.IsDefined(parsed)
            ? parsed
            : null;

    /// <summary>
    /// The jurisdiction and every division under it (PartOf, followed inwards), in the order found.
    /// A visited set guards against a PartOf cycle in bad data.
    /// </summary>
    public static async Task<IReadOnlyList<string>> JurisdictionTreeAsync(IGraphStore store, string jurisdictionId, CancellationToken cancellationToken)
    {
        var root = await store.GetNodeAsync(jurisdictionId, cancellationToken).ConfigureAwait(false)
            ?? throw new NodeNotFoundException(jurisdictionId);
        if (root.Label != NodeLabel.Jurisdiction)
        {
            throw new ArgumentException($"'{jurisdictionId}' is a {root.Label}, not a Jurisdiction.", nameof(jurisdictionId));
        }

        var seen = new HashSet<string>(StringComparer.Ordinal) { jurisdictionId };
        var order = new List<string> { jurisdictionId };
        for (var i = 0; i < order.Count; i++)
        {
            foreach (var part in await RelsAsync(store, order[i], RelType.PartOf, Direction.Incoming, NodeLabel.Jurisdiction, cancellationToken).ConfigureAwait(false))
            {
                if (seen.Add(part.StartId))
                {
                    order.Add(part.StartId);
                }
            }
        }

        return order;
    }

    /// <summary>Nodes of <paramref name="label"/> that sit (InJurisdiction) in any of the divisions.</summary>
    public static async Task<List<string>> SittingInAsync(IGraphStore store, IReadOnlyList<string> jurisdictions, NodeLabel label, CancellationToken cancellationToken)
    {
        var ids = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var jurisdiction in jurisdictions)
        {
            foreach (var rel in await RelsAsync(store, jurisdiction, RelType.InJurisdiction, Direction.Incoming, label, cancellationToken).ConfigureAwait(false))
            {
                if (seen.Add(rel.StartId))
                {
                    ids.Add(rel.StartId);
                }
            }
        }

        return ids;
    }

    /// <summary>People who ever held a post in one of the units (Unit ← PositionIn – Position ← Holds – Person).</summary>
    public static async Task<List<string>> PeopleWithPostsInAsync(IGraphStore store, IEnumerable<string> unitIds, CancellationToken cancellationToken)
    {
        var people = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var unit in unitIds)
        {
            foreach (var post in await RelsAsync(store, unit, RelType.PositionIn, Direction.Incoming, NodeLabel.Position, cancellationToken).ConfigureAwait(false))
            {
                foreach (var holds in await RelsAsync(store, post.StartId, RelType.Holds, Direction.Incoming, NodeLabel.Person, cancellationToken).ConfigureAwait(false))
                {
                    if (seen.Add(holds.StartId))
                    {
                        people.Add(holds.StartId);
                    }
                }
            }
        }

        return people;
    }

    /// <summary>Nodes by id through one batched read, remembered in <paramref name="cache"/>.</summary>
    public static async Task<IReadOnlyDictionary<string, NodeRecord>> LoadAsync(IGraphStore store, IEnumerable<string> ids, Dictionary<string, NodeRecord> cache, CancellationToken cancellationToken)
    {
        var missing = ids.Where(id => !cache.ContainsKey(id)).Distinct(StringComparer.Ordinal).ToList();
        if (missing.Count > 0)
        {
            foreach (var record in await store.GetNodesAsync(missing, cancellationToken).ConfigureAwait(false))
            {
                cache[record.Id] = record;
            }
        }

        return cache;
    }
}
