using Clues.GraphQL.Http;
using Clues.GraphQL.Types;
using Microsoft.Extensions.Options;

namespace Clues.Api.Hosting;

/// <summary>Maps the Clues API's endpoints.</summary>
public static class CluesEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Maps the GraphQL endpoint (with GraphiQL for browsers) at <see cref="CluesOptions.GraphQLPath"/>, limited to
    /// <see cref="RequestLimitOptions"/> requests at once, and a liveness probe at <c>/healthz</c>. Builds the schema
    /// now, so a broken SDL file stops the start.
    /// </summary>
    /// <param name="app">The application; its pipeline gets the limiter's middleware, its routes the endpoints.</param>
    /// <returns>The same application, for chaining.</returns>
    public static WebApplication MapClues(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        IEndpointRouteBuilder endpoints = app;
        var services = endpoints.ServiceProvider;
        var options = services.GetRequiredService<IOptions<CluesOptions>>().Value;
        _ = services.GetRequiredService<GraphQLSchema>();

        // Added here with the endpoint that requires it: an endpoint's rate-limiting requirement without the
        // middleware in the pipeline is silently ignored.
        app.UseRateLimiter();
        endpoints.MapGraphQL(options.GraphQLPath).RequireRateLimiting(RequestLimitServiceCollectionExtensions.PolicyName);
        endpoints.MapHealthChecks("/healthz");
        endpoints.MapExplorer("/explorer", options.GraphQLPath);
        return app;
    }
}
