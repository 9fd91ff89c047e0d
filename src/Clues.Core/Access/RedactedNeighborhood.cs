using Clues.Core.Graph;

namespace Clues.Core.Access;

/// <summary>
/// A neighbourhood with the nodes the caller may not see removed. Hidden nodes are counted, never named, so the
/// UI can say that a hidden connection exists without revealing whom it leads to.
/// </summary>
/// <param name="Neighborhood">
/// The visible part: hidden nodes and their relationships removed; each visible node's
/// <see cref="NeighborhoodNode.OmittedNeighbors"/> and the total <see cref="Neighborhood.OmittedNodes"/> include
/// the hidden ones. Empty (no nodes) when the centre itself is hidden.
/// </param>
/// <param name="HiddenNodes">How many taken nodes were hidden.</param>
/// <param name="HiddenNeighbors">For each visible node with hidden neighbours, how many (by node id).</param>
public sealed record RedactedNeighborhood(
    Neighborhood Neighborhood,
    int HiddenNodes,
    IReadOnlyDictionary<string, int> HiddenNeighbors);
