using Clues.Core.Graph;

namespace Clues.Api.Resolvers;

/// <summary>The GraphQL <c>GraphEdge</c>: a relationship with opaque ids for itself and both ends.</summary>
internal sealed record EdgeView(string Id, RelType Type, string Source, string Target, DateOnly? ValidFrom, DateOnly? ValidTo)
{
    /// <summary>Encodes an edge; <paramref name="labels"/> gives the label of both ends (every end is a node of the same answer).</summary>
    public static EdgeView From(EdgeRef edge, IReadOnlyDictionary<string, NodeLabel> labels) => new(
        GlobalId.EncodeRelationship(edge.Id),
        edge.Type,
        GlobalId.Encode(labels[edge.StartId], edge.StartId),
        GlobalId.Encode(labels[edge.EndId], edge.EndId),
        edge.ValidFrom,
        edge.ValidTo);

    /// <summary>Encodes an edge whose ends' global ids are already known (<paramref name="globalIds"/>, by store id).</summary>
    public static EdgeView From(EdgeRef edge, Dictionary<string, string> globalIds) => new(
        GlobalId.EncodeRelationship(edge.Id),
        edge.Type,
        globalIds[edge.StartId],
        globalIds[edge.EndId],
        edge.ValidFrom,
        edge.ValidTo);
}
