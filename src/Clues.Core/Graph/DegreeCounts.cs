namespace Clues.Core.Graph;

/// <summary>How many relationships of a node pass a filter, split by direction and type. A self-loop counts once each way.</summary>
public sealed record DegreeCounts(string NodeId, int Total, int Outgoing, int Incoming, IReadOnlyDictionary<RelType, int> ByType);
