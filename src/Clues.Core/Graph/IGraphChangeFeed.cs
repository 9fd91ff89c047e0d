namespace Clues.Core.Graph;

/// <summary>
/// A store that remembers, for a while, which nodes its recent writes touched. Derived in-memory views (the clue
/// catalog) use it to catch up with a few writes by re-reading only what changed, instead of re-reading everything
/// whenever <see cref="IGraphDataVersion.DataVersion"/> moves; at tens of writes a second a full re-read per write
/// costs more than the requests themselves.
/// </summary>
public interface IGraphChangeFeed : IGraphDataVersion
{
    /// <summary>
    /// The nodes touched by the writes after <paramref name="sinceVersion"/>: written, deleted, or at either end of a
    /// relationship written or deleted. <paramref name="version"/> is the data version the list runs up to; reading
    /// the listed nodes afterwards shows at least that version. False when the store no longer remembers that far
    /// back (or a write was too large to list); the caller must then read everything afresh.
    /// </summary>
    bool TryGetChangedNodes(long sinceVersion, out long version, out IReadOnlyCollection<string> nodeIds);
}
