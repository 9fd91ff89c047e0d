using Clues.Core.Graph;
using static Clues.Graph.Contract.ContractGraph;

namespace Clues.Graph.Contract;

/// <summary>
/// <see cref="IGraphStore.ShortestPathAsync"/>, <see cref="IGraphStore.AllShortestPathsAsync"/> and
/// <see cref="IGraphStore.AllSimplePathsAsync"/> on <see cref="ContractGraph"/>.
/// </summary>
/// <remarks>
/// Worked paths used below (component A, both directions):
/// a01 → a40 in 3 hops: r01 r03 r10 (via a20, a12) or r04 {r06|r07} {r08|r09} (via a03, a30): 1 + 2×2 = 5 paths.
/// a20 → a03: r01 r04 (2 hops) or r03 r10 {r08|r09} {r06|r07} (4 hops, the other way round the cycle): 1 + 4 = 5 simple paths.
/// Component B: b1 → b4 via b2 (rb1 rb2) or b3 (rb3 rb4) in 2 hops, via b5, b6 (rb5 rb6 rb7) in 3.
/// </remarks>
public abstract class GraphStorePathsContract : GraphStoreContractBase
{
    private static PathQuery Query(TraversalFilter? filter = null, int maxHops = 6, int limit = 100) => new(filter, maxHops, limit);

    private static string Sequence(GraphPath path) => string.Join(" ", path.Edges.Select(e => e.Id));

    private static List<string> Sequences(PathSet set) => [.. set.Paths.Select(Sequence)];

    /// <summary>
    /// Asserts a path runs from <paramref name="from"/> to <paramref name="to"/>, that each relationship joins the
    /// nodes either side of it (following <paramref name="direction"/>), that nodes and edges are reported as the
    /// fixture holds them, and that no node repeats.
    /// </summary>
    private static void AssertWellFormed(GraphPath? path, string from, string to, Direction direction = Direction.Both)
    {
        Assert.NotNull(path);
        Assert.Equal(path.Edges.Count + 1, path.Nodes.Count);
        Assert.Equal(path.Edges.Count, path.Length);
        Assert.Equal(from, path.Nodes[0].Id);
        Assert.Equal(to, path.Nodes[^1].Id);
        foreach (var node in path.Nodes)
        {
            Assert.Equal(Ref(node.Id), node);
        }

        for (var i = 0; i < path.Edges.Count; i++)
        {
            var edge = path.Edges[i];
            Assert.Equal(Edge(edge.Id), edge);
            var (here, next) = (path.Nodes[i].Id, path.Nodes[i + 1].Id);
            var forward = edge.StartId == here && edge.EndId == next;
            var backward = edge.StartId == next && edge.EndId == here;
            var ok = direction switch
            {
                Direction.Outgoing => forward,
                Direction.Incoming => backward,
                _ => forward || backward,
            };
            Assert.True(ok, $"Edge {edge.Id} ({edge.StartId}→{edge.EndId}) does not lead from {here} to {next} ({direction}).");
        }

        Assert.Equal(path.Nodes.Count, path.Nodes.Select(n => n.Id).Distinct().Count());
    }

    private static void AssertAllWellFormed(PathSet set, string from, string to, Direction direction = Direction.Both)
    {
        foreach (var path in set.Paths)
        {
            AssertWellFormed(path, from, to, direction);
        }

        Assert.Equal(set.Paths.Count, Sequences(set).Distinct().Count());
    }

    // ================= ShortestPath =================

    [Fact]
    public async Task Shortest_path_has_the_fewest_relationships()
    {
        var path = await Store.ShortestPathAsync(WangFang, BinjiangRoadProject, Query());

        AssertWellFormed(path, WangFang, BinjiangRoadProject);
        Assert.Equal(3, path!.Length);
    }

    [Fact]
    public async Task Shortest_path_reports_nodes_in_order_from_start_to_end()
    {
        var path = await Store.ShortestPathAsync(Chain(0), Chain(4), Query());

        Assert.NotNull(path);
        Assert.Equal([Ref(Chain(0)), Ref(Chain(1)), Ref(Chain(2)), Ref(Chain(3)), Ref(Chain(4))], path.Nodes);
        Assert.Equal([Edge(ChainLink(1)), Edge(ChainLink(2)), Edge(ChainLink(3)), Edge(ChainLink(4))], path.Edges);
    }

    [Fact]
    public async Task Shortest_path_may_run_against_relationship_direction_by_default()
    {
        // b1 → b2 uses rb1 (b2→b1) backwards, then rb2 (b2→b4) forwards.
        var path = await Store.ShortestPathAsync(RevitalisationFund, HengtaiLabour, Query());

        AssertWellFormed(path, RevitalisationFund, HengtaiLabour);
        Assert.Equal(2, path!.Length);
    }

    [Fact]
    public async Task A_path_from_a_node_to_itself_has_length_zero()
    {
        var path = await Store.ShortestPathAsync(WangFang, WangFang, Query());

        Assert.NotNull(path);
        Assert.Equal([Ref(WangFang)], path.Nodes);
        Assert.Empty(path.Edges);
        Assert.Equal(0, path.Length);
    }

    [Fact]
    public async Task A_self_loop_does_not_lengthen_the_path_from_a_node_to_itself()
    {
        var path = await Store.ShortestPathAsync(HuaxinTrading, HuaxinTrading, Query());

        Assert.NotNull(path);
        Assert.Equal(0, path.Length);
        Assert.Equal([Ref(HuaxinTrading)], path.Nodes);
    }

    [Fact]
    public async Task There_is_no_shortest_path_between_disconnected_nodes()
    {
        Assert.Null(await Store.ShortestPathAsync(WangFang, LiMingIsolated, Query(maxHops: 12)));
        Assert.Null(await Store.ShortestPathAsync(WangFang, RevitalisationFund, Query(maxHops: 12)));
    }

    [Fact]
    public async Task There_is_no_shortest_path_longer_than_MaxHops()
    {
        Assert.Null(await Store.ShortestPathAsync(WangFang, BinjiangRoadProject, Query(maxHops: 2)));
    }

    [Fact]
    public async Task A_path_exactly_MaxHops_long_is_found()
    {
        var path = await Store.ShortestPathAsync(WangFang, BinjiangRoadProject, Query(maxHops: 3));

        Assert.Equal(3, path?.Length);
    }

    [Fact]
    public async Task A_twelve_hop_path_is_found_with_MaxHops_twelve()
    {
        var path = await Store.ShortestPathAsync(Chain(0), Chain(12), Query(maxHops: PathQuery.MaxHopsLimit));

        AssertWellFormed(path, Chain(0), Chain(12));
        Assert.Equal(12, path!.Length);
        Assert.Equal(Enumerable.Range(1, 12).Select(ChainLink), path.Edges.Select(e => e.Id));
    }

    [Fact]
    public async Task A_twelve_hop_path_is_not_found_with_MaxHops_eleven()
    {
        Assert.Null(await Store.ShortestPathAsync(Chain(0), Chain(12), Query(maxHops: 11)));
    }

    [Fact]
    public async Task A_thirteen_hop_path_is_beyond_any_request()
    {
        Assert.Null(await Store.ShortestPathAsync(Chain(0), Chain(13), Query(maxHops: PathQuery.MaxHopsLimit)));
    }

    [Fact]
    public async Task Outgoing_paths_follow_relationships_from_start_to_end()
    {
        var path = await Store.ShortestPathAsync(Chain(0), Chain(3), Query(new TraversalFilter(Direction: Direction.Outgoing)));

        AssertWellFormed(path, Chain(0), Chain(3), Direction.Outgoing);
        Assert.Equal(3, path!.Length);
    }

    [Fact]
    public async Task Outgoing_paths_do_not_run_against_relationships()
    {
        Assert.Null(await Store.ShortestPathAsync(Chain(3), Chain(0), Query(new TraversalFilter(Direction: Direction.Outgoing))));
        // Nothing starts at the fund b1.
        Assert.Null(await Store.ShortestPathAsync(RevitalisationFund, HengtaiLabour, Query(new TraversalFilter(Direction: Direction.Outgoing))));
    }

    [Fact]
    public async Task Incoming_paths_follow_relationships_from_end_to_start()
    {
        var path = await Store.ShortestPathAsync(Chain(3), Chain(0), Query(new TraversalFilter(Direction: Direction.Incoming)));

        AssertWellFormed(path, Chain(3), Chain(0), Direction.Incoming);
        Assert.Equal(3, path!.Length);
        Assert.Null(await Store.ShortestPathAsync(Chain(0), Chain(3), Query(new TraversalFilter(Direction: Direction.Incoming))));
    }

    [Fact]
    public async Task Shortest_path_follows_only_the_filtered_types()
    {
        // Without Holds and PositionIn, a01 reaches a40 only over a03 and a30, and of r06/r07 only LegalRepresentativeOf is allowed.
        var filter = new TraversalFilter(RelTypes: SetOf(RelType.RelativeOf, RelType.LegalRepresentativeOf, RelType.Contracted, RelType.OwnsProject));
        var path = await Store.ShortestPathAsync(WangFang, BinjiangRoadProject, Query(filter));

        AssertWellFormed(path, WangFang, BinjiangRoadProject);
        Assert.Equal([WangFang, ZhangXiuyuan, XiuyuanConstruction, BinjiangRoadProject], path!.Nodes.Select(n => n.Id));
        Assert.Equal(ZhangLegalRepOfXiuyuan, path.Edges[1].Id);
    }

    [Fact]
    public async Task Shortest_path_passes_only_through_nodes_of_the_filtered_labels()
    {
        // Persons and companies only: not through the post a20 or the township a12. The end a40 (a Project) is still reached.
        var path = await Store.ShortestPathAsync(WangFang, BinjiangRoadProject, Query(new TraversalFilter(NodeLabels: SetOf(NodeLabel.Person, NodeLabel.Company))));

        AssertWellFormed(path, WangFang, BinjiangRoadProject);
        Assert.Equal([WangFang, ZhangXiuyuan, XiuyuanConstruction, BinjiangRoadProject], path!.Nodes.Select(n => n.Id));
    }

    [Fact]
    public async Task A_label_filter_never_applies_to_the_start_or_the_end()
    {
        // Payments only: the start (a Fund) and the end (a Company) are not payments, the path is found anyway.
        var path = await Store.ShortestPathAsync(RevitalisationFund, HengtaiLabour, Query(new TraversalFilter(NodeLabels: SetOf(NodeLabel.Payment))));

        Assert.Equal(2, path?.Length);
    }

    [Fact]
    public async Task A_label_filter_that_excludes_every_way_through_leaves_no_path()
    {
        // Companies only: b2, b3 and b5 are payments, so b1 cannot be left.
        Assert.Null(await Store.ShortestPathAsync(RevitalisationFund, HengtaiLabour, Query(new TraversalFilter(NodeLabels: SetOf(NodeLabel.Company)))));
    }

    [Fact]
    public async Task Shortest_path_respects_the_time_window()
    {
        static TraversalFilter On(DateOnly day) => new(Window: TimeWindow.At(day));

        var in2021 = await Store.ShortestPathAsync(RevitalisationFund, HengtaiLabour, Query(On(D20210510)));
        var in2022 = await Store.ShortestPathAsync(RevitalisationFund, HengtaiLabour, Query(On(D20220301)));
        var in2023 = await Store.ShortestPathAsync(RevitalisationFund, HengtaiLabour, Query(On(new DateOnly(2023, 1, 1))));

        Assert.Equal($"{Payment2021From} {Payment2021To}", in2021 is null ? null : Sequence(in2021));
        Assert.Equal($"{Payment2022From} {Payment2022To}", in2022 is null ? null : Sequence(in2022));
        Assert.Equal($"{PaymentUndatedFrom} {PaymentUndatedTo} {HoldingOwnsLabour}", in2023 is null ? null : Sequence(in2023));
    }

    [Fact]
    public async Task A_time_window_can_disconnect_two_nodes()
    {
        // On 2023-01-01 r01 (the post) and r08/r09 (the contracts) have all ended.
        Assert.Null(await Store.ShortestPathAsync(WangFang, BinjiangRoadProject, Query(new TraversalFilter(Window: TimeWindow.At(new DateOnly(2023, 1, 1))), maxHops: 12)));
    }

    // ================= AllShortestPaths =================

    [Fact]
    public async Task A_diamond_has_two_shortest_paths()
    {
        var set = await Store.AllShortestPathsAsync(RevitalisationFund, HengtaiLabour, Query());

        AssertAllWellFormed(set, RevitalisationFund, HengtaiLabour);
        Assert.Equal([$"{Payment2021From} {Payment2021To}", $"{Payment2022From} {Payment2022To}"], Sorted(Sequences(set)));
        Assert.False(set.Truncated);
    }

    [Fact]
    public async Task All_shortest_paths_leave_out_longer_paths()
    {
        var set = await Store.AllShortestPathsAsync(RevitalisationFund, HengtaiLabour, Query());

        Assert.All(set.Paths, p => Assert.Equal(2, p.Length));
    }

    [Fact]
    public async Task Parallel_edges_give_distinct_paths()
    {
        var set = await Store.AllShortestPathsAsync(ZhangXiuyuan, XiuyuanConstruction, Query());

        AssertAllWellFormed(set, ZhangXiuyuan, XiuyuanConstruction);
        Assert.Equal([ZhangLegalRepOfXiuyuan, ZhangShareholderOfXiuyuan], Sorted(Sequences(set)));
    }

    [Fact]
    public async Task Parallel_edges_on_successive_hops_multiply_the_paths()
    {
        // a03 → a30 over r06 or r07, then a30 → a40 over r08 or r09.
        var set = await Store.AllShortestPathsAsync(ZhangXiuyuan, BinjiangRoadProject, Query());

        AssertAllWellFormed(set, ZhangXiuyuan, BinjiangRoadProject);
        Assert.Equal(["r06 r08", "r06 r09", "r07 r08", "r07 r09"], Sorted(Sequences(set)));
        Assert.False(set.Truncated);
    }

    [Fact]
    public async Task All_shortest_paths_finds_every_route_of_the_shortest_length()
    {
        var set = await Store.AllShortestPathsAsync(WangFang, BinjiangRoadProject, Query());

        AssertAllWellFormed(set, WangFang, BinjiangRoadProject);
        Assert.Equal(["r01 r03 r10", "r04 r06 r08", "r04 r06 r09", "r04 r07 r08", "r04 r07 r09"], Sorted(Sequences(set)));
    }

    [Fact]
    public async Task All_shortest_paths_respects_the_time_window()
    {
        // On 2020-07-01 r09 (from 2021-03-01) is not yet valid; everything else on these routes is.
        var set = await Store.AllShortestPathsAsync(WangFang, BinjiangRoadProject, Query(new TraversalFilter(Window: TimeWindow.At(new DateOnly(2020, 7, 1)))));

        Assert.Equal(["r01 r03 r10", "r04 r06 r08", "r04 r07 r08"], Sorted(Sequences(set)));
    }

    [Fact]
    public async Task The_limit_cuts_all_shortest_paths_and_says_so()
    {
        var set = await Store.AllShortestPathsAsync(ZhangXiuyuan, BinjiangRoadProject, Query(limit: 3));

        AssertAllWellFormed(set, ZhangXiuyuan, BinjiangRoadProject);
        Assert.Equal(3, set.Paths.Count);
        Assert.True(set.Truncated);
        Assert.All(Sequences(set), s => Assert.Contains(s, new[] { "r06 r08", "r06 r09", "r07 r08", "r07 r09" }));
    }

    [Fact]
    public async Task A_limit_equal_to_the_number_of_shortest_paths_is_not_truncation()
    {
        var set = await Store.AllShortestPathsAsync(ZhangXiuyuan, BinjiangRoadProject, Query(limit: 4));

        Assert.Equal(4, set.Paths.Count);
        Assert.False(set.Truncated);
    }

    [Fact]
    public async Task All_shortest_paths_between_disconnected_nodes_is_empty()
    {
        var set = await Store.AllShortestPathsAsync(WangFang, LiMingIsolated, Query());

        Assert.Empty(set.Paths);
        Assert.False(set.Truncated);
    }

    [Fact]
    public async Task All_shortest_paths_beyond_MaxHops_is_empty()
    {
        var set = await Store.AllShortestPathsAsync(Chain(0), Chain(12), Query(maxHops: 11));

        Assert.Empty(set.Paths);
    }

    [Fact]
    public async Task All_shortest_paths_from_a_node_to_itself_is_the_empty_path()
    {
        var set = await Store.AllShortestPathsAsync(WangFang, WangFang, Query());

        var only = Assert.Single(set.Paths);
        Assert.Equal(0, only.Length);
        Assert.Equal([Ref(WangFang)], only.Nodes);
    }

    [Fact]
    public async Task All_shortest_paths_follow_the_direction()
    {
        // Outgoing from b2: rb2 straight to b4. From b4 outgoing there is nothing at all.
        var forward = await Store.AllShortestPathsAsync(Payment2021, HengtaiLabour, Query(new TraversalFilter(Direction: Direction.Outgoing)));
        var backward = await Store.AllShortestPathsAsync(HengtaiLabour, Payment2021, Query(new TraversalFilter(Direction: Direction.Outgoing)));

        Assert.Equal([Payment2021To], Sequences(forward));
        Assert.Empty(backward.Paths);
    }

    // ================= AllSimplePaths =================

    [Fact]
    public async Task All_simple_paths_lists_every_path_up_to_MaxHops_shortest_first()
    {
        var set = await Store.AllSimplePathsAsync(RevitalisationFund, HengtaiLabour, Query(maxHops: 3));

        AssertAllWellFormed(set, RevitalisationFund, HengtaiLabour);
        Assert.Equal([2, 2, 3], set.Paths.Select(p => p.Length));
        Assert.Equal(["rb1 rb2", "rb3 rb4"], Sorted(Sequences(set).Take(2)));
        Assert.Equal("rb5 rb6 rb7", Sequence(set.Paths[2]));
        Assert.False(set.Truncated);
    }

    [Fact]
    public async Task All_simple_paths_leaves_out_paths_longer_than_MaxHops()
    {
        var set = await Store.AllSimplePathsAsync(RevitalisationFund, HengtaiLabour, Query(maxHops: 2));

        Assert.Equal(["rb1 rb2", "rb3 rb4"], Sorted(Sequences(set)));
    }

    [Fact]
    public async Task All_simple_paths_goes_both_ways_round_a_cycle()
    {
        // a20 → a03: directly over a01 (2 hops), or round the cycle over a12, a40, a30 (4 hops, 2×2 parallel choices).
        var set = await Store.AllSimplePathsAsync(SecretaryPost, ZhangXiuyuan, Query(maxHops: 12));

        AssertAllWellFormed(set, SecretaryPost, ZhangXiuyuan);
        Assert.Equal("r01 r04", Sequence(set.Paths[0]));
        Assert.Equal(["r03 r10 r08 r06", "r03 r10 r08 r07", "r03 r10 r09 r06", "r03 r10 r09 r07"], Sorted(Sequences(set).Skip(1)));
    }

    [Fact]
    public async Task A_simple_path_never_visits_a_node_twice()
    {
        // From a04 to a31 there is r14; the self-loop r15 would visit a31 twice, and going back over r14 would revisit a04.
        var set = await Store.AllSimplePathsAsync(WangFanghua, HuaxinTrading, Query(maxHops: 6));

        Assert.Equal([FanghuaShareholderOfHuaxin], Sequences(set));
    }

    [Fact]
    public async Task All_simple_paths_around_a_cycle_are_all_found()
    {
        // a01 → a40: both arcs of the six-node cycle are 3 hops: 1 + 4 paths, no longer simple paths exist.
        var set = await Store.AllSimplePathsAsync(WangFang, BinjiangRoadProject, Query(maxHops: 12));

        AssertAllWellFormed(set, WangFang, BinjiangRoadProject);
        Assert.Equal(["r01 r03 r10", "r04 r06 r08", "r04 r06 r09", "r04 r07 r08", "r04 r07 r09"], Sorted(Sequences(set)));
    }

    [Fact]
    public async Task The_limit_keeps_the_shortest_simple_paths_and_says_so()
    {
        var set = await Store.AllSimplePathsAsync(RevitalisationFund, HengtaiLabour, Query(maxHops: 3, limit: 2));

        Assert.Equal(["rb1 rb2", "rb3 rb4"], Sorted(Sequences(set)));
        Assert.True(set.Truncated);
    }

    [Fact]
    public async Task A_limit_equal_to_the_number_of_simple_paths_is_not_truncation()
    {
        var set = await Store.AllSimplePathsAsync(RevitalisationFund, HengtaiLabour, Query(maxHops: 3, limit: 3));

        Assert.Equal(3, set.Paths.Count);
        Assert.False(set.Truncated);
    }

    [Fact]
    public async Task All_simple_paths_pass_only_through_nodes_of_the_filtered_labels()
    {
        // Payments only: b6 (a Company) may not be passed through, so the 3-hop path is gone.
        var set = await Store.AllSimplePathsAsync(RevitalisationFund, HengtaiLabour, Query(new TraversalFilter(NodeLabels: SetOf(NodeLabel.Payment)), maxHops: 3));

        Assert.Equal(["rb1 rb2", "rb3 rb4"], Sorted(Sequences(set)));
    }

    [Fact]
    public async Task All_simple_paths_follow_only_the_filtered_types()
    {
        var set = await Store.AllSimplePathsAsync(RevitalisationFund, HengtaiLabour, Query(new TraversalFilter(RelTypes: SetOf(RelType.PaidFrom, RelType.PaidTo)), maxHops: 3));

        Assert.Equal(["rb1 rb2", "rb3 rb4"], Sorted(Sequences(set)));
    }

    [Fact]
    public async Task All_simple_paths_respect_the_time_window()
    {
        var set = await Store.AllSimplePathsAsync(RevitalisationFund, HengtaiLabour, Query(new TraversalFilter(Window: TimeWindow.At(D20210510)), maxHops: 3));

        Assert.Equal(["rb1 rb2", "rb5 rb6 rb7"], Sequences(set));
    }

    [Fact]
    public async Task All_simple_paths_between_disconnected_nodes_is_empty()
    {
        var set = await Store.AllSimplePathsAsync(RevitalisationFund, WangFang, Query(maxHops: 12));

        Assert.Empty(set.Paths);
        Assert.False(set.Truncated);
    }

    [Fact]
    public async Task All_simple_paths_from_a_node_to_itself_is_the_empty_path()
    {
        // Going round a cycle back to the start would visit it twice, so only the path of length 0 remains.
        var set = await Store.AllSimplePathsAsync(WangFang, WangFang, Query(maxHops: 12));

        var only = Assert.Single(set.Paths);
        Assert.Equal(0, only.Length);
    }

    // ================= arguments and unknown ids =================

    public static TheoryData<string> PathMethods => new() { "shortest", "allShortest", "allSimple" };

    private Task CallAsync(string method, string from, string to, PathQuery query) => method switch
    {
        "shortest" => Store.ShortestPathAsync(from, to, query),
        "allShortest" => Store.AllShortestPathsAsync(from, to, query),
        _ => Store.AllSimplePathsAsync(from, to, query),
    };

    [Theory]
    [MemberData(nameof(PathMethods))]
    public async Task MaxHops_zero_is_out_of_range(string method)
    {
        await AssertOutOfRangeAsync("MaxHops", () => CallAsync(method, WangFang, BinjiangRoadProject, Query(maxHops: 0)));
    }

    [Theory]
    [MemberData(nameof(PathMethods))]
    public async Task MaxHops_thirteen_is_out_of_range(string method)
    {
        await AssertOutOfRangeAsync("MaxHops", () => CallAsync(method, WangFang, BinjiangRoadProject, Query(maxHops: 13)));
    }

    [Theory]
    [InlineData("allShortest")]
    [InlineData("allSimple")]
    public async Task A_path_limit_of_zero_is_out_of_range(string method)
    {
        await AssertOutOfRangeAsync("Limit", () => CallAsync(method, WangFang, BinjiangRoadProject, Query(limit: 0)));
    }

    [Theory]
    [MemberData(nameof(PathMethods))]
    public async Task An_unknown_start_raises_NodeNotFound(string method)
    {
        await AssertNodeNotFoundAsync("a99", () => CallAsync(method, "a99", WangFang, Query()));
    }

    [Theory]
    [MemberData(nameof(PathMethods))]
    public async Task An_unknown_end_raises_NodeNotFound(string method)
    {
        await AssertNodeNotFoundAsync("a99", () => CallAsync(method, WangFang, "a99", Query()));
    }

    [Theory]
    [MemberData(nameof(PathMethods))]
    public async Task An_unknown_node_raises_NodeNotFound_even_as_its_own_end(string method)
    {
        await AssertNodeNotFoundAsync("a99", () => CallAsync(method, "a99", "a99", Query()));
    }
}
