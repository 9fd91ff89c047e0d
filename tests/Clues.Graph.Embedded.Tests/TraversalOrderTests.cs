using Clues.Core.Graph;
using static Clues.Graph.Embedded.Tests.Records;

namespace Clues.Graph.Embedded.Tests;

/// <summary>
/// Traversals list what they find in adjacency order, unsorted, so the index must keep that order
/// through updates and deletes exactly as a rebuild from disk would produce it.
/// </summary>
public sealed class TraversalOrderTests
{
    [Fact]
    public async Task Neighbourhood_lists_edges_in_the_same_order_after_updates_deletes_and_a_reopen()
    {
        using var dir = new TempStoreDirectory();
        var nodes = Enumerable.Range(0, 12).Select(i => Node($"n{i:D2}")).ToList();
        var rels = new List<RelationshipRecord>();
        for (var i = 0; i < 12; i++)
        {
            for (var j = i + 1; j < 12; j += 1 + (i % 3))
            {
                rels.Add(Rel($"r{i:D2}-{j:D2}", RelType.AssociateOf, $"n{i:D2}", $"n{j:D2}"));
            }
        }

        List<string> before;
        await using (var store = await dir.OpenAsync())
        {
            await store.WriteAsync(Batch(nodes, rels));

            // Move early relationships to new ends (they keep their low slots) and delete others, so a
            // careless index would append or swap them out of slot order.
            await store.WriteAsync(Batch(rels:
            [
                Rel("r00-01", RelType.AssociateOf, "n05", "n00"),
                Rel("r00-02", RelType.AssociateOf, "n00", "n09"),
                Rel("r01-03", RelType.RelativeOf, "n07", "n01"),
            ]));
            await store.WriteAsync(new GraphBatch { DeleteRelationships = ["r00-03", "r02-05", "r05-08", "r01-02"] });

            before = await EdgeOrderAsync(store);
        }

        await using (var reopened = await dir.OpenAsync())
        {
            Assert.Equal(before, await EdgeOrderAsync(reopened));
        }
    }

    private static async Task<List<string>> EdgeOrderAsync(IGraphStore store)
    {
        var order = new List<string>();
        foreach (var center in new[] { "n00", "n05", "n07" })
        {
            var hood = await store.GetNeighborhoodAsync(center, new NeighborhoodQuery(Depth: 2));
            order.AddRange(hood.Nodes.Select(n => n.Node.Id));
            order.Add("|");
            order.AddRange(hood.Edges.Select(e => e.Id));
            order.Add("||");
        }

        Assert.Contains("r00-01", order);
        return order;
    }
}
