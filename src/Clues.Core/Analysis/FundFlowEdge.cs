using Clues.Core.Graph;

namespace Clues.Core.Analysis;

/// <summary>All payments from one payer to one payee that the trace followed, summed.</summary>
/// <param name="From">The payer (fund, unit or company).</param>
/// <param name="To">The payee (company or person).</param>
/// <param name="Depth">The hop at which the trace reached this edge (1 = paid by the source).</param>
/// <param name="Total">Sum of the payments in yuan.</param>
/// <param name="FirstPaidOn">Day of the earliest payment.</param>
/// <param name="LastPaidOn">Day of the latest payment.</param>
/// <param name="Payments">The payments, by day then id.</param>
public sealed record FundFlowEdge(NodeRef From, NodeRef To, int Depth, decimal Total, DateOnly FirstPaidOn, DateOnly LastPaidOn, IReadOnlyList<FlowPayment> Payments)
{
    /// <summary>How many payments the edge sums.</summary>
    public int PaymentCount => Payments.Count;
}
