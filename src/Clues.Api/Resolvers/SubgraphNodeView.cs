namespace Clues.Api.Resolvers;

/// <summary>A node of a <see cref="SubgraphView"/>: its store id (loaded lazily as the full node) and drawing figures.</summary>
internal sealed record SubgraphNodeView(string StoreId, int Depth, int Degree, int OmittedNeighbors);
