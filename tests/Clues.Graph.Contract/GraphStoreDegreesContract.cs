using Clues.Core.Graph;
using static Clues.Graph.Contract.ContractGraph;

namespace Clues.Graph.Contract;

/// <summary>
/// <see cref="IGraphStore.GetDegreesAsync"/> on <see cref="ContractGraph"/>. <see cref="DegreeCounts.Total"/> is read as
/// the number of relationships of the node that pass the filter: a self-loop is one relationship, so it adds one to
/// Total, one to Outgoing and one to Incoming ("counts once each way").
/// </summary>
public abstract class GraphStoreDegreesContract : GraphStoreContractBase
{
    private async Task<DegreeCounts> DegreeOfAsync(string id, TraversalFilter? filter = null) =>
        Assert.Single(await Store.GetDegreesAsync([id], filter));

    /// <summary>The entries of a by-type map that are not zero (a store may or may not list zeros).</summary>
    private static Dictionary<RelType, int> NonZero(IReadOnlyDictionary<RelType, int> byType) =>
        byType.Where(kv => kv.Value != 0).ToDictionary(kv => kv.Key, kv => kv.Value);

    [Fact]
    public async Task Degrees_are_split_by_direction()
    {
        // a03 starts r04, r06, r07 and ends r13.
        var d = await DegreeOfAsync(ZhangXiuyuan);

        Assert.Equal(ZhangXiuyuan, d.NodeId);
        Assert.Equal(4, d.Total);
        Assert.Equal(3, d.Outgoing);
        Assert.Equal(1, d.Incoming);
    }

    [Fact]
    public async Task Degrees_are_split_by_type()
    {
        var d = await DegreeOfAsync(ZhangXiuyuan);

        Assert.Equal(new Dictionary<RelType, int>
        {
            [RelType.RelativeOf] = 1,
            [RelType.AssociateOf] = 1,
            [RelType.LegalRepresentativeOf] = 1,
            [RelType.ShareholderOf] = 1,
        }, NonZero(d.ByType));
    }

    [Fact]
    public async Task Parallel_edges_each_count()
    {
        // a40: r08, r09 (parallel, from a30) and r10 (from a12), all incoming.
        var d = await DegreeOfAsync(BinjiangRoadProject);

        Assert.Equal((3, 0, 3), (d.Total, d.Outgoing, d.Incoming));
        Assert.Equal(new Dictionary<RelType, int> { [RelType.Contracted] = 2, [RelType.OwnsProject] = 1 }, NonZero(d.ByType));
    }

    [Fact]
    public async Task A_self_loop_counts_once_each_way()
    {
        // a31: r14 comes in from a04; r15 goes out of and into a31. Two relationships: out 1, in 2.
        var d = await DegreeOfAsync(HuaxinTrading);

        Assert.Equal(1, d.Outgoing);
        Assert.Equal(2, d.Incoming);
        Assert.Equal(2, d.Total);
        Assert.Equal(new Dictionary<RelType, int> { [RelType.ShareholderOf] = 2 }, NonZero(d.ByType));
    }

    [Fact]
    public async Task A_self_loop_passing_an_outgoing_filter_still_counts_once_each_way()
    {
        // The filter picks relationships (r15 starts at a31, r14 does not); the counts then split what passed.
        // r15 both starts and ends at a31, so it is one relationship, once outgoing and once incoming.
        var d = await DegreeOfAsync(HuaxinTrading, new TraversalFilter(Direction: Direction.Outgoing));

        Assert.Equal((1, 1, 1), (d.Total, d.Outgoing, d.Incoming));
    }

    [Fact]
    public async Task A_self_loop_passes_a_label_filter_of_its_own_node()
    {
        // Companies only: r14's other end is a04 (a Person) and drops out; r15's other end is a31 itself, a Company.
        var d = await DegreeOfAsync(HuaxinTrading, new TraversalFilter(NodeLabels: SetOf(NodeLabel.Company)));

        Assert.Equal((1, 1, 1), (d.Total, d.Outgoing, d.Incoming));
    }

    [Fact]
    public async Task An_isolated_node_has_degree_zero()
    {
        var d = await DegreeOfAsync(LiMingIsolated);

        Assert.Equal((0, 0, 0), (d.Total, d.Outgoing, d.Incoming));
        Assert.Empty(NonZero(d.ByType));
    }

    [Fact]
    public async Task Degrees_come_back_in_the_order_asked()
    {
        var degrees = await Store.GetDegreesAsync([Hub, LiMingIsolated, WangFang, ZhangXiuyuan]);

        Assert.Equal([Hub, LiMingIsolated, WangFang, ZhangXiuyuan], degrees.Select(d => d.NodeId));
        Assert.Equal([32, 0, 3, 4], degrees.Select(d => d.Total));
    }

    [Fact]
    public async Task An_outgoing_filter_counts_only_relationships_starting_at_the_node()
    {
        var d = await DegreeOfAsync(ZhangXiuyuan, new TraversalFilter(Direction: Direction.Outgoing));

        Assert.Equal((3, 3, 0), (d.Total, d.Outgoing, d.Incoming));
    }

    [Fact]
    public async Task An_incoming_filter_counts_only_relationships_ending_at_the_node()
    {
        var d = await DegreeOfAsync(ZhangXiuyuan, new TraversalFilter(Direction: Direction.Incoming));

        Assert.Equal((1, 0, 1), (d.Total, d.Outgoing, d.Incoming));
    }

    [Fact]
    public async Task A_type_filter_counts_only_those_types()
    {
        var d = await DegreeOfAsync(XiuyuanConstruction, new TraversalFilter(RelTypes: SetOf(RelType.ShareholderOf)));

        // a30: only r07 (from a03) is a shareholding.
        Assert.Equal((1, 0, 1), (d.Total, d.Outgoing, d.Incoming));
        Assert.Equal(new Dictionary<RelType, int> { [RelType.ShareholderOf] = 1 }, NonZero(d.ByType));
    }

    [Fact]
    public async Task A_label_filter_counts_relationships_by_the_node_at_the_other_end()
    {
        // a20: r01 (a01) and r02 (a02) lead to persons, r03 to a unit.
        var d = await DegreeOfAsync(SecretaryPost, new TraversalFilter(NodeLabels: SetOf(NodeLabel.Person)));

        Assert.Equal((2, 0, 2), (d.Total, d.Outgoing, d.Incoming));
    }

    [Fact]
    public async Task A_window_counts_only_relationships_valid_in_it()
    {
        // a20 on 2023-01-01: r02 (Ouyang, from 2022) in, r03 out; r01 ended in 2021.
        var d = await DegreeOfAsync(SecretaryPost, new TraversalFilter(Window: TimeWindow.At(new DateOnly(2023, 1, 1))));

        Assert.Equal((2, 1, 1), (d.Total, d.Outgoing, d.Incoming));
        Assert.Equal(new Dictionary<RelType, int> { [RelType.Holds] = 1, [RelType.PositionIn] = 1 }, NonZero(d.ByType));
    }

    [Fact]
    public async Task A_hub_counts_all_its_relationships()
    {
        var d = await DegreeOfAsync(Hub);

        Assert.Equal((32, 32, 0), (d.Total, d.Outgoing, d.Incoming));
        Assert.Equal(new Dictionary<RelType, int> { [RelType.OwnsProject] = 32 }, NonZero(d.ByType));
    }

    [Fact]
    public async Task Degrees_of_no_nodes_is_empty()
    {
        Assert.Empty(await Store.GetDegreesAsync([]));
    }

    [Fact]
    public async Task Degrees_of_an_unknown_node_raise_NodeNotFound()
    {
        await AssertNodeNotFoundAsync("a99", () => Store.GetDegreesAsync([WangFang, "a99"]));
    }
}
