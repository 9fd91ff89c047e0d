using Clues.Core.Graph;

namespace Clues.Core.Access;

/// <summary>
/// A path whose hidden nodes are placeholders: a null entry in <see cref="Nodes"/> stands for one hidden node and
/// a null in <see cref="Edges"/> for a relationship touching one, so the path keeps its length and shape (the
/// caller learns a connection exists) without ids or names.
/// </summary>
/// <param name="Nodes">The nodes in order; null where hidden.</param>
/// <param name="Edges">The relationships in order; null where either end is hidden.</param>
/// <param name="HiddenNodes">How many nodes are hidden.</param>
public sealed record RedactedPath(IReadOnlyList<NodeRef?> Nodes, IReadOnlyList<EdgeRef?> Edges, int HiddenNodes);
