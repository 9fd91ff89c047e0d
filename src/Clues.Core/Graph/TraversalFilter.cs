namespace Clues.Core.Graph;

/// <summary>
/// What a traversal may follow. <see cref="RelTypes"/> null means every type;
/// <see cref="NodeLabels"/> null means every label, and applies to the nodes a traversal reaches,
/// never to the node it starts from or (for paths) the node it must end at.
/// </summary>
public sealed record TraversalFilter(
    IReadOnlySet<RelType>? RelTypes = null,
    IReadOnlySet<NodeLabel>? NodeLabels = null,
    Direction Direction = Direction.Both,
    TimeWindow? Window = null)
{
    /// <summary>Follow everything, both ways, at any time.</summary>
    public static TraversalFilter All { get; } = new();
}
