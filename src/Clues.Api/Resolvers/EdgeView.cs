using Clues.Core.Graph;

namespace Clues.Api.Resolvers;

/// <summary>
/// The GraphQL <c>GraphEdge</c>: a relationship with opaque ids for itself and both ends. The edge's own id is encoded
/// only when asked for: a drawing of a 2-hop neighbourhood holds over a thousand edges, and most queries select only
/// type, source and target.
/// </summary>
internal sealed class EdgeView
{
    private readonly EdgeRef _edge;
    private string? _id;

    private EdgeView(EdgeRef edge, string source, string target)
    {
        _edge = edge;
        Source = source;
        Target = target;
    }

    public string Id => _id ??= GlobalId.EncodeRelationship(_edge.Id);

    public RelType Type => _edge.Type;

    public string Source { get; }

    public string Target { get; }

    public DateOnly? ValidFrom => _edge.ValidFrom;

    public DateOnly? ValidTo => _edge.ValidTo;

    /// <summary>Encodes an edge; <paramref name="labels"/> gives the label of both ends (every end is a node of the same answer).</summary>
    public static EdgeView From(EdgeRef edge, IReadOnlyDictionary<string, NodeLabel> labels) => new(
        edge,
        GlobalId.Encode(labels[edge.StartId], edge.StartId),
        GlobalId.Encode(labels[edge.EndId], edge.EndId));

    /// <summary>Encodes an edge whose ends' global ids are already known (<paramref name="globalIds"/>, by store id).</summary>
    public static EdgeView From(EdgeRef edge, Dictionary<string, string> globalIds) => new(
        edge,
        globalIds[edge.StartId],
        globalIds[edge.EndId]);
}
