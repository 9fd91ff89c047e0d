namespace Clues.GraphQL.Tests.Http;

/// <summary>One test server in the Production environment, shared by a test class.</summary>
public sealed class ProductionServerFixture : IAsyncLifetime
{
    public TestGraphQLServer Server { get; private set; } = null!;

    public async Task InitializeAsync() => Server = await TestGraphQLServer.StartAsync("Production");

    public async Task DisposeAsync() => await Server.DisposeAsync();
}
