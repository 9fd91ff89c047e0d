using Clues.Core.Graph;
using static Clues.Graph.Contract.ContractGraph;

namespace Clues.Graph.Contract;

/// <summary>
/// <see cref="IGraphStore.GetNeighborhoodAsync"/> on <see cref="ContractGraph"/>. Expected answers come from the
/// adjacency table of component A, the chain and the hub in <see cref="ContractGraph"/>'s remarks.
/// </summary>
public abstract class GraphStoreNeighborhoodContract : GraphStoreContractBase
{
    private Task<Neighborhood> AroundAsync(string centre, int depth, TraversalFilter? filter = null, int nodeLimit = 500) =>
        Store.GetNeighborhoodAsync(centre, new NeighborhoodQuery(depth, filter, nodeLimit));

    private static List<string> NodeIds(Neighborhood n) => Sorted(n.Nodes.Select(x => x.Node.Id));

    private static List<string> EdgeIds(Neighborhood n) => Sorted(n.Edges.Select(e => e.Id));

    private static NeighborhoodNode NodeIn(Neighborhood n, string id) =>
        n.Nodes.SingleOrDefault(x => x.Node.Id == id) ?? throw new Xunit.Sdk.XunitException($"{id} is not in the neighbourhood of {n.CenterId}.");

    // ---- reach ----

    [Fact]
    public async Task The_centre_comes_first_at_depth_zero()
    {
        var n = await AroundAsync(WangFang, 2);

        Assert.Equal(WangFang, n.CenterId);
        Assert.Equal(Ref(WangFang), n.Nodes[0].Node);
        Assert.Equal(0, n.Nodes[0].Depth);
    }

    [Fact]
    public async Task Depth_one_takes_the_direct_neighbours()
    {
        var n = await AroundAsync(WangFang, 1);

        Assert.Equal([WangFang, ZhangXiuyuan, WangFanghua, SecretaryPost], NodeIds(n));
        Assert.Equal(3, n.TotalReachable);
        Assert.Equal(0, n.OmittedNodes);
        Assert.False(n.Truncated);
    }

    [Fact]
    public async Task Depth_two_adds_the_neighbours_of_neighbours()
    {
        // Depth 2 from a01: a02, a05 via a20/a03, a12 via a20, a30 via a03, a31 via a04.
        var n = await AroundAsync(WangFang, 2);

        Assert.Equal([WangFang, OuyangXiuyuan, ZhangXiuyuan, WangFanghua, LiMing, ChengguanTownship, SecretaryPost, XiuyuanConstruction, HuaxinTrading], NodeIds(n));
        Assert.Equal(8, n.TotalReachable);
    }

    [Fact]
    public async Task Depth_three_reaches_the_whole_component()
    {
        // Depth 3 adds a10, a11 (via a12) and a40 (via a12 or a30): all of component A except the isolated a06.
        var n = await AroundAsync(WangFang, 3);

        Assert.Equal(12, n.Nodes.Count);
        Assert.DoesNotContain(LiMingIsolated, NodeIds(n));
        Assert.Equal(11, n.TotalReachable);
    }

    [Fact]
    public async Task Each_node_carries_its_distance_from_the_centre()
    {
        var n = await AroundAsync(WangFang, 3);

        var depths = n.Nodes.ToDictionary(x => x.Node.Id, x => x.Depth);
        Assert.Equal(new Dictionary<string, int>
        {
            [WangFang] = 0,
            [ZhangXiuyuan] = 1, [WangFanghua] = 1, [SecretaryPost] = 1,
            [OuyangXiuyuan] = 2, [LiMing] = 2, [ChengguanTownship] = 2, [XiuyuanConstruction] = 2, [HuaxinTrading] = 2,
            [WangfangVillageCommittee] = 3, [DongWangfangBranch] = 3, [BinjiangRoadProject] = 3,
        }, depths);
    }

    [Fact]
    public async Task Nodes_carry_their_label_and_name()
    {
        var n = await AroundAsync(WangFang, 1);

        Assert.Equal(new NodeRef(SecretaryPost, NodeLabel.Position, "城关镇党委书记"), NodeIn(n, SecretaryPost).Node);
    }

    [Fact]
    public async Task The_chain_is_cut_at_the_requested_depth()
    {
        var n = await AroundAsync(Chain(0), 3);

        Assert.Equal([Chain(0), Chain(1), Chain(2), Chain(3)], NodeIds(n));
        Assert.Equal(3, n.TotalReachable);
    }

    [Fact]
    public async Task An_isolated_node_is_its_own_neighbourhood()
    {
        var n = await AroundAsync(LiMingIsolated, 3);

        var only = Assert.Single(n.Nodes);
        Assert.Equal(new NeighborhoodNode(Ref(LiMingIsolated), 0, 0, 0), only);
        Assert.Empty(n.Edges);
        Assert.Equal(0, n.TotalReachable);
        Assert.Equal(0, n.OmittedNodes);
    }

    [Fact]
    public async Task A_self_loop_does_not_count_the_centre_as_reachable()
    {
        var n = await AroundAsync(HuaxinTrading, 1);

        Assert.Equal([WangFanghua, HuaxinTrading], NodeIds(n));
        Assert.Equal(1, n.TotalReachable);
    }

    [Fact]
    public async Task The_default_query_is_two_hops_over_everything()
    {
        var n = await Store.GetNeighborhoodAsync(WangFang, new NeighborhoodQuery());

        Assert.Equal(9, n.Nodes.Count);
        Assert.Equal(8, n.TotalReachable);
    }

    // ---- edges ----

    [Fact]
    public async Task Edges_are_the_relationships_between_taken_nodes()
    {
        // Taken at depth 1: a01, a03, a04, a20. Between them only r01, r04, r05.
        var n = await AroundAsync(WangFang, 1);

        Assert.Equal([WangFangHeldSecretaryPost, ZhangSpouseOfWangFang, FanghuaSisterOfWangFang], EdgeIds(n));
    }

    [Fact]
    public async Task Edges_include_those_between_two_nodes_at_the_same_depth()
    {
        // Depth 2 from a01 takes a20 and a12 and a03 and a30: r03 (a20-a12) and r06/r07 (a03-a30) join them,
        // r02 joins a02-a20, r13 a05-a03, r14 a04-a31 and the self-loop r15 a31-a31.
        var n = await AroundAsync(WangFang, 2);

        Assert.Equal(
            [WangFangHeldSecretaryPost, OuyangHoldsSecretaryPost, SecretaryPostInTownship, ZhangSpouseOfWangFang, FanghuaSisterOfWangFang,
             ZhangLegalRepOfXiuyuan, ZhangShareholderOfXiuyuan, LiMingClassmateOfZhang, FanghuaShareholderOfHuaxin, HuaxinHoldsOwnShares],
            EdgeIds(n));
    }

    [Fact]
    public async Task Edges_carry_type_ends_and_validity()
    {
        var n = await AroundAsync(WangFang, 1);

        Assert.Equal(Edge(WangFangHeldSecretaryPost), n.Edges.Single(e => e.Id == WangFangHeldSecretaryPost));
        Assert.Equal(Edge(ZhangSpouseOfWangFang), n.Edges.Single(e => e.Id == ZhangSpouseOfWangFang));
    }

    [Fact]
    public async Task Parallel_edges_are_all_returned()
    {
        var n = await AroundAsync(ZhangXiuyuan, 1);

        Assert.Equal([ZhangSpouseOfWangFang, ZhangLegalRepOfXiuyuan, ZhangShareholderOfXiuyuan, LiMingClassmateOfZhang], EdgeIds(n));
    }

    [Fact]
    public async Task Each_edge_appears_once()
    {
        var n = await AroundAsync(WangFang, 3);

        Assert.Equal(n.Edges.Count, n.Edges.Select(e => e.Id).Distinct().Count());
        Assert.Equal(15, n.Edges.Count);
    }

    // ---- degrees and omissions per node ----

    [Fact]
    public async Task Each_node_reports_its_degree_and_its_neighbours_left_out()
    {
        // Depth 1 from a01 takes a01, a03, a04, a20.
        // a01: r01 r04 r05, all neighbours taken.          a03: r04 r06 r07 r13; a30 and a05 left out.
        // a04: r05 r14; a31 left out.                       a20: r01 r02 r03; a02 and a12 left out.
        var n = await AroundAsync(WangFang, 1);

        Assert.Equal(new NeighborhoodNode(Ref(WangFang), 0, 3, 0), NodeIn(n, WangFang));
        Assert.Equal(new NeighborhoodNode(Ref(ZhangXiuyuan), 1, 4, 2), NodeIn(n, ZhangXiuyuan));
        Assert.Equal(new NeighborhoodNode(Ref(WangFanghua), 1, 2, 1), NodeIn(n, WangFanghua));
        Assert.Equal(new NeighborhoodNode(Ref(SecretaryPost), 1, 3, 2), NodeIn(n, SecretaryPost));
    }

    [Fact]
    public async Task Omitted_neighbours_are_counted_once_however_many_relationships_lead_to_them()
    {
        // Depth 1 from a03 takes a30; a30 has r06, r07 (to a03) and r08, r09 (to a40): degree 4, one neighbour (a40) left out.
        var n = await AroundAsync(ZhangXiuyuan, 1);

        Assert.Equal(new NeighborhoodNode(Ref(XiuyuanConstruction), 1, 4, 1), NodeIn(n, XiuyuanConstruction));
    }

    [Fact]
    public async Task Nodes_at_the_edge_of_the_depth_report_their_unreached_neighbours()
    {
        // Depth 2 from a01: a12 is at depth 2 with neighbours a20 (taken), a40, a10, a11 (beyond the depth).
        var n = await AroundAsync(WangFang, 2);

        Assert.Equal(new NeighborhoodNode(Ref(ChengguanTownship), 2, 4, 3), NodeIn(n, ChengguanTownship));
    }

    [Fact]
    public async Task A_node_degree_agrees_with_GetDegrees_under_the_same_filter()
    {
        var filter = new TraversalFilter(Window: TimeWindow.At(new DateOnly(2020, 7, 1)));
        var n = await AroundAsync(WangFang, 3, filter);

        var ids = n.Nodes.Select(x => x.Node.Id).ToList();
        var degrees = await Store.GetDegreesAsync(ids, filter);

        Assert.Equal(degrees.Select(d => (d.NodeId, d.Total)), n.Nodes.Select(x => (x.Node.Id, x.Degree)));
    }

    // ---- filters ----

    [Fact]
    public async Task A_type_filter_follows_only_those_types()
    {
        // RelativeOf only: a01 reaches a03 (r04) and a04 (r05); neither has another kinship tie.
        var n = await AroundAsync(WangFang, 2, new TraversalFilter(RelTypes: SetOf(RelType.RelativeOf)));

        Assert.Equal([WangFang, ZhangXiuyuan, WangFanghua], NodeIds(n));
        Assert.Equal(2, n.TotalReachable);
        Assert.Equal([ZhangSpouseOfWangFang, FanghuaSisterOfWangFang], EdgeIds(n));
    }

    [Fact]
    public async Task Degrees_and_omissions_are_counted_under_the_filter()
    {
        // Under RelativeOf only, a03 has one relationship (r04) and nothing left out.
        var n = await AroundAsync(WangFang, 2, new TraversalFilter(RelTypes: SetOf(RelType.RelativeOf)));

        Assert.Equal(new NeighborhoodNode(Ref(ZhangXiuyuan), 1, 1, 0), NodeIn(n, ZhangXiuyuan));
        Assert.Equal(new NeighborhoodNode(Ref(WangFang), 0, 2, 0), NodeIn(n, WangFang));
    }

    [Fact]
    public async Task A_label_filter_never_applies_to_the_centre()
    {
        // From the post a20 over persons only: a01, a02 (depth 1), a03, a04 (depth 2 via a01), a05 (depth 3 via a03).
        // a12 (Unit), a30 (Company) and a31 (Company) are never entered.
        var n = await AroundAsync(SecretaryPost, 3, new TraversalFilter(NodeLabels: SetOf(NodeLabel.Person)));

        Assert.Equal([WangFang, OuyangXiuyuan, ZhangXiuyuan, WangFanghua, LiMing, SecretaryPost], NodeIds(n));
        Assert.Equal(5, n.TotalReachable);
        Assert.Equal([WangFangHeldSecretaryPost, OuyangHoldsSecretaryPost, ZhangSpouseOfWangFang, FanghuaSisterOfWangFang, LiMingClassmateOfZhang], EdgeIds(n));
    }

    [Fact]
    public async Task A_label_filter_stops_the_traversal_at_other_labels()
    {
        // From a03 over persons only: a01, a05 (depth 1), a04 (depth 2). a20 is a Position, so a02 is out of reach.
        var n = await AroundAsync(ZhangXiuyuan, 3, new TraversalFilter(NodeLabels: SetOf(NodeLabel.Person)));

        Assert.Equal([WangFang, ZhangXiuyuan, WangFanghua, LiMing], NodeIds(n));
    }

    [Fact]
    public async Task Outgoing_follows_relationships_from_start_to_end_only()
    {
        // a03 → a01 (r04), a30 (r06, r07); a01 → a20 (r01); a30 → a40 (r08, r09).
        var n = await AroundAsync(ZhangXiuyuan, 2, new TraversalFilter(Direction: Direction.Outgoing));

        Assert.Equal([WangFang, ZhangXiuyuan, SecretaryPost, XiuyuanConstruction, BinjiangRoadProject], NodeIds(n));
        Assert.Equal(4, n.TotalReachable);
    }

    [Fact]
    public async Task Incoming_follows_relationships_from_end_to_start_only()
    {
        // Into a40: a30, a12. Into those: a03; a20, a11, a10. Into those: a05; a01, a02.
        var n = await AroundAsync(BinjiangRoadProject, 3, new TraversalFilter(Direction: Direction.Incoming));

        Assert.Equal(9, n.TotalReachable);
        Assert.Equal(
            [WangFang, OuyangXiuyuan, ZhangXiuyuan, LiMing, WangfangVillageCommittee, DongWangfangBranch, ChengguanTownship, SecretaryPost, XiuyuanConstruction, BinjiangRoadProject],
            NodeIds(n));
        Assert.Equal(3, NodeIn(n, WangFang).Depth);
    }

    [Fact]
    public async Task A_day_shows_who_held_the_post_that_day()
    {
        var in2020 = await AroundAsync(SecretaryPost, 1, new TraversalFilter(Window: TimeWindow.At(new DateOnly(2020, 7, 1))));
        var in2023 = await AroundAsync(SecretaryPost, 1, new TraversalFilter(Window: TimeWindow.At(new DateOnly(2023, 1, 1))));

        Assert.Equal([WangFang, ChengguanTownship, SecretaryPost], NodeIds(in2020));
        Assert.Equal([OuyangXiuyuan, ChengguanTownship, SecretaryPost], NodeIds(in2023));
    }

    [Fact]
    public async Task A_range_shows_everything_valid_at_any_time_in_it()
    {
        var n = await AroundAsync(SecretaryPost, 1, new TraversalFilter(Window: new TimeWindow(new DateOnly(2021, 6, 1), new DateOnly(2022, 6, 1))));

        Assert.Equal([WangFang, OuyangXiuyuan, ChengguanTownship, SecretaryPost], NodeIds(n));
    }

    [Fact]
    public async Task A_window_without_a_start_is_unbounded_into_the_past()
    {
        // Up to 2017-12-31 nobody held the post yet; r03 (unbounded) is always there.
        var n = await AroundAsync(SecretaryPost, 1, new TraversalFilter(Window: new TimeWindow(null, new DateOnly(2017, 12, 31))));

        Assert.Equal([ChengguanTownship, SecretaryPost], NodeIds(n));
    }

    [Fact]
    public async Task A_window_without_an_end_is_unbounded_into_the_future()
    {
        // From 2022-01-01 on: r01 ended the day before, r02 began that day.
        var n = await AroundAsync(SecretaryPost, 1, new TraversalFilter(Window: new TimeWindow(D20220101, null)));

        Assert.Equal([OuyangXiuyuan, ChengguanTownship, SecretaryPost], NodeIds(n));
    }

    [Fact]
    public async Task A_window_applies_at_every_hop()
    {
        // On 2023-01-01: r01 has ended, so a20 and everything behind it is out of reach; r08/r09 have ended, so a40 too.
        // Left: a03, a04 (depth 1), a05, a30, a31 (depth 2).
        var n = await AroundAsync(WangFang, 3, new TraversalFilter(Window: TimeWindow.At(new DateOnly(2023, 1, 1))));

        Assert.Equal([WangFang, ZhangXiuyuan, WangFanghua, LiMing, XiuyuanConstruction, HuaxinTrading], NodeIds(n));
        Assert.Equal(5, n.TotalReachable);
    }

    // ---- the node limit ----

    [Fact]
    public async Task The_node_limit_takes_neighbours_in_ascending_ordinal_id_order()
    {
        // Hub d00 with 32 projects; limit 10 = the centre + the first 9 ids in ordinal order (d10 sorts before d2).
        var n = await AroundAsync(Hub, 1, nodeLimit: 10);

        Assert.Equal(["d00", "d1", "d10", "d11", "d12", "d13", "d14", "d15", "d16", "d17"], NodeIds(n));
        Assert.Equal(32, n.TotalReachable);
        Assert.Equal(23, n.OmittedNodes);
        Assert.True(n.Truncated);
    }

    [Fact]
    public async Task Ordinal_id_order_puts_capital_letters_before_small_ones()
    {
        // Limit 32 = the centre + 31 of the 32 projects: the last in ordinal order, "da", is the one left out ("dB" < "da").
        var n = await AroundAsync(Hub, 1, nodeLimit: 32);

        Assert.Contains("dB", NodeIds(n));
        Assert.DoesNotContain("da", NodeIds(n));
        Assert.Equal(1, n.OmittedNodes);
    }

    [Fact]
    public async Task The_node_limit_counts_the_centre()
    {
        var n = await AroundAsync(Hub, 1, nodeLimit: 1);

        Assert.Equal(["d00"], NodeIds(n));
        Assert.Empty(n.Edges);
        Assert.Equal(32, n.OmittedNodes);
    }

    [Fact]
    public async Task The_node_limit_takes_nearer_nodes_before_farther_ones()
    {
        // Depth 2 from a01, limit 3: the centre + a03, a04. a20 (depth 1, the highest id there) is left out
        // before any depth-2 node would be considered. 8 reachable, 2 taken: 6 omitted.
        var n = await AroundAsync(WangFang, 2, nodeLimit: 3);

        Assert.Equal([WangFang, ZhangXiuyuan, WangFanghua], NodeIds(n));
        Assert.Equal(8, n.TotalReachable);
        Assert.Equal(6, n.OmittedNodes);
    }

    [Fact]
    public async Task The_node_limit_fills_up_from_the_next_depth_by_id()
    {
        // Depth 2 from a01, limit 5: centre + all of depth 1 (a03, a04, a20) + the lowest id at depth 2 (a02).
        var n = await AroundAsync(WangFang, 2, nodeLimit: 5);

        Assert.Equal([WangFang, OuyangXiuyuan, ZhangXiuyuan, WangFanghua, SecretaryPost], NodeIds(n));
        Assert.Equal(4, n.OmittedNodes);
    }

    [Fact]
    public async Task Edges_to_nodes_left_out_by_the_limit_are_not_returned()
    {
        // Taken: a01, a02, a03, a04, a20. r03 (to a12), r06/r07 (to a30), r13 (to a05), r14 (to a31) lead out.
        var n = await AroundAsync(WangFang, 2, nodeLimit: 5);

        Assert.Equal([WangFangHeldSecretaryPost, OuyangHoldsSecretaryPost, ZhangSpouseOfWangFang, FanghuaSisterOfWangFang], EdgeIds(n));
    }

    [Fact]
    public async Task Omitted_neighbours_include_those_left_out_by_the_limit()
    {
        // Same request: a20 has a01, a02 taken and a12 left out; a03 has a30 and a05 left out; a04 has a31 left out.
        var n = await AroundAsync(WangFang, 2, nodeLimit: 5);

        Assert.Equal(new NeighborhoodNode(Ref(SecretaryPost), 1, 3, 1), NodeIn(n, SecretaryPost));
        Assert.Equal(new NeighborhoodNode(Ref(ZhangXiuyuan), 1, 4, 2), NodeIn(n, ZhangXiuyuan));
        Assert.Equal(new NeighborhoodNode(Ref(WangFanghua), 1, 2, 1), NodeIn(n, WangFanghua));
        Assert.Equal(new NeighborhoodNode(Ref(OuyangXiuyuan), 2, 1, 0), NodeIn(n, OuyangXiuyuan));
    }

    [Fact]
    public async Task A_capped_hub_reports_how_many_of_its_neighbours_were_left_out()
    {
        var n = await AroundAsync(Hub, 1, nodeLimit: 10);

        Assert.Equal(new NeighborhoodNode(Ref(Hub), 0, 32, 23), NodeIn(n, Hub));
        Assert.Equal(new NeighborhoodNode(Ref("d1"), 1, 1, 0), NodeIn(n, "d1"));
    }

    [Fact]
    public async Task A_self_loop_on_the_centre_is_an_edge_between_taken_nodes()
    {
        // Limit 1 takes only a31; its self-loop r15 joins two taken nodes (a31 and a31), r14 leads to a04, left out.
        var n = await AroundAsync(HuaxinTrading, 1, nodeLimit: 1);

        Assert.Equal([HuaxinHoldsOwnShares], EdgeIds(n));
        Assert.Equal(1, n.OmittedNodes);
    }

    [Fact]
    public async Task The_same_request_gives_the_same_answer()
    {
        var first = await AroundAsync(Hub, 1, nodeLimit: 7);
        var second = await AroundAsync(Hub, 1, nodeLimit: 7);

        Assert.Equal(first.Nodes, second.Nodes);
        Assert.Equal(NodeIds(first), NodeIds(second));
    }

    // ---- arguments ----

    [Theory]
    [InlineData(0)]
    [InlineData(4)]
    [InlineData(-1)]
    public async Task A_depth_outside_one_to_three_is_out_of_range(int depth)
    {
        await AssertOutOfRangeAsync("depth", () => AroundAsync(WangFang, depth));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    public async Task Depths_one_and_three_are_allowed(int depth)
    {
        var n = await AroundAsync(WangFang, depth);

        Assert.Equal(WangFang, n.CenterId);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    public async Task A_node_limit_below_one_is_out_of_range(int nodeLimit)
    {
        await AssertOutOfRangeAsync("NodeLimit", () => AroundAsync(WangFang, 2, nodeLimit: nodeLimit));
    }

    [Fact]
    public async Task An_unknown_centre_raises_NodeNotFound()
    {
        await AssertNodeNotFoundAsync("a99", () => AroundAsync("a99", 2));
    }
}
