using Clues.Core.Graph;
using static Clues.Graph.Contract.ContractGraph;

namespace Clues.Graph.Contract;

/// <summary>
/// Whole-store reads on <see cref="ContractGraph"/>: <see cref="IGraphStore.GetStatsAsync"/>,
/// <see cref="IGraphStore.ScanNodesAsync"/> and <see cref="IGraphStore.ScanEdgesAsync"/>.
/// </summary>
public abstract class GraphStoreScansContract : GraphStoreContractBase
{
    private static long CountOrZero<TKey>(IReadOnlyDictionary<TKey, long> counts, TKey key) => counts.TryGetValue(key, out var n) ? n : 0;

    // ---- stats ----

    [Fact]
    public async Task Stats_count_every_node_and_relationship()
    {
        var stats = await Store.GetStatsAsync();

        Assert.Equal(66, stats.Nodes);
        Assert.Equal(67, stats.Relationships);
    }

    [Fact]
    public async Task Stats_count_nodes_by_label()
    {
        // Person: a01–a06 + 14 chain = 20. Unit: a10 a11 a12 d00 = 4. Position: a20. Company: a30 a31 b4 b6 = 4.
        // Project: a40 + 32 hub projects = 33. Fund: b1. Payment: b2 b3 b5 = 3.
        var stats = await Store.GetStatsAsync();

        var expected = new Dictionary<NodeLabel, long>
        {
            [NodeLabel.Person] = 20, [NodeLabel.Unit] = 4, [NodeLabel.Position] = 1, [NodeLabel.Company] = 4,
            [NodeLabel.Project] = 33, [NodeLabel.Fund] = 1, [NodeLabel.Payment] = 3,
        };
        foreach (var label in Enum.GetValues<NodeLabel>())
        {
            Assert.True(expected.GetValueOrDefault(label) == CountOrZero(stats.ByLabel, label), $"{label}: expected {expected.GetValueOrDefault(label)}, got {CountOrZero(stats.ByLabel, label)}.");
        }
    }

    [Fact]
    public async Task Stats_count_relationships_by_type()
    {
        // Holds r01 r02; PositionIn r03; RelativeOf r04 r05; AssociateOf r13 + 13 chain links = 14; SubordinateTo r11 r12;
        // LegalRepresentativeOf r06; ShareholderOf r07 r14 r15 rb7 = 4; OwnsProject r10 + 32 = 33; Contracted r08 r09;
        // PaidFrom rb1 rb3 rb5; PaidTo rb2 rb4 rb6.
        var stats = await Store.GetStatsAsync();

        var expected = new Dictionary<RelType, long>
        {
            [RelType.Holds] = 2, [RelType.PositionIn] = 1, [RelType.RelativeOf] = 2, [RelType.AssociateOf] = 14,
            [RelType.SubordinateTo] = 2, [RelType.LegalRepresentativeOf] = 1, [RelType.ShareholderOf] = 4,
            [RelType.OwnsProject] = 33, [RelType.Contracted] = 2, [RelType.PaidFrom] = 3, [RelType.PaidTo] = 3,
        };
        foreach (var type in Enum.GetValues<RelType>())
        {
            Assert.True(expected.GetValueOrDefault(type) == CountOrZero(stats.ByType, type), $"{type}: expected {expected.GetValueOrDefault(type)}, got {CountOrZero(stats.ByType, type)}.");
        }
    }

    [Fact]
    public async Task Stats_follow_writes_and_deletes()
    {
        // Deleting a03 takes r04, r06, r07, r13 with it.
        await Store.WriteAsync(new GraphBatch { DeleteNodes = [ZhangXiuyuan], Nodes = [Node("e1", NodeLabel.Clue, "反映张某违规承揽工程")] });

        var stats = await Store.GetStatsAsync();

        Assert.Equal(66, stats.Nodes);
        Assert.Equal(63, stats.Relationships);
        Assert.Equal(19, CountOrZero(stats.ByLabel, NodeLabel.Person));
        Assert.Equal(1, CountOrZero(stats.ByLabel, NodeLabel.Clue));
        Assert.Equal(1, CountOrZero(stats.ByType, RelType.RelativeOf));
        Assert.Equal(3, CountOrZero(stats.ByType, RelType.ShareholderOf));
    }

    // ---- node scans ----

    [Fact]
    public async Task ScanNodes_returns_every_node_in_ascending_ordinal_id_order()
    {
        var ids = IdsOf(await ToListAsync(Store.ScanNodesAsync()));

        Assert.Equal(66, ids.Count);
        Assert.Equal(Sorted(BuildNodes().Select(n => n.Id)), ids);
    }

    [Fact]
    public async Task ScanNodes_reports_label_and_name()
    {
        var nodes = await ToListAsync(Store.ScanNodesAsync());

        Assert.Equal(new NodeRef(WangFang, NodeLabel.Person, "王芳"), nodes[0]);
        Assert.Equal(new NodeRef(Chain(0), NodeLabel.Person, null), nodes.Single(n => n.Id == Chain(0)));
    }

    [Fact]
    public async Task ScanNodes_of_a_label_returns_only_that_label()
    {
        var ids = IdsOf(await ToListAsync(Store.ScanNodesAsync(NodeLabel.Payment)));

        Assert.Equal([Payment2021, Payment2022, PaymentUndated], ids);
    }

    [Fact]
    public async Task ScanNodes_after_an_id_starts_strictly_after_it()
    {
        var ids = IdsOf(await ToListAsync(Store.ScanNodesAsync(NodeLabel.Payment, afterId: Payment2021)));

        Assert.Equal([Payment2022, PaymentUndated], ids);
    }

    [Fact]
    public async Task ScanNodes_after_an_id_that_is_not_a_node_starts_at_the_next_id()
    {
        // "b25" is no node; b3 and b5 sort after it.
        var ids = IdsOf(await ToListAsync(Store.ScanNodesAsync(NodeLabel.Payment, afterId: "b25")));

        Assert.Equal([Payment2022, PaymentUndated], ids);
    }

    [Fact]
    public async Task ScanNodes_orders_ids_ordinally()
    {
        // Projects after "d9": only "dB" and "da" remain, capital before small letter.
        var ids = IdsOf(await ToListAsync(Store.ScanNodesAsync(NodeLabel.Project, afterId: "d9")));

        Assert.Equal(["dB", "da"], ids);
    }

    [Fact]
    public async Task ScanNodes_pages_through_the_store_without_gaps_or_repeats()
    {
        var all = new List<string>();
        string? after = null;
        for (var guard = 0; guard < 20; guard++)
        {
            var page = new List<string>();
            await foreach (var node in Store.ScanNodesAsync(afterId: after))
            {
                page.Add(node.Id);
                if (page.Count == 10)
                {
                    break;
                }
            }

            if (page.Count == 0)
            {
                break;
            }

            Assert.True(after is null || string.CompareOrdinal(page[0], after) > 0, $"A page after {after} began with {page[0]}.");
            all.AddRange(page);
            after = page[^1];
        }

        Assert.Equal(Sorted(BuildNodes().Select(n => n.Id)), all);
    }

    [Fact]
    public async Task ScanNodes_after_the_last_id_is_empty()
    {
        Assert.Empty(await ToListAsync(Store.ScanNodesAsync(afterId: "da")));
    }

    [Fact]
    public async Task ScanNodes_of_a_label_with_no_nodes_is_empty()
    {
        Assert.Empty(await ToListAsync(Store.ScanNodesAsync(NodeLabel.InspectionRound)));
    }

    // ---- edge scans ----

    [Fact]
    public async Task ScanEdges_returns_every_relationship_once()
    {
        var ids = IdsOf(await ToListAsync(Store.ScanEdgesAsync()));

        Assert.Equal(67, ids.Count);
        Assert.Equal(Sorted(BuildRelationships().Select(r => r.Id)), Sorted(ids));
    }

    [Fact]
    public async Task ScanEdges_reports_type_ends_and_validity()
    {
        var edges = await ToListAsync(Store.ScanEdgesAsync());

        Assert.Equal(Sorted(BuildRelationships().Select(r => r.Id)), Sorted(IdsOf(edges)));
        Assert.Equal(
            new EdgeRef(WangFangHeldSecretaryPost, RelType.Holds, WangFang, SecretaryPost, D20180101, D20211231),
            edges.Single(e => e.Id == WangFangHeldSecretaryPost));
        Assert.Equal(
            new EdgeRef(HuaxinHoldsOwnShares, RelType.ShareholderOf, HuaxinTrading, HuaxinTrading, null, null),
            edges.Single(e => e.Id == HuaxinHoldsOwnShares));
        Assert.All(edges, e => Assert.Equal(Edge(e.Id), e));
    }

    [Fact]
    public async Task ScanEdges_of_an_empty_store_is_empty()
    {
        await Store.WriteAsync(new GraphBatch
        {
            DeleteNodes = [.. BuildNodes().Select(n => n.Id)],
        });

        Assert.Empty(await ToListAsync(Store.ScanEdgesAsync()));
        Assert.Empty(await ToListAsync(Store.ScanNodesAsync()));
    }
}
