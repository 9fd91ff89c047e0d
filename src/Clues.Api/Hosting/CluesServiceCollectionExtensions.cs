using Clues.Api.Resolvers;
using Clues.Api.Security;
using Clues.Core.Graph;
using Clues.GraphQL.Http;
using Clues.GraphQL.Types;
using Clues.Redis;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Clues.Api.Hosting;

/// <summary>Registers the Clues API's services.</summary>
public static class CluesServiceCollectionExtensions
{
    /// <summary>
    /// Adds the Clues API: options from the <c>Clues</c> section (checked at start), the embedded graph store
    /// (opened, and seeded when empty, as the host starts), the GraphQL schema and the endpoint's options from
    /// <c>Clues:GraphQL</c>, and security (see <see cref="CluesSecurityServiceCollectionExtensions.AddCluesSecurity"/>).
    /// </summary>
    /// <param name="services">The application's services.</param>
    /// <param name="configuration">The application's configuration.</param>
    /// <returns>The same services, for chaining.</returns>
    public static IServiceCollection AddClues(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration.GetSection(CluesOptions.SectionName);

        services.AddOptions<CluesOptions>()
            .Bind(section)
            .ValidateDataAnnotations()
            .Validate(o => File.Exists(SchemaPath(o)), "Clues:SchemaFile must name an existing SDL file (relative to the application's base directory).")
            .ValidateOnStart();

        services.AddOptions<GraphQLHttpOptions>()
            .Bind(section.GetSection("GraphQL"))
            .Validate(o => o.MaxRequestBodySize > 0, "Clues:GraphQL:MaxRequestBodySize must be positive.")
            .Validate(o => o.MaxBatchSize >= 1, "Clues:GraphQL:MaxBatchSize must be at least 1 (1 turns batching off).")
            .Validate(o => o.ExecutionTimeout >= TimeSpan.Zero || o.ExecutionTimeout == Timeout.InfiniteTimeSpan, "Clues:GraphQL:ExecutionTimeout must not be negative.")
            .ValidateOnStart();

        services.AddOptions<GraphOptions>().BindConfiguration(GraphOptions.SectionName)
            .Validate(o => o.IsNeo4j || string.Equals(o.Provider, "embedded", StringComparison.OrdinalIgnoreCase), "Graph:Provider must be embedded or neo4j.")
            .ValidateOnStart();

        // Registered as instances so the container never disposes them; GraphStoreInitializer owns the real store.
        var gate = new GraphStoreGate();
        services.AddSingleton(gate);
        services.AddSingleton<IGraphStore>(gate);
        services.AddHostedService<GraphStoreInitializer>();

        // Off unless Clues:Diagnostics:MemoryReportSeconds is set (the load bench sets it to explain memory growth).
        services.AddOptions<Diagnostics.MemoryReportOptions>().BindConfiguration(Diagnostics.MemoryReportOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddHostedService<Diagnostics.MemoryReporter>();

        services.AddCluesRequestLimits();
        services.AddSingleton<GraphQLSchema>(sp => CluesSchema.Load(SchemaPath(sp.GetRequiredService<IOptions<CluesOptions>>().Value)));
        services.AddHealthChecks();
        Playground.PlaygroundServiceCollectionExtensions.AddCluesGraphiQLExamples(Caching.AnalysisCacheServiceCollectionExtensions.AddCluesAnalysisCache(services));

        // Redis replaces the in-memory distributed cache when Redis:Configuration is set (after the memory cache, which
        // it replaces); while Redis is down the analysis cache steps aside and answers come from the store.
        services.AddCluesRedisCache(configuration);

        // Security is part of the API, not an option: token authentication, the access policy, and the audit log
        // (audit.db) and sealed reporter store (sealed.db) in the data directory, as singletons that live as long
        // as the graph store. Resolvers demand permissions and audit clue reads through these services.
        services.AddCluesSecurity();
        services.AddSingleton<Authorization.NodeJurisdictions>();
        AccessRequests.AccessRequestServiceCollectionExtensions.AddCluesAccessRequests(services);

        // Every clue in memory, kept current through the store's change feed: the clue list and clue text search.
        services.AddSingleton(provider => new Core.Analysis.ClueCatalog(provider.GetRequiredService<IGraphStore>()));

        // Handover: the rule table, the workflow over handover.db and package export (Clues:Handover).
        services.AddOptions<Handover.HandoverOptions>().BindConfiguration(Handover.HandoverOptions.SectionName);
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<Handover.HandoverRuntime>();
        services.AddSingleton<Reveals.RevealRuntime>();
        return services;
    }

    internal static string SchemaPath(CluesOptions options) => Path.GetFullPath(options.SchemaFile, AppContext.BaseDirectory);
}
