using Clues.Core.Graph;
using Clues.Core.Model;
using static Clues.Graph.Embedded.Tests.Records;

namespace Clues.Graph.Embedded.Tests;

/// <summary>
/// The index keeps a relationship's id only when it differs from the one derived from its type and ends, and finds
/// every other relationship through the nodes its id names. These tests write ids of every kind (derived, derived
/// with a discriminator, made up, and made up to look derived for other ends), over node ids holding the
/// separators, and check each relationship is found, updated, moved, deleted and listed by its own id.
/// </summary>
public sealed class EdgeIdTests : IDisposable
{
    private static readonly string[] NodeIds = ["a", "b", "a>b", "b>", ">a", "x:y", "人", "c", "d>e>f"];

    private static readonly RelType[] Types = [RelType.AssociateOf, RelType.RelativeOf, RelType.Holds];

    private readonly TempStoreDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public async Task Relationships_are_found_by_their_ids_of_every_kind_through_moves_deletes_and_a_reopen(int seed)
    {
        var random = new Random(seed);
        var model = new Dictionary<string, RelationshipRecord>(StringComparer.Ordinal);
        EmbeddedGraphStore store = await _directory.OpenAsync();
        try
        {
            await store.WriteAsync(Batch(NodeIds.Select(id => Node(id))));
            for (int step = 0; step < 300; step++)
            {
                GraphBatch batch;
                if (model.Count > 0 && random.Next(5) == 0)
                {
                    string gone = model.Keys.ElementAt(random.Next(model.Count));
                    batch = new GraphBatch { DeleteRelationships = [gone] };
                    model.Remove(gone);
                }
                else
                {
                    // Half the time an existing id, which moves or retypes that relationship; else a new one.
                    RelationshipRecord rel = RandomRel(random, step);
                    if (model.Count > 0 && random.Next(2) == 0)
                    {
                        rel = rel with { Id = model.Keys.ElementAt(random.Next(model.Count)) };
                    }

                    batch = Batch(rels: [rel]);
                    model[rel.Id] = rel;
                }

                await store.WriteAsync(batch);
                if (step % 25 == 0)
                {
                    await CheckAsync(store, model);
                }
            }

            await CheckAsync(store, model);
            await store.DisposeAsync();
            store = await _directory.OpenAsync();
            await CheckAsync(store, model);

            // After the reopen every id is still found for an update, not taken for a new relationship.
            foreach (RelationshipRecord rel in model.Values.ToList())
            {
                model[rel.Id] = rel with { Type = RelType.AssociateOf, StartId = "c", EndId = "人" };
            }

            await store.WriteAsync(Batch(rels: model.Values));
            await CheckAsync(store, model);
            await store.WriteAsync(new GraphBatch { DeleteNodes = ["c"] });
            model.Clear();
            await CheckAsync(store, model);
        }
        finally
        {
            await store.DisposeAsync();
        }
    }

    [Fact]
    public async Task A_relationship_moved_onto_and_off_the_ends_its_id_names_stays_one_relationship()
    {
        await using EmbeddedGraphStore store = await _directory.OpenAsync();
        await store.WriteAsync(Batch(NodeIds.Select(id => Node(id))));
        string id = GraphBatchBuilder.IdOf(RelType.AssociateOf, "a", "b");
        foreach ((string start, string end) in new[] { ("c", "d>e>f"), ("a", "b"), ("c", "d>e>f"), ("a", "b") })
        {
            await store.WriteAsync(Batch(rels: [Rel(id, RelType.AssociateOf, start, end)]));
            Assert.Equal(1, (await store.GetStatsAsync()).Relationships);
            Assert.Equal([id], (await store.GetRelationshipsAsync(start)).Select(r => r.Id));
            Assert.Empty(await store.GetRelationshipsAsync(start == "a" ? "c" : "a"));
        }

        await store.WriteAsync(new GraphBatch { DeleteRelationships = [id] });
        Assert.Equal(0, (await store.GetStatsAsync()).Relationships);
        Assert.Empty(await store.GetRelationshipsAsync("a"));
    }

    private static RelationshipRecord RandomRel(Random random, int step)
    {
        RelType type = Types[random.Next(Types.Length)];
        string start = NodeIds[random.Next(NodeIds.Length)];
        string end = random.Next(10) == 0 ? start : NodeIds[random.Next(NodeIds.Length)];
        string id = random.Next(6) switch
        {
            0 => GraphBatchBuilder.IdOf(type, start, end, $"{step}"),
            1 => $"own-{step}",
            2 => GraphBatchBuilder.IdOf(Types[random.Next(Types.Length)], NodeIds[random.Next(NodeIds.Length)], NodeIds[random.Next(NodeIds.Length)]),
            _ => GraphBatchBuilder.IdOf(type, start, end),
        };
        return Rel(id, type, start, end);
    }

    private static async Task CheckAsync(EmbeddedGraphStore store, Dictionary<string, RelationshipRecord> model)
    {
        Assert.Equal(model.Count, (await store.GetStatsAsync()).Relationships);
        foreach (string node in NodeIds.Where(id => id != "c" || model.Values.Any(r => r.StartId == "c" || r.EndId == "c")))
        {
            // Listed by type, then id in ordinal order, with the ends each id was written with.
            List<RelationshipRecord> expected =
            [
                .. model.Values.Where(r => r.StartId == node || r.EndId == node)
                    .OrderBy(r => (byte)r.Type).ThenBy(r => r.Id, StringComparer.Ordinal),
            ];
            IReadOnlyList<RelationshipRecord> listed = await store.GetRelationshipsAsync(node);
            Assert.Equal(expected.Select(Shape), listed.Select(Shape));

            Neighborhood hood = await store.GetNeighborhoodAsync(node, new NeighborhoodQuery(Depth: 1, NodeLimit: 50));
            Assert.All(hood.Edges, e => Assert.Equal(Shape(model[e.Id]), $"{e.Id}|{e.Type}|{e.StartId}|{e.EndId}"));
            Assert.Equal(expected.Count, hood.Nodes.Single(n => n.Node.Id == node).Degree);
        }
    }

    private static string Shape(RelationshipRecord r) => $"{r.Id}|{r.Type}|{r.StartId}|{r.EndId}";
}
