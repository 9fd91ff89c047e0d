namespace Clues.Api.Resolvers;

/// <summary>The GraphQL <c>Subgraph</c>: a drawable neighbourhood or connecting network.</summary>
internal sealed record SubgraphView(
    IReadOnlyList<SubgraphNodeView> Nodes,
    IReadOnlyList<EdgeView> Edges,
    int TotalReachable,
    int OmittedNodes)
{
    public bool Truncated => OmittedNodes > 0;
}
