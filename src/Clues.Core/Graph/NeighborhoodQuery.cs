namespace Clues.Core.Graph;

/// <summary>
/// A k-hop neighbourhood request. <see cref="Depth"/> is 1 to 3. <see cref="NodeLimit"/> (at least 1) caps the
/// nodes returned, the centre included; nodes are taken nearest first, and within one depth in
/// ascending id order so the same request gives the same answer.
/// </summary>
public sealed record NeighborhoodQuery(int Depth = 2, TraversalFilter? Filter = null, int NodeLimit = 500)
{
    /// <summary>The deepest neighbourhood a request may ask for.</summary>
    public const int MaxDepth = 3;
}
