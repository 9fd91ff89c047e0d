using Clues.Cli.Bench;
using Clues.Core.Graph;
using Clues.Graph.Embedded;

namespace Clues.Cli.Tests.Bench;

public sealed class CluesPeerTests
{
    [Fact]
    public async Task Our_store_answers_the_hand_made_graph_as_worked_out_by_hand()
    {
        using var folder = new TempFolder();
        await using var store = await EmbeddedGraphStore.OpenAsync(
            new EmbeddedGraphStoreOptions(folder.Path) { SynchronousFull = false }, null, CancellationToken.None);
        var graph = HandMadeGraph.Build();
        await WriteAsync(store, graph);

        var run = await new CluesPeer(store, openMs: null).RunAsync(graph, HandMadeGraph.Sample(), TextWriter.Null, CancellationToken.None);

        HandMadeGraphAssertions.AnswersMatchTheHandWorkedValues(run);
    }

    /// <summary>Writes the dense graph into a store: every node with its label and name, every edge as a relationship.</summary>
    private static async Task WriteAsync(IGraphStore store, BenchGraph graph)
    {
        var nodes = graph.Ids.Select((id, i) => new NodeRecord(id, graph.Labels[i], graph.Names[i], null, [])).ToList();
        // The type does not matter to these queries (no filter); ids in edge order keep the store's order stable.
        var relationships = graph.EdgeStarts
            .Select((start, i) => new RelationshipRecord($"r{i:D3}", RelType.AssociateOf, graph.Ids[start], graph.Ids[graph.EdgeEnds[i]], null, null, []))
            .ToList();
        await store.WriteAsync(new GraphBatch { Nodes = nodes, Relationships = relationships }, CancellationToken.None);
    }
}
