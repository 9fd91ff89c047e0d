using Clues.Core.Graph;

namespace Clues.Api.Resolvers;

/// <summary>
/// A node of a <see cref="SubgraphView"/>: its store id (loaded lazily as the full node) and drawing figures.
/// <see cref="Drawn"/> is the traversal's own reference (id, label, name) when there is one: a query asking only for
/// the drawable fields of the node is answered from it without reading the node (see <see cref="DrawnNode"/>), with
/// <see cref="EncodedId"/>, the node's global id already encoded for the subgraph's edges.
/// </summary>
internal sealed record SubgraphNodeView(string StoreId, int Depth, int Degree, int OmittedNeighbors, NodeRef? Drawn = null, string? EncodedId = null);
