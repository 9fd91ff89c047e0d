using System.Text.Json.Nodes;
using Clues.Core.Graph;
using static Clues.Graph.Embedded.Tests.Records;

namespace Clues.Graph.Embedded.Tests;

public sealed class PersistenceTests : IDisposable
{
    private readonly TempStoreDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public async Task Data_survives_close_and_reopen_and_the_rebuilt_index_answers_as_before()
    {
        var props = JsonNode.Parse("""{"amount":1.50,"nested":{"list":[1,"二",null,true]},"big":12345678901234567890,"text":"引号\"和\\斜杠"}""")!.AsObject();
        Snapshot before;
        await using (EmbeddedGraphStore store = await _directory.OpenAsync())
        {
            await WriteSampleGraphAsync(store, props);
            before = await Snapshot.TakeAsync(store);
        }

        Assert.Equal(6, before.Stats.Nodes);
        Assert.Equal(5, before.Stats.Relationships);

        await using (EmbeddedGraphStore reopened = await _directory.OpenAsync())
        {
            Snapshot after = await Snapshot.TakeAsync(reopened);
            before.AssertSameAs(after);

            NodeRecord? company = await reopened.GetNodeAsync("c1");
            Assert.NotNull(company);
            Assert.Equal(props.ToJsonString(), company.Properties.ToJsonString());
            Assert.Equal(new NaturalKey(NaturalKeyKind.CreditCode, "91110000600037341L"), company.Key);
            Assert.Equal("c1", (await reopened.FindByKeyAsync(new NaturalKey(NaturalKeyKind.CreditCode, "91110000600037341L")))?.Id);

            RelationshipRecord? holds = await reopened.GetRelationshipAsync("r-holds");
            Assert.NotNull(holds);
            Assert.Equal(new DateOnly(2019, 3, 1), holds.ValidFrom);
            Assert.Null(holds.ValidTo);
            Assert.Equal("p1", holds.StartId);
            Assert.Equal("pos1", holds.EndId);

            // The reopened store keeps writing where the old one stopped (no slot collisions).
            await reopened.WriteAsync(Batch([Node("p9", name: "新人")], [Rel("r-new", RelType.AssociateOf, "p9", "p1")]));
            Assert.Equal(["p9", "p1"], (await reopened.ShortestPathAsync("p9", "p1", new PathQuery()))!.Nodes.Select(n => n.Id));
        }
    }

    [Fact]
    public async Task Closing_checkpoints_the_write_ahead_log_into_the_database_file()
    {
        await using (EmbeddedGraphStore store = await _directory.OpenAsync())
        {
            await WriteSampleGraphAsync(store, []);
        }

        string wal = _directory.DatabaseFile + "-wal";
        Assert.True(!File.Exists(wal) || new FileInfo(wal).Length == 0, "The WAL should be empty after dispose.");
        Assert.True(new FileInfo(_directory.DatabaseFile).Length > 0);
    }

    [Fact]
    public async Task The_write_ahead_log_is_checkpointed_as_writes_go_on_not_left_to_grow()
    {
        string wal = _directory.DatabaseFile + "-wal";
        await using EmbeddedGraphStore store = await _directory.OpenAsync();
        var written = 0L;
        for (var batch = 0; batch < 200; batch++)
        {
            var nodes = Enumerable.Range(0, 50).Select(i => Node($"p-{batch}-{i}-{Guid.NewGuid():N}", name: $"检查点测试人员{batch}号{i}", props: new JsonObject { ["note"] = new string('记', 200) })).ToList();
            await store.WriteAsync(Batch(nodes));
            written += nodes.Sum(n => n.Id.Length + 600);
        }

        // 10,000 nodes of ~1 KB went in; without checkpoints the log would hold every page they dirtied (tens of MB).
        // The log restarts from its beginning after each checkpoint, so its file stays near one interval's frames.
        long walBytes = new FileInfo(wal).Length;
        Assert.Equal(0, store.CheckpointFailures);
        Assert.True(walBytes < written / 4, $"WAL {walBytes:N0} bytes after writing {written:N0} bytes of rows.");
        Assert.Equal(10_000, (await store.GetStatsAsync()).Nodes);
    }

    [Fact]
    public async Task A_directory_can_be_open_in_only_one_store_at_a_time()
    {
        await using EmbeddedGraphStore store = await _directory.OpenAsync();

        var ex = await Assert.ThrowsAsync<GraphStoreException>(() => _directory.OpenAsync());
        Assert.Contains("already open", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_data_directory_is_created()
    {
        string nested = Path.Combine(_directory.Path, "a", "b");
        await using EmbeddedGraphStore store = await EmbeddedGraphStore.OpenAsync(new EmbeddedGraphStoreOptions(nested) { SynchronousFull = false });

        Assert.True(File.Exists(Path.Combine(nested, "graph.db")));
    }

    [Fact]
    public async Task Opening_reports_progress_for_each_phase()
    {
        await using (EmbeddedGraphStore store = await _directory.OpenAsync())
        {
            await WriteSampleGraphAsync(store, []);
        }

        var reports = new List<StoreOpenProgress>();
        await using (EmbeddedGraphStore reopened = await EmbeddedGraphStore.OpenAsync(_directory.Options, new SynchronousProgress(reports)))
        {
            Assert.Contains(reports, r => r.Phase == "nodes" && r.Done == r.Total && r.Total == 6);
            Assert.Contains(reports, r => r.Phase == "relationships" && r.Done == r.Total && r.Total == 5);
        }
    }

    /// <summary>Writes, updates and deletes so the files have holes and changed rows, not just appends.</summary>
    private static async Task WriteSampleGraphAsync(EmbeddedGraphStore store, JsonObject companyProps)
    {
        await store.WriteAsync(Batch(
            [
                Node("p1", name: "王建国", key: new NaturalKey(NaturalKeyKind.NationalId, "11010519491231002X")),
                Node("p2", name: "李建国"),
                Node("p3", name: "张三"),
                Node("gone", name: "临时"),
                Node("pos1", NodeLabel.Position, "局长"),
                Node("u1", NodeLabel.Unit, "某某局"),
                Node("c1", NodeLabel.Company, "某某建设有限公司", new NaturalKey(NaturalKeyKind.CreditCode, "91110000600037341L"), companyProps.DeepClone().AsObject()),
            ],
            [
                Rel("r-holds", RelType.Holds, "p1", "pos1", new DateOnly(2019, 3, 1)),
                Rel("r-in", RelType.PositionIn, "pos1", "u1"),
                Rel("r-kin", RelType.RelativeOf, "p1", "p2", props: new JsonObject { ["relation"] = "兄弟" }),
                Rel("r-legal", RelType.LegalRepresentativeOf, "p2", "c1", new DateOnly(2018, 1, 1), new DateOnly(2022, 12, 31)),
                Rel("r-gone", RelType.AssociateOf, "gone", "p3"),
                Rel("r-moved", RelType.AssociateOf, "p3", "p2"),
            ]));
        await store.WriteAsync(new GraphBatch
        {
            Nodes = [Node("p3", name: "张三丰")],
            Relationships = [Rel("r-moved", RelType.AssociateOf, "p3", "p1")],
            DeleteNodes = ["gone"],
        });
    }

    private sealed class SynchronousProgress(List<StoreOpenProgress> reports) : IProgress<StoreOpenProgress>
    {
        public void Report(StoreOpenProgress value) => reports.Add(value);
    }

    /// <summary>Everything the index answers, gathered so two stores can be compared.</summary>
    private sealed record Snapshot(GraphStats Stats, List<string> Nodes, List<string> Edges, List<string> Answers)
    {
        public static async Task<Snapshot> TakeAsync(EmbeddedGraphStore store)
        {
            var nodes = (await ToListAsync(store.ScanNodesAsync())).Select(n => $"{n.Id}|{n.Label}|{n.Name}").ToList();
            var edges = (await ToListAsync(store.ScanEdgesAsync())).Select(e => e.ToString()).Order(StringComparer.Ordinal).ToList();
            var answers = new List<string>();
            foreach (string id in new[] { "p1", "p2", "p3", "u1" })
            {
                Neighborhood n = await store.GetNeighborhoodAsync(id, new NeighborhoodQuery(3));
                answers.Add(string.Join(",", n.Nodes.Select(x => $"{x.Node.Id}@{x.Depth}/{x.Degree}/{x.OmittedNeighbors}")) + ";" + string.Join(",", n.Edges.Select(e => e.Id)) + ";" + n.TotalReachable);
                DegreeCounts d = (await store.GetDegreesAsync([id]))[0];
                answers.Add($"{d.Total}/{d.Outgoing}/{d.Incoming}/{string.Join(",", d.ByType.OrderBy(kv => kv.Key).Select(kv => $"{kv.Key}={kv.Value}"))}");
                answers.Add(string.Join(",", (await store.GetRelationshipsAsync(id)).Select(r => r.Id + r.Properties.ToJsonString())));
            }

            answers.Add(string.Join(",", (await store.SearchNamesAsync(new NameSearchQuery("建国"))).Select(n => n.Id)));
            answers.Add(string.Join(",", (await store.SearchNamesAsync(new NameSearchQuery("张三"))).Select(n => n.Id)));
            GraphPath? path = await store.ShortestPathAsync("c1", "u1", new PathQuery());
            answers.Add(string.Join(",", path!.Edges.Select(e => e.Id)));
            return new Snapshot(await store.GetStatsAsync(), nodes, edges, answers);
        }

        public void AssertSameAs(Snapshot other)
        {
            Assert.Equal(Stats.Nodes, other.Stats.Nodes);
            Assert.Equal(Stats.Relationships, other.Stats.Relationships);
            Assert.Equal(Stats.ByLabel.OrderBy(kv => kv.Key), other.Stats.ByLabel.OrderBy(kv => kv.Key));
            Assert.Equal(Stats.ByType.OrderBy(kv => kv.Key), other.Stats.ByType.OrderBy(kv => kv.Key));
            Assert.Equal(Nodes, other.Nodes);
            Assert.Equal(Edges, other.Edges);
            Assert.Equal(Answers, other.Answers);
        }
    }
}
