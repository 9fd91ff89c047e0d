namespace Clues.Api.Resolvers;

/// <summary>The GraphQL <c>Path</c>: the store ids of its nodes (loaded lazily as full nodes) and its edges.</summary>
internal sealed record PathView(IReadOnlyList<string> NodeIds, IReadOnlyList<EdgeView> Edges)
{
    public int Length => Edges.Count;
}
