namespace Clues.Core.Graph;

/// <summary>Counts over the whole store.</summary>
public sealed record GraphStats(long Nodes, long Relationships, IReadOnlyDictionary<NodeLabel, long> ByLabel, IReadOnlyDictionary<RelType, long> ByType);
