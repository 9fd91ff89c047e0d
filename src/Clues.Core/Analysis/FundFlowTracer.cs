using Clues.Core.Graph;
using Clues.Core.Model;

namespace Clues.Core.Analysis;

/// <summary>
/// Follows money out of a fund breadth first: Fund ← PaidFrom – Payment – PaidTo → payee, then the
/// payments whose PaidFrom is that payee, and so on up to the requested depth. Payments between
/// the same payer and payee are summed into one edge that keeps every payment and its day. Each
/// node is expanded once (at the depth it was first reached), so a cycle of payments ends instead
/// of looping; the edge that closes a cycle is still reported.
/// </summary>
public sealed class FundFlowTracer
{
    private readonly IGraphStore _store;

    /// <summary>Creates a tracer reading from <paramref name="store"/>.</summary>
    public FundFlowTracer(IGraphStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        _store = store;
    }

    /// <summary>
    /// Traces the flow. An unknown source raises <see cref="NodeNotFoundException"/>; a depth outside
    /// 1 to <see cref="FundFlowQuery.MaxDepthLimit"/> raises <see cref="ArgumentOutOfRangeException"/>.
    /// </summary>
    public async Task<FundFlow> TraceAsync(FundFlowQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (query.MaxDepth is < 1 or > FundFlowQuery.MaxDepthLimit)
        {
            throw new ArgumentOutOfRangeException(nameof(query), query.MaxDepth, $"MaxDepth must be 1 to {FundFlowQuery.MaxDepthLimit}.");
        }

        var source = await _store.GetNodeAsync(query.SourceId, cancellationToken).ConfigureAwait(false)
            ?? throw new NodeNotFoundException(query.SourceId);
        var window = Interval.Of(query.Window);
        var cache = new Dictionary<string, NodeRecord>(StringComparer.Ordinal) { [source.Id] = source };
        var depthOf = new Dictionary<string, int>(StringComparer.Ordinal) { [source.Id] = 0 };
        var edges = new Dictionary<(string From, string To), (int Depth, List<FlowPayment> Payments)>();
        var notes = new List<string>();
        var frontier = new List<string> { source.Id };
        var truncated = false;

        for (var depth = 1; depth <= query.MaxDepth + 1 && frontier.Count > 0; depth++)
        {
            var next = new List<string>();
            foreach (var payerId in frontier)
            {
                var outgoing = await OutgoingPaymentsAsync(payerId, window, cache, notes, cancellationToken).ConfigureAwait(false);
                if (depth > query.MaxDepth)
                {
                    // One probe past the limit tells the caller the trace was cut, without following it.
                    truncated |= outgoing.Count > 0;
                    continue;
                }

                foreach (var payment in outgoing)
                {
                    var payeeId = payment.PaidTo.EndId;
                    var key = (payerId, payeeId);
                    if (!edges.TryGetValue(key, out var edge))
                    {
                        edge = (depth, []);
                        edges[key] = edge;
                    }

                    edge.Payments.Add(payment);
                    if (depthOf.TryAdd(payeeId, depth))
                    {
                        next.Add(payeeId);
                    }
                }
            }

            next.Sort(StringComparer.Ordinal);
            frontier = next;
        }

        var nodes = await StoreReads.LoadAsync(_store, depthOf.Keys, cache, cancellationToken).ConfigureAwait(false);
        var flowEdges = edges
            .Select(e =>
            {
                var payments = e.Value.Payments.OrderBy(p => p.PaidOn).ThenBy(p => p.Payment.Id, StringComparer.Ordinal).ToList();
                return new FundFlowEdge(
                    StoreReads.Ref(nodes[e.Key.From]), StoreReads.Ref(nodes[e.Key.To]), e.Value.Depth,
                    payments.Sum(p => p.Amount), payments[0].PaidOn, payments[^1].PaidOn, payments);
            })
            .OrderBy(e => e.Depth).ThenBy(e => e.From.Id, StringComparer.Ordinal).ThenBy(e => e.To.Id, StringComparer.Ordinal)
            .ToList();
        var flowNodes = depthOf
            .OrderBy(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => new FundFlowNode(
                StoreReads.Ref(nodes[p.Key]),
                p.Value,
                flowEdges.Where(e => e.To.Id == p.Key).Sum(e => e.Total),
                flowEdges.Where(e => e.From.Id == p.Key).Sum(e => e.Total)))
            .ToList();
        return new FundFlow(flowNodes, flowEdges, truncated, notes);
    }

    /// <summary>The payments a node made inside the window, each with its payee.</summary>
    private async Task<List<FlowPayment>> OutgoingPaymentsAsync(string payerId, Interval window, Dictionary<string, NodeRecord> cache, List<string> notes, CancellationToken cancellationToken)
    {
        var paidFrom = await StoreReads.RelsAsync(_store, payerId, RelType.PaidFrom, Direction.Incoming, NodeLabel.Payment, cancellationToken).ConfigureAwait(false);
        var paymentNodes = await StoreReads.LoadAsync(_store, paidFrom.Select(p => p.StartId), cache, cancellationToken).ConfigureAwait(false);
        var result = new List<FlowPayment>();
        foreach (var fromEdge in paidFrom)
        {
            if (!paymentNodes.TryGetValue(fromEdge.StartId, out var node))
            {
                continue;
            }

            var payment = NodeMapper.FromRecord<Payment>(node);
            if (!window.Contains(payment.PaidOn))
            {
                continue;
            }

            var paidTo = await StoreReads.RelsAsync(_store, node.Id, RelType.PaidTo, Direction.Outgoing, null, cancellationToken).ConfigureAwait(false);
            if (paidTo.Count == 0)
            {
                notes.Add($"Payment {node.Id} ({payment.Amount} yuan on {payment.PaidOn:yyyy-MM-dd}) has no recorded payee; the money cannot be followed.");
                continue;
            }

            // A payment split between payees has no recorded shares; each payee is credited in full and the note says so.
            if (paidTo.Count > 1)
            {
                notes.Add($"Payment {node.Id} names {paidTo.Count} payees; each edge counts its full amount.");
            }

            foreach (var toEdge in paidTo)
            {
                result.Add(new FlowPayment(StoreReads.Ref(node), payment.Amount, payment.PaidOn, payment.Purpose, payment.VoucherNo, StoreReads.Edge(fromEdge), StoreReads.Edge(toEdge)));
            }
        }

        return result;
    }
}
