namespace Clues.Core.Graph;

/// <summary>A path: nodes from start to end and the relationships between consecutive nodes.</summary>
public sealed record GraphPath(IReadOnlyList<NodeRef> Nodes, IReadOnlyList<EdgeRef> Edges)
{
    /// <summary>The number of relationships on the path.</summary>
    public int Length => Edges.Count;
}
