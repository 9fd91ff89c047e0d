namespace Clues.Api.Resolvers;

/// <summary>The GraphQL <c>Path</c>: the store ids of its nodes (loaded lazily as full nodes) and its edges.</summary>
/// <remarks>Hidden nodes and the edges touching them are left out; <see cref="Length"/> still counts every hop.</remarks>
internal sealed record PathView(IReadOnlyList<string> NodeIds, IReadOnlyList<EdgeView> Edges, int HiddenNodes = 0, int? Hops = null)
{
    public int Length => Hops ?? Edges.Count;
}
