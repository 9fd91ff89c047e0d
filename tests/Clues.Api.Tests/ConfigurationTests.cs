using Microsoft.Extensions.Options;

namespace Clues.Api.Tests;

/// <summary>The API's settings come from configuration and are checked when the host starts.</summary>
public sealed class ConfigurationTests
{
    [Fact]
    public async Task Introspection_can_be_switched_on_in_production_by_configuration()
    {
        await using var factory = new ApiFactory().With("Clues:GraphQL:EnableIntrospection", "true");
        var client = factory.CreateClient();

        var (_, body) = await client.PostGraphQLAsync("{ __schema { queryType { name } } }");

        Assert.Equal("Query", body.Data().GetProperty("__schema").GetProperty("queryType").GetProperty("name").GetString());
    }

    [Fact]
    public async Task Validation_limits_are_bound_from_configuration()
    {
        await using var factory = new ApiFactory().With("Clues:GraphQL:Validation:MaxDepth", "2");
        var client = factory.CreateClient();

        var (status, body) = await client.PostGraphQLAsync("{ search(text: \"王\") { node { id } } }");

        Assert.Equal(400, status);
        Assert.Equal("GRAPHQL_VALIDATION_FAILED", body.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task An_unknown_graph_provider_stops_the_start()
    {
        await using var factory = new ApiFactory().With("Graph:Provider", "oracle");

        var error = Assert.Throws<OptionsValidationException>(() => factory.CreateClient());

        Assert.Contains("Graph:Provider must be embedded or neo4j", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_neo4j_provider_needs_an_http_address_and_says_so()
    {
        await using var factory = new ApiFactory().With("Graph:Provider", "neo4j").With("Graph:Neo4j:Uri", "");

        var error = Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        Assert.Contains("Graph:Neo4j:Uri", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unreachable_neo4j_stops_the_start_naming_the_address()
    {
        // A port nobody listens on: the adapter's discovery request (GET /) is refused at once.
        using var probe = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        probe.Start();
        var port = ((System.Net.IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        await using var factory = new ApiFactory().With("Graph:Provider", "neo4j").With("Graph:Neo4j:Uri", $"http://127.0.0.1:{port}");

        var error = Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        Assert.Contains($"127.0.0.1:{port}", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_data_directory_stops_the_start()
    {
        await using var factory = new ApiFactory().With("Clues:DataDirectory", "");

        var error = Assert.Throws<OptionsValidationException>(() => factory.CreateClient());

        Assert.Contains("DataDirectory", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bad_graphql_setting_stops_the_start()
    {
        await using var factory = new ApiFactory().With("Clues:GraphQL:MaxBatchSize", "0");

        var error = Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        Assert.Contains("MaxBatchSize", error.ToString(), StringComparison.Ordinal);
    }
}
