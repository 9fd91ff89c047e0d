namespace Clues.Graph.Embedded.Memory;

/// <summary>Orders a node's edges by the id of the node they lead to, then by edge id.</summary>
internal sealed class CandidateComparer : IComparer<int>
{
    private readonly GraphIndex _graph;

    public CandidateComparer(GraphIndex graph) => _graph = graph;

    /// <summary>The node the edges are walked from.</summary>
    public int From { get; set; }

    public int Compare(int x, int y)
    {
        int byNode = string.CompareOrdinal(_graph.NodeIds[Other(x)], _graph.NodeIds[Other(y)]);
        return byNode != 0 ? byNode : _graph.CompareEdgeIds(x, y);
    }

    private int Other(int edge) => _graph.EdgeStart[edge] == From ? _graph.EdgeEnd[edge] : _graph.EdgeStart[edge];
}
