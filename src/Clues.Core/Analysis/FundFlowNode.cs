using Clues.Core.Graph;

namespace Clues.Core.Analysis;

/// <summary>A node money reached, with what the traced edges carried in and out of it.</summary>
/// <param name="Node">The node.</param>
/// <param name="Depth">Hops from the source when first reached (the source is 0).</param>
/// <param name="Received">Sum of traced payments into the node, in yuan.</param>
/// <param name="PaidOut">Sum of traced payments out of the node, in yuan.</param>
public sealed record FundFlowNode(NodeRef Node, int Depth, decimal Received, decimal PaidOut);
