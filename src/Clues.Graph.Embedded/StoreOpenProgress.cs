namespace Clues.Graph.Embedded;

/// <summary>How far opening a store has got: rebuilding the in-memory index can take seconds on a large store.</summary>
/// <param name="Phase">What is being loaded: <c>nodes</c>, <c>relationships</c> or <c>adjacency</c>.</param>
/// <param name="Done">Rows processed in this phase so far.</param>
/// <param name="Total">Rows this phase will process.</param>
public sealed record StoreOpenProgress(string Phase, long Done, long Total);
