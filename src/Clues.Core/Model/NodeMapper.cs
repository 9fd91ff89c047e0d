using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Clues.Core.Graph;

namespace Clues.Core.Model;

/// <summary>
/// Maps typed domain nodes to the store's records and back. Properties are the record's JSON form
/// (camelCase, enums as their English names, dates as ISO 8601) without the id, which the store keeps apart.
/// </summary>
public static class NodeMapper
{
    /// <summary>The JSON options used for node and relationship properties everywhere.</summary>
    public static JsonSerializerOptions JsonOptions { get; } = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    private static readonly Dictionary<Type, NodeLabel> LabelsByType = new()
    {
        [typeof(Person)] = NodeLabel.Person,
        [typeof(Unit)] = NodeLabel.Unit,
        [typeof(Position)] = NodeLabel.Position,
        [typeof(Company)] = NodeLabel.Company,
        [typeof(Project)] = NodeLabel.Project,
        [typeof(Fund)] = NodeLabel.Fund,
        [typeof(Payment)] = NodeLabel.Payment,
        [typeof(Clue)] = NodeLabel.Clue,
        [typeof(InspectionRound)] = NodeLabel.InspectionRound,
        [typeof(InspectionGroup)] = NodeLabel.InspectionGroup,
        [typeof(Body)] = NodeLabel.Body,
        [typeof(Jurisdiction)] = NodeLabel.Jurisdiction,
    };

    private static readonly Dictionary<NodeLabel, Type> TypesByLabel = LabelsByType.ToDictionary(p => p.Value, p => p.Key);

    /// <summary>The label a domain type is stored under.</summary>
    public static NodeLabel LabelOf(Type nodeType) =>
        LabelsByType.TryGetValue(nodeType, out var label)
            ? label
            : throw new ArgumentException($"{nodeType.Name} is not a domain node type; add it to {nameof(NodeMapper)}.", nameof(nodeType));

    /// <summary>The domain type stored under a label.</summary>
    public static Type TypeOf(NodeLabel label) => TypesByLabel[label];

    /// <summary>The store record for a domain node.</summary>
    public static NodeRecord ToRecord(IGraphNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        if (string.IsNullOrWhiteSpace(node.Id))
        {
            throw new ArgumentException($"A {node.GetType().Name} needs a non-empty id.", nameof(node));
        }

        var properties = JsonSerializer.SerializeToNode(node, node.GetType(), JsonOptions)!.AsObject();
        properties.Remove("id");
        return new NodeRecord(node.Id, LabelOf(node.GetType()), node.DisplayName, node.Key, properties);
    }

    /// <summary>The domain node for a store record; identifiers are checked again on the way in.</summary>
    public static IGraphNode FromRecord(NodeRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var json = record.Properties.DeepClone().AsObject();
        json["id"] = record.Id;
        return (IGraphNode)json.Deserialize(TypeOf(record.Label), JsonOptions)!;
    }

    /// <summary>The domain node of type <typeparamref name="T"/> for a store record.</summary>
    public static T FromRecord<T>(NodeRecord record) where T : class, IGraphNode =>
        FromRecord(record) as T
        ?? throw new InvalidOperationException($"Node '{record.Id}' is a {record.Label}, not a {typeof(T).Name}.");

    /// <summary>Properties for a relationship from an anonymous object or record, in the same JSON form as nodes.</summary>
    public static JsonObject Properties(object? value) =>
        value is null ? [] : JsonSerializer.SerializeToNode(value, value.GetType(), JsonOptions)!.AsObject();
}
