using System.Text.Json.Nodes;
using Clues.Core.Graph;
using static Clues.Graph.Contract.ContractGraph;

namespace Clues.Graph.Contract;

/// <summary>
/// <see cref="IGraphStore.WriteAsync"/>: upserts, deletes, refusals, atomicity, property round-trips and
/// concurrent readers. Starts from an empty store; each test writes the little graph it needs.
/// </summary>
public abstract class GraphStoreWritesContract : GraphStoreContractBase
{
    protected override bool StartsWithContractGraph => false;

    /// <summary>Every backend must say how a restarted process reaches the same data.</summary>
    protected abstract override Task<IGraphStore> ReopenStoreAsync();

    // Two valid resident ID numbers and a valid credit code (check characters computed per GB 11643 / GB 32100).
    private const string ZhouNationalId = "330102198003151236";
    private const string ChenNationalId = "330102198511024567";
    private const string HengdaCreditCode = "91330102MA2H7K8L9Y";

    private static NaturalKey Nid(string value) => new(NaturalKeyKind.NationalId, value);

    /// <summary>p1 周建国 —RelativeOf→ p2 陈丽, plus a company: 3 nodes, 1 relationship.</summary>
    private Task<WriteResult> WriteSmallFamilyAsync() =>
        Store.WriteAsync(new GraphBatch
        {
            Nodes =
            [
                Node("p1", NodeLabel.Person, "周建国", Nid(ZhouNationalId), new JsonObject { ["rank"] = "正科" }),
                Node("p2", NodeLabel.Person, "陈丽", Nid(ChenNationalId)),
                Node("co1", NodeLabel.Company, "恒达物资有限公司", new NaturalKey(NaturalKeyKind.CreditCode, HengdaCreditCode)),
            ],
            Relationships = [Rel("k1", RelType.RelativeOf, "p1", "p2", properties: new JsonObject { ["relation"] = "配偶" })],
        });

    [Fact]
    public async Task Writing_new_nodes_and_relationships_reports_them_as_created()
    {
        var result = await WriteSmallFamilyAsync();

        Assert.Equal(new WriteResult(NodesCreated: 3, NodesUpdated: 0, RelationshipsCreated: 1, RelationshipsUpdated: 0, NodesDeleted: 0, RelationshipsDeleted: 0), result);
    }

    [Fact]
    public async Task A_batch_may_add_two_nodes_and_the_relationship_between_them()
    {
        await WriteSmallFamilyAsync();

        var rel = await Store.GetRelationshipAsync("k1");

        AssertRelationshipEqual(Rel("k1", RelType.RelativeOf, "p1", "p2", properties: new JsonObject { ["relation"] = "配偶" }), rel);
    }

    [Fact]
    public async Task Writing_existing_ids_again_reports_them_as_updated()
    {
        await WriteSmallFamilyAsync();

        var result = await Store.WriteAsync(new GraphBatch
        {
            Nodes = [Node("p1", NodeLabel.Person, "周建国", Nid(ZhouNationalId), new JsonObject { ["rank"] = "副处" }), Node("p2", NodeLabel.Person, "陈丽华", Nid(ChenNationalId))],
            Relationships = [Rel("k1", RelType.RelativeOf, "p1", "p2", properties: new JsonObject { ["relation"] = "夫妻" })],
        });

        Assert.Equal(new WriteResult(NodesCreated: 0, NodesUpdated: 2, RelationshipsCreated: 0, RelationshipsUpdated: 1, NodesDeleted: 0, RelationshipsDeleted: 0), result);
    }

    [Fact]
    public async Task A_batch_mixing_new_and_existing_ids_counts_each_once()
    {
        await WriteSmallFamilyAsync();

        var result = await Store.WriteAsync(new GraphBatch
        {
            Nodes = [Node("p1", NodeLabel.Person, "周建国", Nid(ZhouNationalId)), Node("p3", NodeLabel.Person, "周小军")],
            Relationships = [Rel("k1", RelType.RelativeOf, "p1", "p2"), Rel("k2", RelType.RelativeOf, "p3", "p1", properties: new JsonObject { ["relation"] = "父子" })],
        });

        Assert.Equal(new WriteResult(NodesCreated: 1, NodesUpdated: 1, RelationshipsCreated: 1, RelationshipsUpdated: 1, NodesDeleted: 0, RelationshipsDeleted: 0), result);
    }

    [Fact]
    public async Task Rewriting_a_node_replaces_its_name_and_properties_rather_than_merging()
    {
        await WriteSmallFamilyAsync();

        await Store.WriteAsync(new GraphBatch { Nodes = [Node("p1", NodeLabel.Person, "周建民", Nid(ZhouNationalId), new JsonObject { ["post"] = "局长" })] });

        AssertNodeEqual(Node("p1", NodeLabel.Person, "周建民", Nid(ZhouNationalId), new JsonObject { ["post"] = "局长" }), await Store.GetNodeAsync("p1"));
    }

    [Fact]
    public async Task Rewriting_a_node_keeps_its_relationships()
    {
        await WriteSmallFamilyAsync();

        await Store.WriteAsync(new GraphBatch { Nodes = [Node("p2", NodeLabel.Person, "陈丽华", Nid(ChenNationalId))] });

        Assert.NotNull(await Store.GetRelationshipAsync("k1"));
        Assert.Equal(["k1"], IdsOf(await Store.GetRelationshipsAsync("p2")));
    }

    [Fact]
    public async Task Rewriting_a_relationship_replaces_its_validity_and_properties()
    {
        await WriteSmallFamilyAsync();
        var rewritten = Rel("k1", RelType.RelativeOf, "p1", "p2", new DateOnly(2001, 5, 1), new DateOnly(2019, 8, 31), new JsonObject { ["note"] = "已离婚" });

        await Store.WriteAsync(new GraphBatch { Relationships = [rewritten] });

        AssertRelationshipEqual(rewritten, await Store.GetRelationshipAsync("k1"));
    }

    [Fact]
    public async Task An_empty_batch_changes_nothing()
    {
        await WriteSmallFamilyAsync();

        var result = await Store.WriteAsync(new GraphBatch());

        Assert.Equal(new WriteResult(0, 0, 0, 0, 0, 0), result);
        Assert.Equal(3, (await Store.GetStatsAsync()).Nodes);
    }

    [Fact]
    public async Task Writing_the_contract_graph_creates_every_node_and_relationship()
    {
        var result = await ContractGraph.WriteAsync(Store);

        Assert.Equal(new WriteResult(NodeCount, 0, RelationshipCount, 0, 0, 0), result);
    }

    [Fact]
    public async Task A_relationship_may_join_a_node_to_itself()
    {
        await WriteSmallFamilyAsync();
        var loop = Rel("own", RelType.ShareholderOf, "co1", "co1", properties: new JsonObject { ["share"] = 0.05 });

        await Store.WriteAsync(new GraphBatch { Relationships = [loop] });

        AssertRelationshipEqual(loop, await Store.GetRelationshipAsync("own"));
    }

    // ---- refusals and atomicity ----

    [Fact]
    public async Task A_batch_with_a_relationship_to_a_missing_node_is_refused()
    {
        await WriteSmallFamilyAsync();

        await Assert.ThrowsAnyAsync<GraphStoreException>(() => Store.WriteAsync(new GraphBatch
        {
            Relationships = [Rel("k9", RelType.RelativeOf, "p1", "nobody")],
        }));
    }

    [Fact]
    public async Task A_batch_with_a_relationship_from_a_missing_node_is_refused()
    {
        await WriteSmallFamilyAsync();

        await Assert.ThrowsAnyAsync<GraphStoreException>(() => Store.WriteAsync(new GraphBatch
        {
            Relationships = [Rel("k9", RelType.RelativeOf, "nobody", "p1")],
        }));

        Assert.Null(await Store.GetRelationshipAsync("k9"));
    }

    [Fact]
    public async Task The_refusal_of_a_dangling_relationship_names_the_missing_node()
    {
        await WriteSmallFamilyAsync();

        var ex = await Assert.ThrowsAnyAsync<GraphStoreException>(() => Store.WriteAsync(new GraphBatch
        {
            Relationships = [Rel("k9", RelType.RelativeOf, "p1", "nobody")],
        }));

        Assert.Contains("nobody", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Nothing_from_a_refused_batch_is_visible()
    {
        await WriteSmallFamilyAsync();
        var before = await Store.GetStatsAsync();

        await Assert.ThrowsAnyAsync<GraphStoreException>(() => Store.WriteAsync(new GraphBatch
        {
            Nodes = [Node("p3", NodeLabel.Person, "周小军", Nid("440304199007077890")), Node("p1", NodeLabel.Person, "周建民", Nid(ZhouNationalId))],
            Relationships = [Rel("k2", RelType.RelativeOf, "p3", "p1"), Rel("k9", RelType.RelativeOf, "p3", "nobody")],
        }));

        Assert.Null(await Store.GetNodeAsync("p3"));
        Assert.Null(await Store.FindByKeyAsync(Nid("440304199007077890")));
        Assert.Null(await Store.GetRelationshipAsync("k2"));
        Assert.Equal("周建国", (await Store.GetNodeAsync("p1"))?.Name);
        var after = await Store.GetStatsAsync();
        Assert.Equal(before.Nodes, after.Nodes);
        Assert.Equal(before.Relationships, after.Relationships);
    }

    [Fact]
    public async Task A_refused_batch_applies_none_of_its_deletes()
    {
        await WriteSmallFamilyAsync();

        await Assert.ThrowsAnyAsync<GraphStoreException>(() => Store.WriteAsync(new GraphBatch
        {
            DeleteNodes = ["co1"],
            DeleteRelationships = ["k1"],
            Relationships = [Rel("k9", RelType.RelativeOf, "p1", "nobody")],
        }));

        Assert.NotNull(await Store.GetNodeAsync("co1"));
        Assert.NotNull(await Store.GetRelationshipAsync("k1"));
    }

    [Fact]
    public async Task A_batch_may_not_write_a_relationship_to_a_node_it_deletes()
    {
        // Deletes are applied first, so p2 is gone when k2 is written: k2 would have no end.
        await WriteSmallFamilyAsync();

        await Assert.ThrowsAnyAsync<GraphStoreException>(() => Store.WriteAsync(new GraphBatch
        {
            DeleteNodes = ["p2"],
            Relationships = [Rel("k2", RelType.AssociateOf, "p1", "p2")],
        }));

        Assert.NotNull(await Store.GetNodeAsync("p2"));
        Assert.Null(await Store.GetRelationshipAsync("k2"));
    }

    [Fact]
    public async Task Changing_a_nodes_label_is_refused()
    {
        await WriteSmallFamilyAsync();

        await Assert.ThrowsAnyAsync<GraphStoreException>(() => Store.WriteAsync(new GraphBatch
        {
            Nodes = [Node("p1", NodeLabel.Company, "周建国", Nid(ZhouNationalId))],
        }));

        Assert.Equal(NodeLabel.Person, (await Store.GetNodeAsync("p1"))?.Label);
    }

    [Fact]
    public async Task The_refusal_of_a_label_change_names_the_node()
    {
        await WriteSmallFamilyAsync();

        var ex = await Assert.ThrowsAnyAsync<GraphStoreException>(() => Store.WriteAsync(new GraphBatch
        {
            Nodes = [Node("co1", NodeLabel.Unit, "恒达物资有限公司")],
        }));

        Assert.Contains("co1", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_refused_label_change_writes_nothing_else_from_its_batch()
    {
        await WriteSmallFamilyAsync();

        await Assert.ThrowsAnyAsync<GraphStoreException>(() => Store.WriteAsync(new GraphBatch
        {
            Nodes = [Node("p3", NodeLabel.Person, "周小军"), Node("p1", NodeLabel.Unit, "周建国")],
        }));

        Assert.Null(await Store.GetNodeAsync("p3"));
    }

    [Fact]
    public async Task Two_nodes_in_one_batch_with_the_same_natural_key_are_refused()
    {
        await Assert.ThrowsAnyAsync<GraphStoreException>(() => Store.WriteAsync(new GraphBatch
        {
            Nodes = [Node("p1", NodeLabel.Person, "周建国", Nid(ZhouNationalId)), Node("p9", NodeLabel.Person, "周建囯", Nid(ZhouNationalId))],
        }));

        Assert.Null(await Store.GetNodeAsync("p1"));
        Assert.Null(await Store.GetNodeAsync("p9"));
    }

    [Fact]
    public async Task A_new_node_carrying_an_existing_nodes_natural_key_is_refused()
    {
        await WriteSmallFamilyAsync();

        await Assert.ThrowsAnyAsync<GraphStoreException>(() => Store.WriteAsync(new GraphBatch
        {
            Nodes = [Node("p9", NodeLabel.Person, "周建囯", Nid(ZhouNationalId))],
        }));

        Assert.Null(await Store.GetNodeAsync("p9"));
        Assert.Equal("p1", (await Store.FindByKeyAsync(Nid(ZhouNationalId)))?.Id);
    }

    [Fact]
    public async Task The_refusal_of_a_duplicate_key_names_the_key()
    {
        await WriteSmallFamilyAsync();

        var ex = await Assert.ThrowsAnyAsync<GraphStoreException>(() => Store.WriteAsync(new GraphBatch
        {
            Nodes = [Node("co9", NodeLabel.Company, "恒达物资公司", new NaturalKey(NaturalKeyKind.CreditCode, HengdaCreditCode))],
        }));

        Assert.Contains(HengdaCreditCode, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rewriting_a_node_with_its_own_natural_key_is_not_a_duplicate()
    {
        await WriteSmallFamilyAsync();

        var result = await Store.WriteAsync(new GraphBatch { Nodes = [Node("p1", NodeLabel.Person, "周建国", Nid(ZhouNationalId))] });

        Assert.Equal(1, result.NodesUpdated);
    }

    [Fact]
    public async Task A_natural_key_freed_by_a_delete_may_be_reused_in_the_same_batch()
    {
        // Deletes are applied before upserts, so p1's key is free when p9 is written.
        await WriteSmallFamilyAsync();

        await Store.WriteAsync(new GraphBatch
        {
            DeleteNodes = ["p1"],
            Nodes = [Node("p9", NodeLabel.Person, "周建国", Nid(ZhouNationalId))],
        });

        Assert.Equal("p9", (await Store.FindByKeyAsync(Nid(ZhouNationalId)))?.Id);
    }

    [Fact]
    public async Task Changing_a_nodes_natural_key_releases_the_old_one()
    {
        await WriteSmallFamilyAsync();

        await Store.WriteAsync(new GraphBatch { Nodes = [Node("p1", NodeLabel.Person, "周建国", Nid("440304199007077890"))] });

        Assert.Null(await Store.FindByKeyAsync(Nid(ZhouNationalId)));
        Assert.Equal("p1", (await Store.FindByKeyAsync(Nid("440304199007077890")))?.Id);
    }

    [Fact]
    public async Task Keys_of_different_kinds_with_the_same_value_do_not_clash()
    {
        await Store.WriteAsync(new GraphBatch
        {
            Nodes =
            [
                Node("j1", NodeLabel.Jurisdiction, "西湖区", new NaturalKey(NaturalKeyKind.DivisionCode, "330106")),
                Node("x1", NodeLabel.Company, "测试公司", new NaturalKey(NaturalKeyKind.CreditCode, "330106")),
            ],
        });

        Assert.Equal("j1", (await Store.FindByKeyAsync(new NaturalKey(NaturalKeyKind.DivisionCode, "330106")))?.Id);
        Assert.Equal("x1", (await Store.FindByKeyAsync(new NaturalKey(NaturalKeyKind.CreditCode, "330106")))?.Id);
    }

    // ---- deletes ----

    [Fact]
    public async Task Deleting_a_node_removes_its_relationships()
    {
        await WriteSmallFamilyAsync();
        await Store.WriteAsync(new GraphBatch
        {
            Relationships = [Rel("lr", RelType.LegalRepresentativeOf, "p1", "co1"), Rel("own", RelType.ShareholderOf, "co1", "co1")],
        });

        await Store.WriteAsync(new GraphBatch { DeleteNodes = ["co1"] });

        Assert.Null(await Store.GetNodeAsync("co1"));
        Assert.Null(await Store.GetRelationshipAsync("lr"));
        Assert.Null(await Store.GetRelationshipAsync("own"));
        Assert.Equal(["k1"], IdsOf(await Store.GetRelationshipsAsync("p1")));
        Assert.Equal(1, (await Store.GetStatsAsync()).Relationships);
    }

    [Fact]
    public async Task Deleting_a_node_reports_the_relationships_it_took_with_it()
    {
        await WriteSmallFamilyAsync();
        await Store.WriteAsync(new GraphBatch { Relationships = [Rel("lr", RelType.LegalRepresentativeOf, "p1", "co1")] });

        var result = await Store.WriteAsync(new GraphBatch { DeleteNodes = ["p1"] });

        // p1 had k1 (to p2) and lr (to co1).
        Assert.Equal(new WriteResult(0, 0, 0, 0, NodesDeleted: 1, RelationshipsDeleted: 2), result);
    }

    [Fact]
    public async Task Deleting_a_relationship_leaves_its_nodes()
    {
        await WriteSmallFamilyAsync();

        var result = await Store.WriteAsync(new GraphBatch { DeleteRelationships = ["k1"] });

        Assert.Equal(new WriteResult(0, 0, 0, 0, 0, RelationshipsDeleted: 1), result);
        Assert.Null(await Store.GetRelationshipAsync("k1"));
        Assert.NotNull(await Store.GetNodeAsync("p1"));
        Assert.NotNull(await Store.GetNodeAsync("p2"));
        Assert.Empty(await Store.GetRelationshipsAsync("p1"));
    }

    [Fact]
    public async Task Deleting_unknown_ids_is_ignored()
    {
        await WriteSmallFamilyAsync();

        var result = await Store.WriteAsync(new GraphBatch { DeleteNodes = ["ghost"], DeleteRelationships = ["ghost-rel"] });

        Assert.Equal(new WriteResult(0, 0, 0, 0, 0, 0), result);
        Assert.Equal(3, (await Store.GetStatsAsync()).Nodes);
    }

    [Fact]
    public async Task A_relationship_deleted_and_written_in_one_batch_exists_afterwards()
    {
        await WriteSmallFamilyAsync();
        var rewritten = Rel("k1", RelType.RelativeOf, "p1", "p2", properties: new JsonObject { ["relation"] = "夫妻" });

        await Store.WriteAsync(new GraphBatch { DeleteRelationships = ["k1"], Relationships = [rewritten] });

        AssertRelationshipEqual(rewritten, await Store.GetRelationshipAsync("k1"));
    }

    [Fact]
    public async Task Committed_batches_are_there_after_the_store_is_reopened()
    {
        await WriteSmallFamilyAsync();
        await Store.WriteAsync(new GraphBatch { DeleteRelationships = ["k1"], Nodes = [Node("p3", NodeLabel.Person, "周小军")] });

        await RestartStoreAsync();

        AssertNodeEqual(Node("p1", NodeLabel.Person, "周建国", Nid(ZhouNationalId), new JsonObject { ["rank"] = "正科" }), await Store.GetNodeAsync("p1"));
        Assert.Equal("p2", (await Store.FindByKeyAsync(Nid(ChenNationalId)))?.Id);
        Assert.NotNull(await Store.GetNodeAsync("p3"));
        Assert.Null(await Store.GetRelationshipAsync("k1"));
        Assert.Equal([new NodeRef("p2", NodeLabel.Person, "陈丽")], await Store.SearchNamesAsync(new NameSearchQuery("陈丽")));
    }

    // ---- round-trips ----

    [Fact]
    public async Task A_node_without_name_key_or_properties_round_trips()
    {
        var bare = Node("n0", NodeLabel.Payment, null);

        await Store.WriteAsync(new GraphBatch { Nodes = [bare] });

        AssertNodeEqual(bare, await Store.GetNodeAsync("n0"));
    }

    [Fact]
    public async Task Chinese_strings_in_properties_round_trip()
    {
        var props = new JsonObject
        {
            ["地址"] = "浙江省杭州市上城区解放路１号",
            ["备注"] = "反映其配偶违规经商办企业，涉嫌利用职务便利为亲属承揽工程",
            ["生僻字"] = "𠮷𬌗䶮",
            ["quote"] = "他说：\"不收敛不收手\"\n第二行\t制表",
            ["empty"] = "",
        };
        await Store.WriteAsync(new GraphBatch { Nodes = [Node("p1", NodeLabel.Person, "周建国", null, props)] });

        var read = await Store.GetNodeAsync("p1");

        AssertJsonEqual(new JsonObject
        {
            ["地址"] = "浙江省杭州市上城区解放路１号",
            ["备注"] = "反映其配偶违规经商办企业，涉嫌利用职务便利为亲属承揽工程",
            ["生僻字"] = "𠮷𬌗䶮",
            ["quote"] = "他说：\"不收敛不收手\"\n第二行\t制表",
            ["empty"] = "",
        }, read!.Properties);
    }

    [Fact]
    public async Task Numbers_in_properties_round_trip_with_their_values()
    {
        await Store.WriteAsync(new GraphBatch
        {
            Nodes = [Node("f1", NodeLabel.Fund, "专项资金", null, new JsonObject
            {
                ["amount"] = 1250000.5m,
                ["count"] = 3,
                ["negative"] = -42,
                ["share"] = 0.05,
                ["fen"] = 9007199254740993L,
                ["zero"] = 0,
            })],
        });

        var props = (await Store.GetNodeAsync("f1"))!.Properties;

        Assert.Equal(1250000.5m, props["amount"]!.GetValue<decimal>());
        Assert.Equal(3, props["count"]!.GetValue<int>());
        Assert.Equal(-42, props["negative"]!.GetValue<int>());
        Assert.Equal(0.05, props["share"]!.GetValue<double>());
        Assert.Equal(9007199254740993L, props["fen"]!.GetValue<long>());
        Assert.Equal(0, props["zero"]!.GetValue<int>());
    }

    [Fact]
    public async Task Booleans_and_nulls_in_properties_round_trip()
    {
        await Store.WriteAsync(new GraphBatch
        {
            Nodes = [Node("p1", NodeLabel.Person, "周建国", null, new JsonObject { ["isCadre"] = true, ["retired"] = false, ["deathDate"] = null })],
        });

        var props = (await Store.GetNodeAsync("p1"))!.Properties;

        Assert.True(props["isCadre"]!.GetValue<bool>());
        Assert.False(props["retired"]!.GetValue<bool>());
        Assert.True(props.ContainsKey("deathDate"), "A member whose value is null must still be there.");
        Assert.Null(props["deathDate"]);
    }

    [Fact]
    public async Task Nested_objects_and_arrays_in_properties_round_trip()
    {
        JsonObject Build() => new()
        {
            ["posts"] = new JsonArray(
                new JsonObject { ["unit"] = "城关镇", ["title"] = "党委书记", ["from"] = "2018-01-01" },
                new JsonObject { ["unit"] = "县住建局", ["title"] = "局长", ["years"] = new JsonArray(2015, 2016, 2017) }),
            ["contact"] = new JsonObject { ["phones"] = new JsonArray("13800000000"), ["address"] = new JsonObject { ["city"] = "杭州" } },
            ["emptyList"] = new JsonArray(),
            ["emptyObject"] = new JsonObject(),
        };
        await Store.WriteAsync(new GraphBatch { Nodes = [Node("p1", NodeLabel.Person, "周建国", null, Build())] });

        AssertJsonEqual(Build(), (await Store.GetNodeAsync("p1"))!.Properties);
    }

    [Fact]
    public async Task Relationship_properties_round_trip()
    {
        JsonObject Build() => new() { ["amount"] = 380000, ["contractNo"] = "CG-2021-004", ["中标方式"] = "公开招标", ["lots"] = new JsonArray("一标段", "二标段"), ["signed"] = true };
        await Store.WriteAsync(new GraphBatch
        {
            Nodes = [Node("co1", NodeLabel.Company, "恒达物资有限公司"), Node("pj1", NodeLabel.Project, "城南污水管网工程")],
            Relationships = [Rel("ct1", RelType.Contracted, "co1", "pj1", new DateOnly(2021, 3, 1), new DateOnly(2021, 9, 30), Build())],
        });

        AssertRelationshipEqual(Rel("ct1", RelType.Contracted, "co1", "pj1", new DateOnly(2021, 3, 1), new DateOnly(2021, 9, 30), Build()), await Store.GetRelationshipAsync("ct1"));
    }

    [Fact]
    public async Task Changing_the_written_properties_object_afterwards_does_not_change_the_store()
    {
        var props = new JsonObject { ["rank"] = "正科" };
        await Store.WriteAsync(new GraphBatch { Nodes = [Node("p1", NodeLabel.Person, "周建国", null, props)] });

        props["rank"] = "正处";
        props["added"] = 1;

        AssertJsonEqual(new JsonObject { ["rank"] = "正科" }, (await Store.GetNodeAsync("p1"))!.Properties);
    }

    // ---- concurrency ----

    [Fact]
    public async Task Concurrent_writers_both_commit()
    {
        Task<WriteResult> WriteChainAsync(string prefix) => Task.Run(() => Store.WriteAsync(new GraphBatch
        {
            Nodes = [.. Enumerable.Range(0, 20).Select(i => Node($"{prefix}{i:00}", NodeLabel.Unit, null))],
            Relationships = [.. Enumerable.Range(1, 19).Select(i => Rel($"r{prefix}{i:00}", RelType.SubordinateTo, $"{prefix}{i:00}", $"{prefix}{i - 1:00}"))],
        }));

        var results = await Task.WhenAll(WriteChainAsync("x"), WriteChainAsync("y"), WriteChainAsync("z"));

        Assert.All(results, r => Assert.Equal(new WriteResult(20, 0, 19, 0, 0, 0), r));
        var stats = await Store.GetStatsAsync();
        Assert.Equal(60, stats.Nodes);
        Assert.Equal(57, stats.Relationships);
    }

    [Fact]
    public async Task Readers_running_during_writes_see_each_batch_whole_or_not_at_all()
    {
        // Each batch adds a hub and 9 leaves (10 nodes) and 9 relationships, so every consistent view
        // holds a multiple of 10 nodes and exactly 9 relationships per 10 nodes.
        const int batches = 40;
        static string[] BatchNodeIds(int b) => [$"w{b:00}-hub", .. Enumerable.Range(1, 9).Select(j => $"w{b:00}-{j}")];

        var writerDone = 0;
        var violations = new System.Collections.Concurrent.ConcurrentQueue<string>();
        var reads = 0;

        async Task ReadUntilWriterDoneAsync(int seed)
        {
            var b = seed;
            while (Volatile.Read(ref writerDone) == 0 || b == seed)
            {
                b = (b + 7) % batches;
                var stats = await Store.GetStatsAsync();
                if (stats.Nodes % 10 != 0 || stats.Relationships != stats.Nodes / 10 * 9)
                {
                    violations.Enqueue($"stats saw {stats.Nodes} nodes and {stats.Relationships} relationships");
                }

                var nodes = await Store.GetNodesAsync(BatchNodeIds(b));
                if (nodes.Count is not (0 or 10))
                {
                    violations.Enqueue($"batch {b}: saw {nodes.Count} of its 10 nodes");
                }

                Interlocked.Increment(ref reads);
            }
        }

        var readers = new[] { Task.Run(() => ReadUntilWriterDoneAsync(0)), Task.Run(() => ReadUntilWriterDoneAsync(3)) };
        for (var b = 0; b < batches; b++)
        {
            var ids = BatchNodeIds(b);
            await Store.WriteAsync(new GraphBatch
            {
                Nodes = [.. ids.Select(id => Node(id, NodeLabel.Person, null))],
                Relationships = [.. ids.Skip(1).Select(leaf => Rel("r" + leaf, RelType.AssociateOf, ids[0], leaf))],
            });
        }

        Volatile.Write(ref writerDone, 1);
        await Task.WhenAll(readers);

        Assert.Empty(violations);
        Assert.True(reads > 0);
        Assert.Equal(batches * 10, (await Store.GetStatsAsync()).Nodes);
    }
}
