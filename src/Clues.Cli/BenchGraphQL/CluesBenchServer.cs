using System.Net;
using Clues.GraphQL.Http;
using Clues.GraphQL.Schema;
using Clues.GraphQL.Types;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Clues.Cli.BenchGraphQL;

/// <summary>
/// Our side: Kestrel on a free loopback port serving the bench schema with <c>MapGraphQL</c>, built the way a
/// production host would be (Production environment, no logging providers, GraphiQL off) except that
/// introspection is on, since it is one of the measured queries, and the cost limit is raised to fit the nested query.
/// </summary>
internal sealed class CluesBenchServer : IAsyncDisposable
{
    /// <summary>
    /// The static cost of the nested query is 100 × (1 + 10 × (1 + 10)) = 11,100, over the default limit of 1000;
    /// the limit stays on (its analysis is part of the measured work), just high enough.
    /// </summary>
    public const int MaxCost = 20_000;

    private readonly WebApplication _app;

    private CluesBenchServer(WebApplication app, Uri endpoint)
    {
        _app = app;
        Endpoint = endpoint;
    }

    public Uri Endpoint { get; }

    public static GraphQLSchema BuildSchema() => new SchemaBuilder()
        .AddTypeDefinitions(BenchDefinition.Sdl, "bench.graphql")
        .Bind<BenchItem>("Item")
        .Resolve("Query.hello", _ => BenchDefinition.Hello)
        .Resolve("Query.version", _ => BenchDefinition.Version)
        .Resolve("Query.now", _ => BenchDefinition.Now)
        .Resolve("Query.items", context => BenchData.Items(context.GetArgument<int>("first")))
        .Build();

    public static async Task<CluesBenchServer> StartAsync(CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions
        {
            EnvironmentName = Environments.Production,
            ApplicationName = typeof(CluesBenchServer).Assembly.GetName().Name,
        });
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Listen(IPAddress.Loopback, 0);
        });
        builder.Services.AddRoutingCore();

        var app = builder.Build();
        app.UseRouting();
        var schema = BuildSchema();
        app.MapGraphQL(BenchDefinition.Path, options =>
        {
            options.Schema = schema;
            options.EnableIntrospection = true;
            options.EnableGraphiQL = false;
            options.Validation = options.Validation with { MaxCost = MaxCost };
        });

        try
        {
            await app.StartAsync(cancellationToken).ConfigureAwait(false);
            var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault()
                ?? throw new InvalidOperationException("Kestrel started without a listening address.");
            return new CluesBenchServer(app, new Uri(new Uri(address), BenchDefinition.Path));
        }
        catch
        {
            await app.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        using var stopping = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        try
        {
            await _app.StopAsync(stopping.Token).ConfigureAwait(false);
        }
        finally
        {
            await _app.DisposeAsync().ConfigureAwait(false);
        }
    }
}
