using System.Net;
using System.Text.Json;
using Clues.Core.Graph;
using Clues.Graph.Neo4j.Cypher;
using Clues.Graph.Neo4j.Http;

namespace Clues.Graph.Neo4j.Tests;

public sealed class QueryApiClientTests
{
    private static readonly Neo4jOptions Options = new(new Uri("http://localhost:7474"), "neo4j", "verysecret");
    private static readonly CypherStatement Merge = new("merge person", "MERGE (p:Person {name: $name}) RETURN p AS person, p.name AS name", "name");

    private static Task<QueryApiClient> ConnectAsync(FixtureHandler handler, Neo4jOptions? options = null) =>
        QueryApiClient.ConnectAsync(options ?? Options, handler, disposeHandler: false, CancellationToken.None);

    [Fact]
    public async Task Discovery_finds_the_query_api_and_fills_in_the_database()
    {
        var handler = new FixtureHandler().ThenDiscovery();

        using var client = await ConnectAsync(handler, Options with { Database = "clues-城关" });

        Assert.Equal("http://localhost:7474/db/clues-%E5%9F%8E%E5%85%B3/query/v2", client.QueryUri.AbsoluteUri);
        Assert.Equal("5.26.0", client.Server.Version);
        Assert.Equal("community", client.Server.Edition);
        Assert.True(client.ExplicitTransactions);
        var discovery = Assert.Single(handler.Requests);
        Assert.Equal(HttpMethod.Get, discovery.Method);
        Assert.False(discovery.Headers.ContainsKey("Authorization"), "Discovery is unauthenticated; credentials go only with statements.");
    }

    [Fact]
    public async Task Statements_go_to_the_configured_host_even_when_the_server_advertises_another()
    {
        // The compose file maps 7474, but a server behind another mapped port still advertises localhost:7474.
        var options = Options with { Uri = new Uri("http://10.0.0.5:17474") };
        var handler = new FixtureHandler().ThenDiscovery().ThenQuery("typed-values.json");
        using var client = await ConnectAsync(handler, options);

        await client.RunAsync(new CypherStatement("values", "RETURN 1"), null, write: false, CancellationToken.None);

        Assert.Equal("http://10.0.0.5:17474/", handler.Requests[0].Uri.AbsoluteUri);
        Assert.Equal("http://10.0.0.5:17474/db/neo4j/query/v2", handler.Requests[1].Uri.AbsoluteUri);
    }

    [Fact]
    public async Task A_server_without_the_query_api_is_refused_naming_its_version()
    {
        var handler = new FixtureHandler().ThenDiscovery("discovery-4.4.json");

        var ex = await Assert.ThrowsAsync<GraphStoreException>(() => ConnectAsync(handler));

        Assert.Contains("4.4.30", ex.Message, StringComparison.Ordinal);
        Assert.Contains("5.19", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bolt_uri_is_refused_with_the_http_address_to_use()
    {
        var ex = await Assert.ThrowsAsync<GraphStoreException>(() => ConnectAsync(new FixtureHandler(), Options with { Uri = new Uri("bolt://localhost:7687") }));

        Assert.Contains("http://localhost:7474", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("5.19.0", false)]
    [InlineData("5.24.1", false)]
    [InlineData("5.25.1", true)]
    [InlineData("5.26.12", true)]
    [InlineData("2025.01.0", true)]
    [InlineData("2025.10.1-aura", true)]
    [InlineData("4.4.30", false)]
    [InlineData("", false)]
    public void Explicit_transactions_are_expected_from_5_25_on(string version, bool expected) =>
        Assert.Equal(expected, QueryApiClient.OffersTransactions(version));

    [Fact]
    public async Task A_statement_is_posted_with_credentials_typed_parameters_and_counters()
    {
        var handler = new FixtureHandler().ThenDiscovery().ThenQuery("typed-node-and-name.json");
        using var client = await ConnectAsync(handler);

        await client.RunAsync(Merge, new Dictionary<string, object?>
        {
            ["name"] = "王芳",
            ["fen"] = 9007199254740993L,
            ["share"] = 0.6,
            ["cadre"] = true,
            ["none"] = null,
            ["day"] = new DateOnly(2021, 5, 10),
            ["ids"] = new List<string> { "a01", "a02" },
            ["row"] = new Dictionary<string, object?> { ["id"] = "a01" },
        }, write: false, CancellationToken.None);

        var post = handler.Requests[1];
        Assert.Equal(HttpMethod.Post, post.Method);
        Assert.Equal("http://localhost:7474/db/neo4j/query/v2", post.Uri.AbsoluteUri);
        Assert.Equal("Basic bmVvNGo6dmVyeXNlY3JldA==", post.Headers["Authorization"]);
        Assert.Equal("application/vnd.neo4j.query", post.ContentType);
        Assert.StartsWith("application/vnd.neo4j.query", post.Headers["Accept"], StringComparison.Ordinal);
        Assert.Equal(Merge.Text, post.Statement);
        Assert.True(post.Json.GetProperty("includeCounters").GetBoolean());
        Assert.Equal("READ", post.Json.GetProperty("accessMode").GetString());
        Assert.Equal("""{"$type":"String","_value":"王芳"}""", Compact(post.Parameter("name")));
        Assert.Equal("""{"$type":"Integer","_value":"9007199254740993"}""", Compact(post.Parameter("fen")));
        Assert.Equal("""{"$type":"Float","_value":"0.6"}""", Compact(post.Parameter("share")));
        Assert.Equal("""{"$type":"Boolean","_value":true}""", Compact(post.Parameter("cadre")));
        Assert.Equal("""{"$type":"Null","_value":null}""", Compact(post.Parameter("none")));
        Assert.Equal("""{"$type":"Date","_value":"2021-05-10"}""", Compact(post.Parameter("day")));
        Assert.Equal("""{"$type":"List","_value":[{"$type":"String","_value":"a01"},{"$type":"String","_value":"a02"}]}""", Compact(post.Parameter("ids")));
        Assert.Equal("""{"$type":"Map","_value":{"id":{"$type":"String","_value":"a01"}}}""", Compact(post.Parameter("row")));
    }

    [Fact]
    public async Task Typed_results_decode_a_node_and_a_string()
    {
        var handler = new FixtureHandler().ThenDiscovery().ThenQuery("typed-node-and-name.json");
        using var client = await ConnectAsync(handler);

        var result = await client.RunAsync(Merge, new Dictionary<string, object?> { ["name"] = "Phil" }, write: true, CancellationToken.None);

        Assert.Equal(["person", "name"], result.Fields);
        var row = Assert.Single(result.Rows);
        var node = Assert.IsType<CypherNode>(row[0]);
        Assert.Equal("4:ff04df25-ff2b-4b55-98f8-6888297b025e:2", node.ElementId);
        Assert.Equal(["Person"], node.Labels);
        Assert.Equal("Phil", node.Properties["name"]);
        Assert.Equal("Phil", row[result.Column("name")]);
        Assert.Equal(["FB:kcwQ/wTfJf8rS1WY+GiIKXsCXg6Q"], result.Bookmarks);
    }

    [Fact]
    public async Task Plain_json_results_decode_to_the_same_values()
    {
        var handler = new FixtureHandler().ThenDiscovery()
            .Then(HttpMethod.Post, "/db/neo4j/query/v2", HttpStatusCode.Accepted, "plain-node-and-name.json", "application/json");
        using var client = await ConnectAsync(handler);

        var result = await client.RunAsync(Merge, new Dictionary<string, object?> { ["name"] = "Phil" }, write: true, CancellationToken.None);

        var row = Assert.Single(result.Rows);
        var node = Assert.IsType<CypherNode>(row[0]);
        Assert.Equal(["Person"], node.Labels);
        Assert.Equal("Phil", node.Properties["name"]);
        Assert.Equal("Phil", row[1]);
    }

    [Fact]
    public async Task Typed_scalars_temporals_and_collections_decode_to_dotnet_values()
    {
        var handler = new FixtureHandler().ThenDiscovery().ThenQuery("typed-values.json");
        using var client = await ConnectAsync(handler);

        var result = await client.RunAsync(new CypherStatement("values", "RETURN 1"), null, write: false, CancellationToken.None);

        var row = Assert.Single(result.Rows);
        object? Get(string field) => row[result.Column(field)];
        Assert.Null(Get("null"));
        Assert.Equal(true, Get("boolean"));
        Assert.Equal(9007199254740993L, Get("integer"));
        Assert.Equal(1250000.5, Get("float"));
        Assert.True(double.IsNaN((double)Get("nan")!));
        Assert.Equal("王芳", Get("string"));
        Assert.Equal(new byte[] { 0x03, 0x6f, 0xbf }, Get("bytes"));
        Assert.Equal(new List<object?> { 1L, "二" }, Get("list"));
        var map = Assert.IsType<Dictionary<string, object?>>(Get("map"));
        Assert.Equal("配偶", map["relation"]);
        Assert.Equal(0.6, map["share"]);
        Assert.Equal(new DateOnly(2021, 5, 10), Get("date"));
        Assert.Equal(new DateTime(2015, 7, 4, 19, 32, 24), Get("local"));
        Assert.Equal(new DateTimeOffset(2024, 1, 1, 21, 40, 32, TimeSpan.FromHours(-1)), Get("offset"));
        Assert.Equal(new DateTimeOffset(2015, 11, 21, 21, 40, 32, 142, TimeSpan.FromHours(1)), Get("zoned"));
        Assert.Equal(new CypherText("Time", "12:50:35.556+01:00"), Get("time"));
        Assert.Equal(new CypherText("Duration", "P14DT16H12M"), Get("duration"));
        Assert.Equal(new CypherText("Point", "SRID=4326;POINT (1.2 3.4)"), Get("point"));
    }

    [Fact]
    public async Task Typed_relationships_and_paths_keep_their_ends_and_order()
    {
        var handler = new FixtureHandler().ThenDiscovery().ThenQuery("typed-relationship-and-path.json");
        using var client = await ConnectAsync(handler);

        var result = await client.RunAsync(new CypherStatement("path", "RETURN 1"), null, write: false, CancellationToken.None);

        var row = Assert.Single(result.Rows);
        var rel = Assert.IsType<CypherRelationship>(row[0]);
        Assert.Equal("RelativeOf", rel.Type);
        Assert.Equal("4:ff04df25-ff2b-4b55-98f8-6888297b025e:3", rel.StartElementId);
        Assert.Equal("4:ff04df25-ff2b-4b55-98f8-6888297b025e:1", rel.EndElementId);
        Assert.Equal(new DateOnly(2019, 3, 1), rel.Properties["validFrom"]);
        var path = Assert.IsType<CypherPath>(row[1]);
        Assert.Equal(["a03", "a01"], path.Nodes.Select(n => n.Properties["id"]));
        Assert.Equal(["CluesNode", "Person"], path.Nodes[0].Labels);
        Assert.Equal("RelativeOf", Assert.Single(path.Relationships).Type);
    }

    [Fact]
    public async Task Plain_relationships_and_paths_decode_too()
    {
        var handler = new FixtureHandler().ThenDiscovery()
            .Then(HttpMethod.Post, "/db/neo4j/query/v2", HttpStatusCode.Accepted, "plain-relationship-and-path.json", "application/json");
        using var client = await ConnectAsync(handler);

        var result = await client.RunAsync(new CypherStatement("path", "RETURN 1"), null, write: false, CancellationToken.None);

        var row = Assert.Single(result.Rows);
        var rel = Assert.IsType<CypherRelationship>(row[0]);
        Assert.Equal("KNOWS", rel.Type);
        Assert.Equal(2020L, Assert.IsType<long>(rel.Properties["since"]));
        var path = Assert.IsType<CypherPath>(row[1]);
        Assert.Equal(["Alice", "Bob"], path.Nodes.Select(n => n.Properties["name"]));
        Assert.Single(path.Relationships);
        Assert.Equal(4.5, row[2]);
    }

    [Fact]
    public async Task Bookmarks_of_one_answer_go_with_the_next_request()
    {
        var handler = new FixtureHandler().ThenDiscovery().ThenQuery("typed-node-and-name.json").ThenQuery("typed-values.json");
        using var client = await ConnectAsync(handler);

        await client.RunAsync(Merge, new Dictionary<string, object?> { ["name"] = "Phil" }, write: true, CancellationToken.None);
        await client.RunAsync(new CypherStatement("values", "RETURN 1"), null, write: false, CancellationToken.None);

        Assert.False(handler.Requests[1].Json.TryGetProperty("bookmarks", out _), "The first request has no bookmark to carry.");
        Assert.Equal("""["FB:kcwQ/wTfJf8rS1WY+GiIKXsCXg6Q"]""", Compact(handler.Requests[2].Json.GetProperty("bookmarks")));
        Assert.Equal(["FB:typed-values"], client.Bookmarks);
    }

    [Fact]
    public async Task A_syntax_error_becomes_an_exception_with_neo4js_code_and_the_statement_name()
    {
        var handler = new FixtureHandler().ThenDiscovery().ThenQuery("error-syntax.json", HttpStatusCode.BadRequest);
        using var client = await ConnectAsync(handler);

        var ex = await Assert.ThrowsAsync<Neo4jServerException>(() => client.RunAsync(Merge, null, write: false, CancellationToken.None));

        Assert.Equal("Neo.ClientError.Statement.SyntaxError", ex.Code);
        Assert.Contains("'merge person'", ex.Message, StringComparison.Ordinal);
        Assert.Contains("line 1, column 24", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_error_inside_a_202_answer_is_raised_too()
    {
        var handler = new FixtureHandler().ThenDiscovery().ThenQuery("error-in-accepted.json", HttpStatusCode.Accepted);
        using var client = await ConnectAsync(handler);

        var ex = await Assert.ThrowsAsync<Neo4jServerException>(() => client.RunAsync(Merge, null, write: true, CancellationToken.None));

        Assert.Equal("Neo.ClientError.Schema.ConstraintValidationFailed", ex.Code);
        Assert.Contains("nothing was written", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Refused_credentials_name_the_settings_to_check()
    {
        var handler = new FixtureHandler().ThenDiscovery().ThenQuery("error-unauthorized.json", HttpStatusCode.Unauthorized);
        using var client = await ConnectAsync(handler);

        var ex = await Assert.ThrowsAsync<Neo4jServerException>(() => client.RunAsync(Merge, null, write: false, CancellationToken.None));

        Assert.Equal("Neo.ClientError.Security.Unauthorized", ex.Code);
        Assert.Contains("Graph:Neo4j:Password", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_http_error_without_a_body_still_names_the_status()
    {
        var handler = new FixtureHandler().ThenDiscovery()
            .Then(HttpMethod.Post, "/db/neo4j/query/v2", HttpStatusCode.ServiceUnavailable, "", "text/plain");
        using var client = await ConnectAsync(handler);

        var ex = await Assert.ThrowsAsync<Neo4jServerException>(() => client.RunAsync(Merge, null, write: false, CancellationToken.None));

        Assert.Equal("Http.503", ex.Code);
    }

    [Fact]
    public async Task A_transaction_begins_at_tx_runs_at_its_id_and_commits_with_the_cluster_affinity()
    {
        var handler = new FixtureHandler().ThenDiscovery()
            .Then(HttpMethod.Post, "/db/neo4j/query/v2/tx", HttpStatusCode.Accepted, "tx-begin-lock.json", FixtureHandler.Typed, ("neo4j-cluster-affinity", "MTAuOC41Ljc6MTc0NzQ="))
            .Then(HttpMethod.Post, "/db/neo4j/query/v2/tx/lyU", HttpStatusCode.Accepted, "tx-empty.json")
            .Then(HttpMethod.Post, "/db/neo4j/query/v2/tx/lyU/commit", HttpStatusCode.Accepted, "tx-commit.json");
        using var client = await ConnectAsync(handler);

        var (transaction, first) = await client.BeginAsync(Statements.AcquireWriteLock, null, CancellationToken.None);
        await using (transaction)
        {
            await transaction.RunAsync(Statements.ReleaseKeys, new Dictionary<string, object?> { ["ids"] = new[] { "a01" } }, CancellationToken.None);
            await transaction.CommitAsync(CancellationToken.None);
        }

        Assert.True(transaction.IsAtomic);
        Assert.Equal(7L, Assert.Single(first.Rows)[0]);
        Assert.Equal(Statements.AcquireWriteLock.Text, handler.Requests[1].Statement);
        Assert.Equal(Statements.ReleaseKeys.Text, handler.Requests[2].Statement);
        Assert.Equal("MTAuOC41Ljc6MTc0NzQ=", handler.Requests[2].Headers["neo4j-cluster-affinity"]);
        Assert.Equal("MTAuOC41Ljc6MTc0NzQ=", handler.Requests[3].Headers["neo4j-cluster-affinity"]);
        Assert.Equal(["FB:kcwQ/wTfJf8rS1WY+GiIKXsCXgmQ"], client.Bookmarks);
        Assert.Equal(0, handler.Remaining);
    }

    [Fact]
    public async Task A_transaction_left_unfinished_is_rolled_back_with_delete()
    {
        var handler = new FixtureHandler().ThenDiscovery()
            .Then(HttpMethod.Post, "/db/neo4j/query/v2/tx", HttpStatusCode.Accepted, "tx-begin-lock.json")
            .Then(HttpMethod.Delete, "/db/neo4j/query/v2/tx/lyU", HttpStatusCode.OK, """{"data":{"fields":[],"values":[]}}""");
        using var client = await ConnectAsync(handler);

        var (transaction, _) = await client.BeginAsync(Statements.AcquireWriteLock, null, CancellationToken.None);
        await transaction.DisposeAsync();

        var rollback = handler.Requests[^1];
        Assert.Equal(HttpMethod.Delete, rollback.Method);
        Assert.Equal("Basic bmVvNGo6dmVyeXNlY3JldA==", rollback.Headers["Authorization"]);
        Assert.Equal(0, handler.Remaining);
    }

    [Fact]
    public async Task When_tx_answers_404_statements_run_one_by_one_from_then_on()
    {
        var handler = new FixtureHandler().ThenDiscovery()
            .Then(HttpMethod.Post, "/db/neo4j/query/v2/tx", HttpStatusCode.NotFound, "", "text/html")
            .ThenQuery("tx-begin-lock.json")
            .ThenQuery("tx-begin-lock.json");
        using var client = await ConnectAsync(handler);

        var (first, _) = await client.BeginAsync(Statements.AcquireWriteLock, null, CancellationToken.None);
        var (second, _) = await client.BeginAsync(Statements.AcquireWriteLock, null, CancellationToken.None);

        Assert.False(first.IsAtomic);
        Assert.False(second.IsAtomic);
        Assert.False(client.ExplicitTransactions);
        Assert.Equal("WRITE", handler.Requests[2].Json.GetProperty("accessMode").GetString());
        Assert.Equal(4, handler.Requests.Count);
    }

    [Fact]
    public async Task A_5_19_server_gets_no_transaction_requests()
    {
        var handler = new FixtureHandler().ThenDiscovery("discovery-5.19.json").ThenQuery("tx-begin-lock.json");
        using var client = await ConnectAsync(handler);

        var (transaction, _) = await client.BeginAsync(Statements.AcquireWriteLock, null, CancellationToken.None);

        Assert.False(transaction.IsAtomic);
        Assert.Equal("/db/neo4j/query/v2", handler.Requests[1].Uri.AbsolutePath);
    }

    [Fact]
    public async Task An_unreachable_server_is_named_with_the_setting_to_check()
    {
        // Port 1 on loopback: nothing listens there, so the connection is refused at once.
        var options = Options with { Uri = new Uri("http://127.0.0.1:1") };

        var ex = await Assert.ThrowsAsync<GraphStoreException>(() => QueryApiClient.ConnectAsync(options, new SocketsHttpHandler(), disposeHandler: true, CancellationToken.None));

        Assert.Contains("Cannot reach Neo4j at http://127.0.0.1:1/", ex.Message, StringComparison.Ordinal);
        Assert.Contains("Graph:Neo4j:Uri", ex.Message, StringComparison.Ordinal);
    }

    private static string Compact(JsonElement element) => JsonSerializer.Serialize(element, new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
}
