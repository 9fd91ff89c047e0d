using Clues.Core.Graph;
using Clues.Graph.Contract;
using Clues.Graph.Embedded;
using Clues.Graph.Neo4j.Migration;

namespace Clues.Graph.Neo4j.Tests.Migration;

/// <summary>The copy behind <c>clues migrate</c>, between two real embedded stores (the Neo4j target is a store like any other).</summary>
public sealed class GraphCopierTests : IAsyncLifetime
{
    private const string Target = "http://localhost:7474 database neo4j";

    private readonly string _root = Path.Combine(Path.GetTempPath(), "clues-migrate-" + Guid.NewGuid().ToString("N"));
    private IGraphStore _source = null!;

    private string Checkpoint => Path.Combine(_root, "checkpoint.json");

    public async Task InitializeAsync()
    {
        _source = await EmbeddedGraphStore.OpenAsync(new EmbeddedGraphStoreOptions(Path.Combine(_root, "source")));
        await ContractGraph.WriteAsync(_source);
    }

    public async Task DisposeAsync()
    {
        await _source.DisposeAsync();
        Directory.Delete(_root, recursive: true);
    }

    private async Task<IGraphStore> OpenTargetAsync() =>
        await EmbeddedGraphStore.OpenAsync(new EmbeddedGraphStoreOptions(Path.Combine(_root, "target")));

    [Fact]
    public async Task A_copy_moves_every_node_and_relationship_with_its_properties()
    {
        await using var target = new CountingStore(await OpenTargetAsync());
        var reports = new List<MigrationProgress>();

        var done = await new GraphCopier(_source, target, Target, Checkpoint, batchSize: 10).RunAsync(new Recorder(reports), CancellationToken.None);

        var stats = await target.GetStatsAsync();
        Assert.Equal(ContractGraph.NodeCount, stats.Nodes);
        Assert.Equal(ContractGraph.RelationshipCount, stats.Relationships);
        Assert.Equal(ContractGraph.NodeCount, done.NodesCopied);
        Assert.Equal(ContractGraph.RelationshipCount, done.RelationshipsCopied);
        Assert.Equal(MigrationCheckpoint.DonePhase, done.Phase);
        Assert.Equal(await _source.GetNodeAsync(ContractGraph.WangFang) is { } n ? n.Properties.ToJsonString() : "", (await target.GetNodeAsync(ContractGraph.WangFang))!.Properties.ToJsonString());
        var contract = (await target.GetRelationshipAsync(ContractGraph.XiuyuanContract2020))!;
        Assert.Equal(ContractGraph.D20200601, contract.ValidFrom);
        Assert.Equal("CG-2020-017", contract.Properties["contractNo"]!.GetValue<string>());
        Assert.NotNull(await target.GetRelationshipAsync(ContractGraph.HuaxinHoldsOwnShares));

        // 66 nodes in batches of 10 is 7 writes; relationships go by whole start nodes, at least 10 a batch.
        Assert.InRange(target.Writes, 7 + 2, 7 + 8);
        Assert.Equal(reports.Select(r => r.NodesCopied).Order(), reports.Select(r => r.NodesCopied));
        Assert.Equal(ContractGraph.NodeCount, reports[^1].NodesTotal);
        Assert.Equal(ContractGraph.NodeCount, reports.Last(r => r.Phase == MigrationCheckpoint.NodesPhase).NodesCopied);
    }

    [Fact]
    public async Task A_stopped_copy_resumes_after_the_last_batch_it_wrote()
    {
        await using (var failing = new CountingStore(await OpenTargetAsync(), failAfterWrites: 3))
        {
            await Assert.ThrowsAsync<GraphStoreException>(() => new GraphCopier(_source, failing, Target, Checkpoint, batchSize: 10).RunAsync(null, CancellationToken.None));
        }

        var saved = await MigrationCheckpoint.LoadAsync(Checkpoint, CancellationToken.None);
        Assert.Equal(MigrationCheckpoint.NodesPhase, saved!.Phase);
        Assert.Equal(30, saved.NodesCopied);

        await using var target = new CountingStore(await OpenTargetAsync());
        var done = await new GraphCopier(_source, target, Target, Checkpoint, batchSize: 10).RunAsync(null, CancellationToken.None);

        var stats = await target.GetStatsAsync();
        Assert.Equal(ContractGraph.NodeCount, stats.Nodes);
        Assert.Equal(ContractGraph.RelationshipCount, stats.Relationships);
        Assert.Equal(ContractGraph.NodeCount, done.NodesCopied);

        // Resumed: the 4 remaining node batches, not all 7.
        var relationshipWrites = target.Writes - 4;
        Assert.InRange(relationshipWrites, 2, 8);
    }

    [Fact]
    public async Task A_finished_copy_run_again_writes_nothing()
    {
        await using var target = new CountingStore(await OpenTargetAsync());
        await new GraphCopier(_source, target, Target, Checkpoint, batchSize: 50).RunAsync(null, CancellationToken.None);
        var writes = target.Writes;

        var again = await new GraphCopier(_source, target, Target, Checkpoint, batchSize: 50).RunAsync(null, CancellationToken.None);

        Assert.Equal(writes, target.Writes);
        Assert.Equal(MigrationCheckpoint.DonePhase, again.Phase);
    }

    [Fact]
    public async Task A_checkpoint_of_a_copy_into_another_target_is_refused()
    {
        await new MigrationCheckpoint("http://other:7474 database neo4j", MigrationCheckpoint.NodesPhase, "a05", 5, 0).SaveAsync(Checkpoint, CancellationToken.None);
        await using var target = new CountingStore(await OpenTargetAsync());

        var ex = await Assert.ThrowsAsync<GraphStoreException>(() => new GraphCopier(_source, target, Target, Checkpoint, batchSize: 10).RunAsync(null, CancellationToken.None));

        Assert.Contains("http://other:7474", ex.Message, StringComparison.Ordinal);
        Assert.Contains("--restart", ex.Message, StringComparison.Ordinal);
        Assert.Equal(0, target.Writes);
    }
}
