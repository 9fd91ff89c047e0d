using Clues.Api.Resolvers;
using Clues.Core.Graph;

namespace Clues.Api.Tests.Resolvers;

/// <summary>
/// Nested queries do not make one store call per item: node references are loaded in one batch per level, and a
/// node's relationships in one call however many relationship fields the query selects on it.
/// </summary>
public sealed class StoreCallTests(CountingApiFactory factory) : IClassFixture<CountingApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    private CountingGraphStore Store => factory.Store ?? throw new InvalidOperationException("The factory did not wrap the store.");

    [Fact]
    public async Task Node_reads_of_a_nested_search_do_not_grow_with_the_number_of_hits()
    {
        const string Query = """
            query Q($first: Int) {
              search(text: "王", kinds: [PERSON], first: $first) {
                node { ... on Person { name relatives { relation person { name } } companies { company { name } } positions { position { title } } } }
              }
            }
            """;

        var few = await CountAsync(Query, new { first = 3 });
        var many = await CountAsync(Query, new { first = 30 });

        // search: one GetNodes for the hits; then one GetNodes for the far nodes of all relationship fields of all hits.
        Assert.Equal(few.NodeReads, many.NodeReads);
        Assert.Equal(2, few.NodeReads);
        Assert.Equal(0, many.SingleNodeReads);

        // One relationship read per person served, shared by relatives, companies (two types) and positions.
        Assert.Equal(few.Items, few.RelationshipReads);
        Assert.Equal(many.Items, many.RelationshipReads);
        Assert.True(many.Items > few.Items);
    }

    [Fact]
    public async Task A_neighbourhood_loads_all_its_nodes_in_one_batch_whatever_the_limit()
    {
        // managementLevel is not carried by the traversal, so every node needs its record (compare the next test).
        const string Query = """
            query Q($id: ID!, $limit: Int) {
              neighborhood(id: $id, depth: 2, limit: $limit) { nodes { node { id ... on Person { name managementLevel } ... on Unit { name } } } }
            }
            """;
        var id = GlobalId.Encode(NodeLabel.Unit, "unit-00004");

        var small = await CountAsync(Query, new { id, limit = 5 });
        var large = await CountAsync(Query, new { id, limit = 150 });

        Assert.Equal(1, small.NodeReads);
        Assert.Equal(1, large.NodeReads);
        Assert.Equal(small.Total, large.Total);
    }

    [Fact]
    public async Task A_neighbourhood_drawn_with_ids_types_and_names_reads_no_node()
    {
        // The traversal carries each node's id, label and name; a drawing asking for nothing more needs no node read.
        const string Query = """
            query Q($id: ID!, $limit: Int) {
              neighborhood(id: $id, depth: 2, limit: $limit) { nodes { node { id __typename ... on Person { name } ... on Unit { name } } } }
            }
            """;
        var id = GlobalId.Encode(NodeLabel.Unit, "unit-00004");

        var large = await CountAsync(Query, new { id, limit = 150 });
        var clues = LastClueCount;

        // Clues among the drawn nodes come the same way: their id is still gated and audited, which needs the clue's
        // id and the caller's jurisdiction, not its record.
        Assert.True(large.Items > clues + 1);
        Assert.Equal(0, large.NodeReads);
        Assert.Equal(0, large.SingleNodeReads);
    }

    /// <summary>How many Clue nodes the last neighbourhood counted by <see cref="CountAsync"/> drew (read from __typename).</summary>
    private int LastClueCount { get; set; }

    private async Task<(int NodeReads, int SingleNodeReads, int RelationshipReads, int Total, int Items)> CountAsync(string query, object variables)
    {
        // Warm the host (first request opens and seeds the store) and the jurisdictions derived for visibility, which
        // are kept across requests, by running the query once; the second run shows the per-request batching.
        await _client.PostGraphQLAsync("{ stats { nodes } }");
        await _client.PostGraphQLAsync(query, variables);
        Store.Reset();
        var (_, body) = await _client.PostGraphQLAsync(query, variables);
        // Items: the search hits served (hits outside the caller's jurisdiction are dropped), or the neighbourhood's nodes.
        var data = body.Data();
        var items = data.TryGetProperty("search", out var hits) ? hits.GetArrayLength() : data.GetProperty("neighborhood").GetProperty("nodes").GetArrayLength();
        LastClueCount = data.TryGetProperty("neighborhood", out var drawn)
            ? drawn.GetProperty("nodes").EnumerateArray().Count(n => n.GetProperty("node").TryGetProperty("__typename", out var type) && type.GetString() == "Clue")
            : 0;
        return (Store[nameof(IGraphStore.GetNodesAsync)], Store[nameof(IGraphStore.GetNodeAsync)], Store[nameof(IGraphStore.GetRelationshipsAsync)], Store.Total, items);
    }
}
