using Clues.Core.Analysis;

namespace Clues.Core.Tests.Analysis;

[Collection(DemoStoreCollection.Name)]
public sealed class FundFlowTracerScenarioTests(DemoStoreFixture fixture)
{
    [Fact]
    public async Task The_diverted_fund_flows_to_company_a_and_on_to_company_b_with_the_planted_amounts_and_days()
    {
        var s = fixture.Scenarios.DivertedFund;

        var flow = await new FundFlowTracer(fixture.Store).TraceAsync(new FundFlowQuery(s.FundId, MaxDepth: 2));

        var first = Assert.Single(flow.Edges, e => e.From.Id == "fund-s2" && e.To.Id == "co-s2a");
        Assert.Equal(1, first.Depth);
        Assert.Equal(3_860_000m, first.Total);
        Assert.Equal(new DateOnly(2024, 5, 16), first.FirstPaidOn);
        Assert.Equal("pay-s2-1", Assert.Single(first.Payments).Payment.Id);

        var second = Assert.Single(flow.Edges, e => e.From.Id == "co-s2a" && e.To.Id == "co-s2b");
        Assert.Equal(2, second.Depth);
        Assert.Equal(3_420_000m, second.Total);
        Assert.Equal(new DateOnly(2024, 5, 21), second.LastPaidOn);
        Assert.Equal("pay-s2-2", Assert.Single(second.Payments).Payment.Id);
        Assert.Equal("材料采购款", second.Payments[0].Purpose);

        Assert.Equal("fund-s2", flow.Nodes[0].Node.Id);
        Assert.Equal(0, flow.Nodes[0].Depth);
        Assert.Equal(2, Assert.Single(flow.Nodes, n => n.Node.Id == "co-s2b").Depth);
    }

    [Fact]
    public async Task Tracing_one_hop_stops_at_company_a_and_says_the_trace_was_cut()
    {
        var flow = await new FundFlowTracer(fixture.Store).TraceAsync(new FundFlowQuery(fixture.Scenarios.DivertedFund.FundId, MaxDepth: 1));

        Assert.All(flow.Edges, e => Assert.Equal(1, e.Depth));
        Assert.DoesNotContain(flow.Nodes, n => n.Node.Id == "co-s2b");
        Assert.True(flow.Truncated);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(6)]
    public async Task A_depth_outside_one_to_five_is_refused(int depth)
    {
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() =>
            new FundFlowTracer(fixture.Store).TraceAsync(new FundFlowQuery(fixture.Scenarios.DivertedFund.FundId, depth)));
    }
}
