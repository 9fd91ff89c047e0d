using Clues.Core.Analysis;
using Clues.Core.Graph;
using Clues.Core.Identifiers;
using Clues.Core.Model;
using Clues.Core.Model.Taxonomy;

namespace Clues.Core.Tests.Analysis;

public sealed class FundFlowTracerEdgeTests
{
    private static int _payments;

    private static Company NewCompany(string id, string body) =>
        new(id, "公司" + id, CreditCode.FromBody(body), "法人", 1m, new DateOnly(2010, 1, 1));

    /// <summary>Fund f pays a; a and b pay each other (a cycle) and b pays c.</summary>
    private static GraphBatchBuilder Graph() =>
        new GraphBatchBuilder()
            .Add(new Fund("f", "专项资金", FundKind.Special, 1_000m, 2024))
            .Add(NewCompany("a", "91431400203093921"))
            .Add(NewCompany("b", "91431400203093922"))
            .Add(NewCompany("c", "91431400203093923"));

    private static GraphBatchBuilder Pay(GraphBatchBuilder b, string from, string to, decimal amount, DateOnly day)
    {
        var id = "pay-" + Interlocked.Increment(ref _payments);
        return b.Add(new Payment(id, amount, day, "款项", null)).Link(RelType.PaidFrom, id, from, day, day).Link(RelType.PaidTo, id, to, day, day);
    }

    private static async Task<FundFlow> TraceAsync(GraphBatchBuilder graph, int depth, TimeWindow? window = null)
    {
        await using var scratch = await ScratchStore.WithAsync(graph);
        return await new FundFlowTracer(scratch.Store).TraceAsync(new FundFlowQuery("f", depth, window));
    }

    [Fact]
    public async Task A_cycle_of_payments_ends_and_the_edge_closing_it_is_still_reported()
    {
        var g = Graph();
        Pay(g, "f", "a", 100m, new DateOnly(2024, 1, 1));
        Pay(g, "a", "b", 60m, new DateOnly(2024, 1, 5));
        Pay(g, "b", "a", 10m, new DateOnly(2024, 1, 9));
        Pay(g, "b", "c", 20m, new DateOnly(2024, 1, 9));

        var flow = await TraceAsync(g, 5);

        Assert.Equal(["f", "a", "b", "c"], flow.Nodes.Select(n => n.Node.Id));
        Assert.Equal([("f", "a", 1), ("a", "b", 2), ("b", "a", 3), ("b", "c", 3)], flow.Edges.Select(e => (e.From.Id, e.To.Id, e.Depth)));
        var a = flow.Nodes.Single(n => n.Node.Id == "a");
        Assert.Equal(110m, a.Received);
        Assert.Equal(60m, a.PaidOut);
        Assert.False(flow.Truncated);
    }

    [Fact]
    public async Task Payments_between_the_same_payer_and_payee_are_summed_with_their_first_and_last_days()
    {
        var g = Graph();
        Pay(g, "f", "a", 100m, new DateOnly(2024, 3, 1));
        Pay(g, "f", "a", 250.5m, new DateOnly(2024, 1, 1));

        var edge = Assert.Single((await TraceAsync(g, 1)).Edges);

        Assert.Equal(350.5m, edge.Total);
        Assert.Equal(2, edge.PaymentCount);
        Assert.Equal(new DateOnly(2024, 1, 1), edge.FirstPaidOn);
        Assert.Equal(new DateOnly(2024, 3, 1), edge.LastPaidOn);
    }

    [Fact]
    public async Task A_window_keeps_only_payments_made_inside_it_boundaries_included()
    {
        var g = Graph();
        Pay(g, "f", "a", 1m, new DateOnly(2024, 1, 1));
        Pay(g, "f", "a", 2m, new DateOnly(2024, 1, 31));
        Pay(g, "f", "b", 4m, new DateOnly(2024, 2, 1));

        var flow = await TraceAsync(g, 1, new TimeWindow(new DateOnly(2024, 1, 1), new DateOnly(2024, 1, 31)));

        var edge = Assert.Single(flow.Edges);
        Assert.Equal(3m, edge.Total);
    }

    [Fact]
    public async Task A_payment_without_a_payee_is_noted_and_not_followed()
    {
        var g = Graph().Add(new Payment("orphan", 9m, new DateOnly(2024, 1, 1), "款项", "V-9")).Link(RelType.PaidFrom, "orphan", "f");

        var flow = await TraceAsync(g, 2);

        Assert.Empty(flow.Edges);
        Assert.Single(flow.Nodes);
        Assert.Contains(flow.Notes, n => n.Contains("orphan", StringComparison.Ordinal));
    }
}
