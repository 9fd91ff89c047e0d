namespace Clues.Api.Resolvers;

/// <summary>
/// The GraphQL <c>Subgraph</c>: a drawable neighbourhood or connecting network. <see cref="HiddenNodes"/> counts the
/// nodes left out because the caller may not see them (apart from <see cref="OmittedNodes"/>, which the limit left out).
/// </summary>
internal sealed record SubgraphView(
    IReadOnlyList<SubgraphNodeView> Nodes,
    IReadOnlyList<EdgeView> Edges,
    int TotalReachable,
    int OmittedNodes,
    int HiddenNodes = 0)
{
    public bool Truncated => OmittedNodes > 0;
}
