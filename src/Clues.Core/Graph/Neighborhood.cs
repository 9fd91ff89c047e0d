namespace Clues.Core.Graph;

/// <summary>
/// A subgraph shaped for drawing: the nodes taken (centre first, then in the order taken: by depth, then
/// ordinal id), every relationship (self-loops included) that passes the
/// filter between two taken nodes, and how much was left out. <see cref="TotalReachable"/> counts the
/// distinct nodes within the depth, the centre excluded, whether taken or not.
/// </summary>
public sealed record Neighborhood(
    string CenterId,
    IReadOnlyList<NeighborhoodNode> Nodes,
    IReadOnlyList<EdgeRef> Edges,
    int TotalReachable,
    int OmittedNodes)
{
    /// <summary>True when the node limit left nodes out.</summary>
    public bool Truncated => OmittedNodes > 0;
}

/// <summary>
/// A node in a neighbourhood: its distance from the centre, its degree under the filter and how many
/// of its distinct neighbours (under the filter) are not in the returned subgraph.
/// </summary>
public sealed record NeighborhoodNode(NodeRef Node, int Depth, int Degree, int OmittedNeighbors);
