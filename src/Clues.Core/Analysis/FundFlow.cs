namespace Clues.Core.Analysis;

/// <summary>The traced flow of money out of a source.</summary>
/// <param name="Nodes">The source first, then nodes by depth, then ordinal id.</param>
/// <param name="Edges">Aggregated payer → payee edges by depth, then payer id, then payee id.</param>
/// <param name="Truncated">True when a node at the last depth paid onward and those payments were not followed.</param>
/// <param name="Notes">Data that could not be traced, such as a payment with no recorded payee.</param>
public sealed record FundFlow(IReadOnlyList<FundFlowNode> Nodes, IReadOnlyList<FundFlowEdge> Edges, bool Truncated, IReadOnlyList<string> Notes);
