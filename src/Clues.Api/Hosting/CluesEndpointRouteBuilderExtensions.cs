using Clues.GraphQL.Http;
using Clues.GraphQL.Types;
using Microsoft.Extensions.Options;

namespace Clues.Api.Hosting;

/// <summary>Maps the Clues API's endpoints.</summary>
public static class CluesEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Maps the GraphQL endpoint (with GraphiQL for browsers) at <see cref="CluesOptions.GraphQLPath"/>, limited to
    /// <see cref="RequestLimitOptions"/> requests at once (with <c>UseCluesRequestLimits</c> in the pipeline), and a
    /// liveness probe at <c>/healthz</c>. Builds the schema now, so a broken SDL file stops the start.
    /// </summary>
    /// <param name="endpoints">The application's route builder.</param>
    /// <returns>The same builder, for chaining.</returns>
    public static IEndpointRouteBuilder MapClues(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var services = endpoints.ServiceProvider;
        var options = services.GetRequiredService<IOptions<CluesOptions>>().Value;
        _ = services.GetRequiredService<GraphQLSchema>();

        // The limiter's middleware comes from UseCluesRequestLimits; without it the requirement is inert.
        endpoints.MapGraphQL(options.GraphQLPath).RequireRateLimiting(RequestLimitServiceCollectionExtensions.PolicyName);
        endpoints.MapHealthChecks("/healthz");
        endpoints.MapExplorer("/explorer", options.GraphQLPath);
        return endpoints;
    }
}
