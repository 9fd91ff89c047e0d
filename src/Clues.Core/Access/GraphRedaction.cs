using Clues.Core.Graph;

namespace Clues.Core.Access;

/// <summary>
/// Applies visibility to traversal results. The predicate is supplied by the caller (typically
/// <see cref="VisibilityFilter.IsVisible(string, Identifiers.DivisionCode?)"/> after looking up each node's
/// jurisdiction) because the traversal result itself carries no jurisdiction.
/// </summary>
public static class GraphRedaction
{
    /// <summary>Removes hidden nodes (and their relationships) from a neighbourhood, counting what was hidden.</summary>
    /// <param name="neighborhood">The full neighbourhood from the store.</param>
    /// <param name="isVisible">Whether the caller may see a node.</param>
    /// <returns>The visible part and the hidden counts.</returns>
    public static RedactedNeighborhood Redact(Neighborhood neighborhood, Func<NodeRef, bool> isVisible)
    {
        ArgumentNullException.ThrowIfNull(neighborhood);
        ArgumentNullException.ThrowIfNull(isVisible);

        var hidden = new HashSet<string>(StringComparer.Ordinal);
        foreach (var node in neighborhood.Nodes)
        {
            if (!isVisible(node.Node))
            {
                hidden.Add(node.Node.Id);
            }
        }

        if (hidden.Contains(neighborhood.CenterId))
        {
            // Nothing around a hidden centre may be shown, not even its visible neighbours: they would reveal it.
            var empty = neighborhood with { Nodes = [], Edges = [], OmittedNodes = neighborhood.TotalReachable };
            return new RedactedNeighborhood(empty, neighborhood.Nodes.Count, new Dictionary<string, int>(StringComparer.Ordinal));
        }

        if (hidden.Count == 0)
        {
            return new RedactedNeighborhood(neighborhood, 0, new Dictionary<string, int>(StringComparer.Ordinal));
        }

        // Count distinct hidden neighbours per visible node (several parallel edges are one connection).
        var hiddenPairs = new HashSet<(string Visible, string Hidden)>();
        var edges = new List<EdgeRef>(neighborhood.Edges.Count);
        foreach (var edge in neighborhood.Edges)
        {
            var startHidden = hidden.Contains(edge.StartId);
            var endHidden = hidden.Contains(edge.EndId);
            if (!startHidden && !endHidden)
            {
                edges.Add(edge);
            }
            else if (startHidden != endHidden)
            {
                hiddenPairs.Add(startHidden ? (edge.EndId, edge.StartId) : (edge.StartId, edge.EndId));
            }
        }

        var perNode = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (visible, _) in hiddenPairs)
        {
            perNode[visible] = perNode.GetValueOrDefault(visible) + 1;
        }

        var nodes = new List<NeighborhoodNode>(neighborhood.Nodes.Count - hidden.Count);
        foreach (var node in neighborhood.Nodes)
        {
            if (!hidden.Contains(node.Node.Id))
            {
                nodes.Add(perNode.TryGetValue(node.Node.Id, out var extra)
                    ? node with { OmittedNeighbors = node.OmittedNeighbors + extra }
                    : node);
            }
        }

        var redacted = neighborhood with { Nodes = nodes, Edges = edges, OmittedNodes = neighborhood.OmittedNodes + hidden.Count };
        return new RedactedNeighborhood(redacted, hidden.Count, perNode);
    }

    /// <summary>Replaces hidden nodes of a path, and the relationships touching them, with null placeholders.</summary>
    /// <param name="path">The full path from the store.</param>
    /// <param name="isVisible">Whether the caller may see a node.</param>
    /// <returns>The redacted path.</returns>
    public static RedactedPath Redact(GraphPath path, Func<NodeRef, bool> isVisible)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(isVisible);

        var nodes = new NodeRef?[path.Nodes.Count];
        var hiddenCount = 0;
        for (var i = 0; i < nodes.Length; i++)
        {
            var node = path.Nodes[i];
            if (isVisible(node))
            {
                nodes[i] = node;
            }
            else
            {
                hiddenCount++;
            }
        }

        // Edge i joins node i and node i + 1; its id alone could be looked up, so it goes when either end is hidden.
        var edges = new EdgeRef?[path.Edges.Count];
        for (var i = 0; i < edges.Length; i++)
        {
            var bothVisible = i + 1 < nodes.Length && nodes[i] is not null && nodes[i + 1] is not null;
            edges[i] = bothVisible ? path.Edges[i] : null;
        }

        return new RedactedPath(nodes, edges, hiddenCount);
    }
}
