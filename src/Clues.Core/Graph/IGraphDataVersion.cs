namespace Clues.Core.Graph;

/// <summary>
/// A store that can tell whether its data changed: a number that grows with every committed write. Caches of
/// derived results (analysis answers) put it in their keys, so a write makes every older entry unreachable
/// instead of having to find and evict what it affected.
/// </summary>
public interface IGraphDataVersion
{
    /// <summary>
    /// Grows by at least one with each committed write and is raised only after the write is visible to reads, so
    /// a result computed after reading version <c>v</c> reflects every write up to <c>v</c>. It starts again when
    /// the store is opened; callers that keep entries across processes must add something that tells opens apart.
    /// </summary>
    long DataVersion { get; }
}
