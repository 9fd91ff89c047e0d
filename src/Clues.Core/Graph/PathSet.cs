namespace Clues.Core.Graph;

/// <summary>
/// Paths found, shortest first. <see cref="Truncated"/> is true when more paths matched than the
/// limit allowed. Two paths differ when their relationship sequences differ.
/// </summary>
public sealed record PathSet(IReadOnlyList<GraphPath> Paths, bool Truncated);
