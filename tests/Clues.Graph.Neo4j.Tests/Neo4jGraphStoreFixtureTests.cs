using System.Net;
using System.Text.Json.Nodes;
using Clues.Core.Graph;
using Clues.Graph.Neo4j.Cypher;

namespace Clues.Graph.Neo4j.Tests;

/// <summary>The store's requests and its reading of answers, against fixture answers shaped as Neo4j documents them.</summary>
public sealed class Neo4jGraphStoreFixtureTests
{
    private static readonly Neo4jOptions Options = new(new Uri("http://localhost:7474"), "neo4j", "verysecret");
    private static readonly int SchemaCount = Statements.Schema().Count();

    private static FixtureHandler Connected(string discovery = "discovery-5.26.json")
    {
        var handler = new FixtureHandler().ThenDiscovery(discovery);
        for (var i = 0; i < SchemaCount; i++)
        {
            handler.ThenQuery("empty-with-counters.json");
        }

        return handler;
    }

    private static Task<Neo4jGraphStore> ConnectAsync(FixtureHandler handler) =>
        Neo4jGraphStore.ConnectAsync(Options, handler, disposeHandler: false, CancellationToken.None);

    private static FixtureHandler ThenInTransaction(FixtureHandler handler, string fixture) =>
        handler.Then(HttpMethod.Post, "/db/neo4j/query/v2/tx/lyU", HttpStatusCode.Accepted, fixture);

    [Fact]
    public async Task Connecting_creates_every_constraint_and_index_if_missing()
    {
        var handler = Connected();

        await using var store = await ConnectAsync(handler);

        var sent = handler.Requests.Skip(1).Select(r => r.Statement).ToList();
        Assert.Equal(Statements.Schema().Select(s => s.Text), sent);
        Assert.All(sent, s => Assert.Contains("IF NOT EXISTS", s, StringComparison.Ordinal));
        Assert.Contains("CREATE FULLTEXT INDEX clues_names IF NOT EXISTS FOR (n:CluesNode) ON EACH [n.name]", sent);
        Assert.Contains("CREATE CONSTRAINT clues_inspection_round_id IF NOT EXISTS FOR (n:InspectionRound) REQUIRE n.id IS UNIQUE", sent);
        Assert.Equal("5.26.0", store.ServerVersion);
        Assert.True(store.WritesAreAtomic);
    }

    [Fact]
    public async Task A_batch_is_written_in_one_transaction_as_unwind_rows_and_later_reads_carry_its_bookmark()
    {
        var handler = Connected()
            .Then(HttpMethod.Post, "/db/neo4j/query/v2/tx", HttpStatusCode.Accepted, "tx-begin-lock.json");
        ThenInTransaction(handler, "tx-node-states-one-person.json"); // p1 exists as a Person
        ThenInTransaction(handler, "tx-empty.json");                  // nobody holds p1's key
        ThenInTransaction(handler, "tx-empty.json");                  // k1 does not exist yet
        ThenInTransaction(handler, "tx-empty.json");                  // release keys of stored nodes in the batch
        ThenInTransaction(handler, "tx-upsert-two-nodes.json");
        ThenInTransaction(handler, "tx-upsert-relationship.json");
        handler.Then(HttpMethod.Post, "/db/neo4j/query/v2/tx/lyU/commit", HttpStatusCode.Accepted, "tx-commit.json")
            .ThenQuery("nodes-by-id.json");
        await using var store = await ConnectAsync(handler);
        var before = store.DataVersion;

        var result = await store.WriteAsync(new GraphBatch
        {
            Nodes =
            [
                new NodeRecord("p1", NodeLabel.Person, "周建国", new NaturalKey(NaturalKeyKind.NationalId, "11010519491231002X"), new JsonObject { ["rank"] = "正科" }),
                new NodeRecord("p2", NodeLabel.Person, "Ｃhen 丽", null, []),
            ],
            Relationships = [new RelationshipRecord("k1", RelType.RelativeOf, "p1", "p2", new DateOnly(2020, 1, 1), null, new JsonObject { ["relation"] = "配偶" })],
        });
        await store.GetNodeAsync("a01");

        Assert.Equal(new WriteResult(NodesCreated: 1, NodesUpdated: 1, RelationshipsCreated: 1, RelationshipsUpdated: 0, NodesDeleted: 0, RelationshipsDeleted: 0), result);
        Assert.Equal(before + 1, store.DataVersion);
        var writes = handler.Requests.Skip(1 + SchemaCount).ToList();
        Assert.Equal(
            [Statements.AcquireWriteLock.Text, Statements.NodeStates.Text, Statements.KeyOwners.Text, Statements.RelationshipStates.Text,
             Statements.ReleaseKeys.Text, Statements.UpsertNodes(NodeLabel.Person).Text, Statements.UpsertRelationships(RelType.RelativeOf).Text],
            writes.Take(7).Select(r => r.Statement));
        var rows = writes[5].Parameter("rows").GetProperty("_value");
        Assert.Equal(2, rows.GetArrayLength());
        var p2 = rows[1].GetProperty("_value");
        Assert.Equal("p2", p2.GetProperty("id").GetProperty("_value").GetString());
        Assert.Equal("chen 丽", p2.GetProperty("searchName").GetProperty("_value").GetString());
        Assert.Equal("6", p2.GetProperty("searchLength").GetProperty("_value").GetString());
        Assert.Equal("Null", p2.GetProperty("key").GetProperty("$type").GetString());
        Assert.Equal("NationalId:11010519491231002X", rows[0].GetProperty("_value").GetProperty("key").GetProperty("_value").GetString());
        Assert.Equal("""{"rank":"正科"}""", JsonNode.Parse(rows[0].GetProperty("_value").GetProperty("props").GetProperty("_value").GetString()!)!.ToJsonString(new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
        var rel = writes[6].Parameter("rows").GetProperty("_value")[0].GetProperty("_value");
        Assert.Equal("Date", rel.GetProperty("validFrom").GetProperty("$type").GetString());
        Assert.Equal("2020-01-01", rel.GetProperty("validFrom").GetProperty("_value").GetString());
        Assert.Equal("Null", rel.GetProperty("validTo").GetProperty("$type").GetString());
        Assert.EndsWith("/tx/lyU/commit", writes[7].Uri.AbsolutePath, StringComparison.Ordinal);
        Assert.Equal("READ", writes[8].Json.GetProperty("accessMode").GetString());
        Assert.Equal("FB:kcwQ/wTfJf8rS1WY+GiIKXsCXgmQ", writes[8].Json.GetProperty("bookmarks")[0].GetString());
    }

    [Fact]
    public async Task Deleting_a_node_reports_the_relationships_the_server_removed_with_it()
    {
        var handler = Connected()
            .Then(HttpMethod.Post, "/db/neo4j/query/v2/tx", HttpStatusCode.Accepted, "tx-begin-lock.json");
        ThenInTransaction(handler, "tx-delete-node.json");
        handler.Then(HttpMethod.Post, "/db/neo4j/query/v2/tx/lyU/commit", HttpStatusCode.Accepted, "tx-commit.json");
        await using var store = await ConnectAsync(handler);

        var result = await store.WriteAsync(new GraphBatch { DeleteNodes = ["p1", "p1"] });

        Assert.Equal(new WriteResult(0, 0, 0, 0, NodesDeleted: 1, RelationshipsDeleted: 2), result);
        var delete = handler.Requests[^2];
        Assert.Equal(Statements.DeleteNodes.Text, delete.Statement);
        Assert.Equal(1, delete.Parameter("ids").GetProperty("_value").GetArrayLength());
    }

    [Fact]
    public async Task A_label_change_is_refused_and_the_transaction_rolled_back_before_any_write()
    {
        var handler = Connected()
            .Then(HttpMethod.Post, "/db/neo4j/query/v2/tx", HttpStatusCode.Accepted, "tx-begin-lock.json");
        ThenInTransaction(handler, "tx-node-states-one-person.json");
        handler.Then(HttpMethod.Delete, "/db/neo4j/query/v2/tx/lyU", HttpStatusCode.OK, "");
        await using var store = await ConnectAsync(handler);

        var ex = await Assert.ThrowsAsync<GraphStoreException>(() => store.WriteAsync(new GraphBatch { Nodes = [new NodeRecord("p1", NodeLabel.Unit, "城关镇", null, [])] }));

        Assert.Contains("'p1' is a Person and cannot become a Unit", ex.Message, StringComparison.Ordinal);
        Assert.Equal(HttpMethod.Delete, handler.Requests[^1].Method);
        Assert.DoesNotContain(handler.Requests, r => r.Body.Contains("MERGE (n:CluesNode", StringComparison.Ordinal));
        Assert.Equal(0, handler.Remaining);
    }

    [Fact]
    public async Task A_relationship_to_a_missing_node_is_refused_naming_both()
    {
        var handler = Connected()
            .Then(HttpMethod.Post, "/db/neo4j/query/v2/tx", HttpStatusCode.Accepted, "tx-begin-lock.json");
        ThenInTransaction(handler, "tx-node-states-one-person.json"); // only p1 exists
        ThenInTransaction(handler, "tx-empty.json");                  // no relationship states
        handler.Then(HttpMethod.Delete, "/db/neo4j/query/v2/tx/lyU", HttpStatusCode.OK, "");
        await using var store = await ConnectAsync(handler);

        var ex = await Assert.ThrowsAsync<GraphStoreException>(() => store.WriteAsync(new GraphBatch
        {
            Relationships = [new RelationshipRecord("k9", RelType.RelativeOf, "p1", "ghost", null, null, [])],
        }));

        Assert.Contains("'k9'", ex.Message, StringComparison.Ordinal);
        Assert.Contains("'ghost' at its end", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(handler.Requests, r => r.Body.Contains("MERGE (a)-[r:", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Two_nodes_with_one_natural_key_are_refused_without_asking_the_server()
    {
        var handler = Connected();
        await using var store = await ConnectAsync(handler);
        var key = new NaturalKey(NaturalKeyKind.CreditCode, "91330102MA2B3C4D5K");

        var ex = await Assert.ThrowsAsync<GraphStoreException>(() => store.WriteAsync(new GraphBatch
        {
            Nodes = [new NodeRecord("c1", NodeLabel.Company, "甲", key, []), new NodeRecord("c2", NodeLabel.Company, "乙", key, [])],
        }));

        Assert.Contains("'c1' and 'c2'", ex.Message, StringComparison.Ordinal);
        Assert.Equal(1 + SchemaCount, handler.Requests.Count);
    }

    [Fact]
    public async Task Nodes_come_back_in_the_order_asked_with_exact_numbers_and_keys()
    {
        var handler = Connected().ThenQuery("nodes-by-id.json");
        await using var store = await ConnectAsync(handler);

        var nodes = await store.GetNodesAsync(["a01", "a04", "zz", "a01"]);

        Assert.Equal(["a01", "a04", "a01"], nodes.Select(n => n.Id));
        Assert.Equal(new NaturalKey(NaturalKeyKind.NationalId, "11010519491231002X"), nodes[0].Key);
        Assert.Equal(9007199254740993L, nodes[0].Properties["fen"]!.GetValue<long>());
        Assert.Equal("女", nodes[0].Properties["gender"]!.GetValue<string>());
        Assert.Null(nodes[1].Key);
        Assert.NotSame(nodes[0].Properties, nodes[2].Properties);
        var asked = handler.Requests[^1].Parameter("ids").GetProperty("_value");
        Assert.Equal(3, asked.GetArrayLength());
    }

    [Fact]
    public async Task Statistics_add_up_the_counts_by_label_and_type()
    {
        var handler = Connected().ThenQuery("stats.json");
        await using var store = await ConnectAsync(handler);

        var stats = await store.GetStatsAsync();

        Assert.Equal(24, stats.Nodes);
        Assert.Equal(16, stats.Relationships);
        Assert.Equal(20, stats.ByLabel[NodeLabel.Person]);
        Assert.Equal(14, stats.ByType[RelType.AssociateOf]);
    }

    [Fact]
    public async Task Degrees_count_a_self_loop_once_and_a_node_without_relationships_as_zero()
    {
        var handler = Connected().ThenQuery("expand-star.json");
        await using var store = await ConnectAsync(handler);

        var degrees = await store.GetDegreesAsync(["a31", "a06"]);

        // a31: r15 (self-loop, counted once in Total and once each way) and r14 (from a04).
        Assert.Equal(2, degrees[0].Total);
        Assert.Equal(1, degrees[0].Outgoing);
        Assert.Equal(2, degrees[0].Incoming);
        Assert.Equal(2, degrees[0].ByType[RelType.ShareholderOf]);
        Assert.Equal(0, degrees[1].Total);
        Assert.Empty(degrees[1].ByType);
    }

    [Fact]
    public async Task Degrees_of_an_unknown_id_raise_node_not_found()
    {
        var handler = Connected().ThenQuery("expand-star.json");
        await using var store = await ConnectAsync(handler);

        var ex = await Assert.ThrowsAsync<NodeNotFoundException>(() => store.GetDegreesAsync(["a31", "ghost"]));

        Assert.Equal("ghost", ex.NodeId);
    }

    [Fact]
    public async Task Type_and_window_filters_are_sent_as_parameters()
    {
        var handler = Connected().ThenQuery("expand-star.json");
        await using var store = await ConnectAsync(handler);

        await store.GetDegreesAsync(["a31"], new TraversalFilter(RelTypes: new HashSet<RelType> { RelType.ShareholderOf }, Window: TimeWindow.At(new DateOnly(2021, 5, 10))));

        var request = handler.Requests[^1];
        Assert.Equal(Statements.Expand.Text, request.Statement);
        Assert.Equal("ShareholderOf", request.Parameter("types").GetProperty("_value")[0].GetProperty("_value").GetString());
        Assert.Equal("2021-05-10", request.Parameter("windowFrom").GetProperty("_value").GetString());
        Assert.Equal("2021-05-10", request.Parameter("windowTo").GetProperty("_value").GetString());
    }

    [Fact]
    public async Task Name_search_sends_normalised_text_labels_and_limit()
    {
        var handler = Connected().ThenQuery("empty-with-counters.json");
        await using var store = await ConnectAsync(handler);

        await store.SearchNamesAsync(new NameSearchQuery("ＨuaXin", new HashSet<NodeLabel> { NodeLabel.Company }, 5));

        var request = handler.Requests[^1];
        Assert.Equal(Statements.SearchNames.Text, request.Statement);
        Assert.Equal("huaxin", request.Parameter("text").GetProperty("_value").GetString());
        Assert.Equal("Company", request.Parameter("labels").GetProperty("_value")[0].GetProperty("_value").GetString());
        Assert.Equal("5", request.Parameter("limit").GetProperty("_value").GetString());
    }

    [Fact]
    public async Task Out_of_range_requests_are_refused_before_any_request()
    {
        var handler = Connected();
        await using var store = await ConnectAsync(handler);

        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => store.GetNeighborhoodAsync("a01", new NeighborhoodQuery(Depth: 4)));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => store.AllSimplePathsAsync("a01", "a02", new PathQuery(MaxHops: 13)));
        await Assert.ThrowsAsync<ArgumentException>(() => store.SearchNamesAsync(new NameSearchQuery("  ".Trim())));

        Assert.Equal(1 + SchemaCount, handler.Requests.Count);
    }
}
