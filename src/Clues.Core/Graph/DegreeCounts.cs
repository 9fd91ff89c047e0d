namespace Clues.Core.Graph;

/// <summary>
/// How many relationships of a node pass a filter, split by direction and type. <see cref="Total"/> counts each
/// relationship once; a self-loop that passes the filter adds one to Total, one to Outgoing and one to
/// Incoming, whatever the filter's direction (so Outgoing + Incoming may exceed Total).
/// </summary>
public sealed record DegreeCounts(string NodeId, int Total, int Outgoing, int Incoming, IReadOnlyDictionary<RelType, int> ByType);
