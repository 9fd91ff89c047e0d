using Clues.Core.Graph;
using static Clues.Graph.Embedded.Tests.Records;

namespace Clues.Graph.Embedded.Tests;

public sealed class RefusedBatchTests : IAsyncLifetime
{
    private readonly TempStoreDirectory _directory = new();
    private EmbeddedGraphStore _store = null!;

    public async Task InitializeAsync()
    {
        _store = await _directory.OpenAsync();
        await _store.WriteAsync(Batch(
            [
                Node("p1", name: "王建国", key: new NaturalKey(NaturalKeyKind.NationalId, "110105194912310021")),
                Node("p2", name: "李四", key: new NaturalKey(NaturalKeyKind.NationalId, "110105195001010012")),
                Node("u1", NodeLabel.Unit, "某某局"),
            ],
            [Rel("r1", RelType.RelativeOf, "p1", "p2")]));
    }

    public async Task DisposeAsync()
    {
        await _store.DisposeAsync();
        _directory.Dispose();
    }

    public static TheoryData<string, string> Refusals() => new()
    {
        { "missing end", "ghost" },
        { "end deleted in batch", "u1" },
        { "label change", "u1" },
        { "duplicate key in batch", "NationalId:110105196001010013" },
        { "key of another node", "NationalId:110105194912310021" },
        { "empty node id", "Nodes[1]" },
        { "empty relationship id", "Relationships[1]" },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public async Task A_refused_batch_writes_nothing_to_sqlite_or_the_index(string kind, string named)
    {
        GraphBatch batch = BadBatch(kind);

        var ex = await Assert.ThrowsAsync<GraphStoreException>(() => _store.WriteAsync(batch));

        Assert.Contains(named, ex.Message, StringComparison.Ordinal);
        Assert.Contains("nothing was written", ex.Message, StringComparison.Ordinal);
        await AssertUnchangedAsync();

        // The store still takes good batches afterwards.
        WriteResult ok = await _store.WriteAsync(Batch([Node("p9", name: "好人")], [Rel("r9", RelType.AssociateOf, "p9", "p1")]));
        Assert.Equal(1, ok.NodesCreated);
        Assert.Equal(4, (await _store.GetStatsAsync()).Nodes);
    }

    [Fact]
    public async Task Keys_may_move_between_nodes_within_one_batch()
    {
        // p1 and p2 swap keys: each key is momentarily held twice unless the store releases them first.
        NaturalKey k1 = new(NaturalKeyKind.NationalId, "110105194912310021");
        NaturalKey k2 = new(NaturalKeyKind.NationalId, "110105195001010012");
        await _store.WriteAsync(Batch([Node("p1", name: "王建国", key: k2), Node("p2", name: "李四", key: k1)]));

        Assert.Equal("p2", (await _store.FindByKeyAsync(k1))?.Id);
        Assert.Equal("p1", (await _store.FindByKeyAsync(k2))?.Id);
    }

    [Fact]
    public async Task A_node_may_be_deleted_and_written_again_with_another_label_in_one_batch()
    {
        WriteResult result = await _store.WriteAsync(new GraphBatch { DeleteNodes = ["u1"], Nodes = [Node("u1", NodeLabel.Company, "改制公司")] });

        Assert.Equal(new WriteResult(1, 0, 0, 0, 1, 0), result);
        Assert.Equal(NodeLabel.Company, (await _store.GetNodeAsync("u1"))?.Label);
    }

    [Fact]
    public async Task Deleting_a_node_deletes_its_relationships_on_disk_and_in_the_index()
    {
        WriteResult result = await _store.WriteAsync(new GraphBatch { DeleteNodes = ["p2", "nobody"] });

        Assert.Equal(new WriteResult(0, 0, 0, 0, 1, 1), result);
        Assert.Equal(0, SqliteFile.Count(_directory.DatabaseFile, "SELECT count(*) FROM rels"));
        Assert.Null(await _store.GetRelationshipAsync("r1"));
        Assert.Equal(0, (await _store.GetDegreesAsync(["p1"]))[0].Total);
    }

    private static GraphBatch BadBatch(string kind) => kind switch
    {
        "missing end" => Batch([Node("p3", name: "新人甲")], [Rel("r2", RelType.AssociateOf, "p3", "p1"), Rel("r3", RelType.AssociateOf, "p3", "ghost")]),
        "end deleted in batch" => new GraphBatch
        {
            Nodes = [Node("p3", name: "新人甲")],
            Relationships = [Rel("r2", RelType.Holds, "p3", "u1")],
            DeleteNodes = ["u1"],
        },
        "label change" => Batch([Node("p3", name: "新人甲"), Node("u1", NodeLabel.Company, "某某局")]),
        "duplicate key in batch" => Batch(
        [
            Node("p3", name: "新人甲", key: new NaturalKey(NaturalKeyKind.NationalId, "110105196001010013")),
            Node("p4", name: "新人乙", key: new NaturalKey(NaturalKeyKind.NationalId, "110105196001010013")),
        ]),
        "key of another node" => Batch([Node("p3", name: "新人甲", key: new NaturalKey(NaturalKeyKind.NationalId, "110105194912310021"))]),
        "empty node id" => Batch([Node("p3", name: "新人甲"), Node(" ", name: "无名")]),
        "empty relationship id" => Batch([Node("p3", name: "新人甲")], [Rel("r2", RelType.AssociateOf, "p3", "p1"), Rel("", RelType.AssociateOf, "p3", "p2")]),
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    private async Task AssertUnchangedAsync()
    {
        // On disk: exactly the three nodes and one relationship of InitializeAsync.
        Assert.Equal(3, SqliteFile.Count(_directory.DatabaseFile, "SELECT count(*) FROM nodes"));
        Assert.Equal(1, SqliteFile.Count(_directory.DatabaseFile, "SELECT count(*) FROM rels"));
        Assert.Equal(1, SqliteFile.Count(_directory.DatabaseFile, "SELECT count(*) FROM nodes WHERE id = 'u1' AND label = 2"));

        // In memory: counts, names, adjacency.
        GraphStats stats = await _store.GetStatsAsync();
        Assert.Equal(3, stats.Nodes);
        Assert.Equal(1, stats.Relationships);
        Assert.Empty(await _store.SearchNamesAsync(new NameSearchQuery("新人")));
        Assert.Equal(["p1", "p2"], (await _store.GetNeighborhoodAsync("p1", new NeighborhoodQuery(3))).Nodes.Select(n => n.Node.Id));
        await Assert.ThrowsAsync<NodeNotFoundException>(() => _store.GetNeighborhoodAsync("p3", new NeighborhoodQuery()));
        Assert.Equal(NodeLabel.Unit, (await _store.GetNodeAsync("u1"))?.Label);
    }
}
