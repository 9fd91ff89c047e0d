using System.Text.Json.Nodes;
using Clues.Core.Graph;
using static Clues.Graph.Contract.ContractGraph;

namespace Clues.Graph.Contract;

/// <summary>
/// Point reads on <see cref="ContractGraph"/>: <see cref="IGraphStore.GetNodeAsync"/>, <see cref="IGraphStore.GetNodesAsync"/>,
/// <see cref="IGraphStore.GetRelationshipAsync"/>, <see cref="IGraphStore.FindByKeyAsync"/> and <see cref="IGraphStore.GetRelationshipsAsync"/>.
/// </summary>
public abstract class GraphStoreLookupsContract : GraphStoreContractBase
{
    [Fact]
    public async Task GetNode_returns_the_node_as_written()
    {
        var node = await Store.GetNodeAsync(WangFang);

        AssertNodeEqual(Node(WangFang, NodeLabel.Person, "王芳", new NaturalKey(NaturalKeyKind.NationalId, WangFangNationalId),
            new JsonObject { ["gender"] = "女", ["birthYear"] = 1949 }), node);
    }

    [Fact]
    public async Task GetNode_returns_a_node_without_name_or_key_with_nulls()
    {
        AssertNodeEqual(Node(Chain(5), NodeLabel.Person, null), await Store.GetNodeAsync(Chain(5)));
    }

    [Fact]
    public async Task GetNode_returns_null_for_an_unknown_id()
    {
        Assert.Null(await Store.GetNodeAsync("a99"));
    }

    [Fact]
    public async Task GetNode_does_not_confuse_a_relationship_id_with_a_node_id()
    {
        Assert.Null(await Store.GetNodeAsync(ZhangSpouseOfWangFang));
    }

    [Fact]
    public async Task GetNodes_returns_nodes_in_the_order_asked()
    {
        var nodes = await Store.GetNodesAsync([BinjiangRoadProject, WangFang, Hub, ZhangXiuyuan]);

        Assert.Equal([BinjiangRoadProject, WangFang, Hub, ZhangXiuyuan], nodes.Select(n => n.Id));
    }

    [Fact]
    public async Task GetNodes_leaves_out_unknown_ids()
    {
        var nodes = await Store.GetNodesAsync(["nobody", XiuyuanConstruction, "a99", WangFanghua]);

        Assert.Equal([XiuyuanConstruction, WangFanghua], nodes.Select(n => n.Id));
    }

    [Fact]
    public async Task GetNodes_returns_full_records()
    {
        var nodes = await Store.GetNodesAsync([WangFang]);

        AssertNodeEqual(Node(WangFang, NodeLabel.Person, "王芳", new NaturalKey(NaturalKeyKind.NationalId, WangFangNationalId),
            new JsonObject { ["gender"] = "女", ["birthYear"] = 1949 }), Assert.Single(nodes));
    }

    [Fact]
    public async Task GetNodes_of_an_empty_list_is_empty()
    {
        Assert.Empty(await Store.GetNodesAsync([]));
    }

    [Fact]
    public async Task GetRelationship_returns_the_relationship_as_written()
    {
        AssertRelationshipEqual(
            Rel(XiuyuanContract2020, RelType.Contracted, XiuyuanConstruction, BinjiangRoadProject, D20200601, D20201231,
                new JsonObject { ["amount"] = 1250000.5, ["contractNo"] = "CG-2020-017" }),
            await Store.GetRelationshipAsync(XiuyuanContract2020));
    }

    [Fact]
    public async Task GetRelationship_returns_null_for_an_unknown_id()
    {
        Assert.Null(await Store.GetRelationshipAsync("r99"));
    }

    [Fact]
    public async Task FindByKey_finds_a_person_by_national_id()
    {
        var node = await Store.FindByKeyAsync(new NaturalKey(NaturalKeyKind.NationalId, WangFangNationalId));

        Assert.Equal(WangFang, node?.Id);
        Assert.Equal("王芳", node?.Name);
    }

    [Fact]
    public async Task FindByKey_finds_a_company_by_credit_code()
    {
        var node = await Store.FindByKeyAsync(new NaturalKey(NaturalKeyKind.CreditCode, XiuyuanCreditCode));

        Assert.Equal(XiuyuanConstruction, node?.Id);
        Assert.Equal(NodeLabel.Company, node?.Label);
    }

    [Fact]
    public async Task FindByKey_returns_null_for_an_unknown_key()
    {
        Assert.Null(await Store.FindByKeyAsync(new NaturalKey(NaturalKeyKind.NationalId, "330102198003151236")));
    }

    [Fact]
    public async Task FindByKey_matches_the_kind_as_well_as_the_value()
    {
        Assert.Null(await Store.FindByKeyAsync(new NaturalKey(NaturalKeyKind.CreditCode, WangFangNationalId)));
    }

    // ---- GetRelationships ----

    [Fact]
    public async Task GetRelationships_orders_by_type_then_id()
    {
        // a03's relationships by type value: RelativeOf(3) r04, AssociateOf(4) r13, LegalRepresentativeOf(8) r06, ShareholderOf(9) r07.
        // By id alone the order would be r04, r06, r07, r13.
        var rels = await Store.GetRelationshipsAsync(ZhangXiuyuan);

        Assert.Equal([ZhangSpouseOfWangFang, LiMingClassmateOfZhang, ZhangLegalRepOfXiuyuan, ZhangShareholderOfXiuyuan], IdsOf(rels));
    }

    [Fact]
    public async Task GetRelationships_breaks_type_ties_by_id()
    {
        // a40: OwnsProject(10) r10, then Contracted(11) r08, r09 (parallel edges).
        var rels = await Store.GetRelationshipsAsync(BinjiangRoadProject);

        Assert.Equal([TownshipOwnsRoadProject, XiuyuanContract2020, XiuyuanContract2021], IdsOf(rels));
    }

    [Fact]
    public async Task GetRelationships_includes_properties()
    {
        var rels = await Store.GetRelationshipsAsync(WangFanghua);

        // a04: RelativeOf r05 (姐妹), then ShareholderOf r14 (share 0.3).
        Assert.Equal([FanghuaSisterOfWangFang, FanghuaShareholderOfHuaxin], IdsOf(rels));
        AssertJsonEqual(new JsonObject { ["relation"] = "姐妹" }, rels[0].Properties);
        AssertJsonEqual(new JsonObject { ["share"] = 0.3 }, rels[1].Properties);
    }

    [Fact]
    public async Task GetRelationships_lists_a_self_loop_once()
    {
        var rels = await Store.GetRelationshipsAsync(HuaxinTrading);

        Assert.Equal([FanghuaShareholderOfHuaxin, HuaxinHoldsOwnShares], IdsOf(rels));
    }

    [Fact]
    public async Task GetRelationships_of_an_isolated_node_is_empty()
    {
        Assert.Empty(await Store.GetRelationshipsAsync(LiMingIsolated));
    }

    [Fact]
    public async Task GetRelationships_filters_by_type()
    {
        var rels = await Store.GetRelationshipsAsync(ZhangXiuyuan, new TraversalFilter(RelTypes: SetOf(RelType.ShareholderOf, RelType.RelativeOf)));

        Assert.Equal([ZhangSpouseOfWangFang, ZhangShareholderOfXiuyuan], IdsOf(rels));
    }

    [Fact]
    public async Task GetRelationships_outgoing_keeps_only_relationships_starting_at_the_node()
    {
        var rels = await Store.GetRelationshipsAsync(ZhangXiuyuan, new TraversalFilter(Direction: Direction.Outgoing));

        Assert.Equal([ZhangSpouseOfWangFang, ZhangLegalRepOfXiuyuan, ZhangShareholderOfXiuyuan], IdsOf(rels));
    }

    [Fact]
    public async Task GetRelationships_incoming_keeps_only_relationships_ending_at_the_node()
    {
        var rels = await Store.GetRelationshipsAsync(ZhangXiuyuan, new TraversalFilter(Direction: Direction.Incoming));

        Assert.Equal([LiMingClassmateOfZhang], IdsOf(rels));
    }

    [Fact]
    public async Task GetRelationships_counts_a_self_loop_as_both_outgoing_and_incoming()
    {
        var outgoing = await Store.GetRelationshipsAsync(HuaxinTrading, new TraversalFilter(Direction: Direction.Outgoing));
        var incoming = await Store.GetRelationshipsAsync(HuaxinTrading, new TraversalFilter(Direction: Direction.Incoming));

        Assert.Equal([HuaxinHoldsOwnShares], IdsOf(outgoing));
        Assert.Equal([FanghuaShareholderOfHuaxin, HuaxinHoldsOwnShares], IdsOf(incoming));
    }

    [Fact]
    public async Task GetRelationships_applies_node_labels_to_the_other_end()
    {
        // a03 (a Person) passes no Company filter itself; the filter applies to the far end: only a30 is a company.
        var rels = await Store.GetRelationshipsAsync(ZhangXiuyuan, new TraversalFilter(NodeLabels: SetOf(NodeLabel.Company)));

        Assert.Equal([ZhangLegalRepOfXiuyuan, ZhangShareholderOfXiuyuan], IdsOf(rels));
    }

    [Fact]
    public async Task GetRelationships_keeps_only_relationships_valid_in_the_window()
    {
        // On 2018-06-01 a03's company ties (from 2019-03-01) did not exist yet.
        var rels = await Store.GetRelationshipsAsync(ZhangXiuyuan, new TraversalFilter(Window: TimeWindow.At(new DateOnly(2018, 6, 1))));

        Assert.Equal([ZhangSpouseOfWangFang, LiMingClassmateOfZhang], IdsOf(rels));
    }

    [Fact]
    public async Task GetRelationships_treats_validity_bounds_as_inclusive()
    {
        var lastDay = await Store.GetRelationshipsAsync(SecretaryPost, new TraversalFilter(RelTypes: SetOf(RelType.Holds), Window: TimeWindow.At(D20211231)));
        var firstDay = await Store.GetRelationshipsAsync(SecretaryPost, new TraversalFilter(RelTypes: SetOf(RelType.Holds), Window: TimeWindow.At(D20220101)));

        Assert.Equal([WangFangHeldSecretaryPost], IdsOf(lastDay));
        Assert.Equal([OuyangHoldsSecretaryPost], IdsOf(firstDay));
    }

    [Fact]
    public async Task GetRelationships_of_an_unknown_node_raises_NodeNotFound()
    {
        await AssertNodeNotFoundAsync("a99", () => Store.GetRelationshipsAsync("a99"));
    }
}
