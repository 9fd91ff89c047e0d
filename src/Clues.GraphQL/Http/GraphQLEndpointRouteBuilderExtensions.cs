using Clues.GraphQL.Http.GraphiQL;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Clues.GraphQL.Http;

/// <summary>Maps GraphQL over HTTP (and the GraphiQL playground) into an ASP.NET Core application.</summary>
public static class GraphQLEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Maps a GraphQL endpoint at <paramref name="pattern"/>: <c>POST</c> with a JSON body and <c>GET</c> with URL
    /// parameters (queries only), answering <c>application/graphql-response+json</c> or <c>application/json</c> as
    /// the client accepts. When enabled, a browser navigating to the endpoint gets GraphiQL, whose files are
    /// served from <c>{pattern}/_graphiql/</c> with no CDN.
    /// </summary>
    /// <param name="endpoints">The application's route builder.</param>
    /// <param name="pattern">A literal path such as <c>/graphql</c>.</param>
    /// <param name="configure">
    /// Adjusts the options, starting from <see cref="IOptions{TOptions}"/> of <see cref="GraphQLHttpOptions"/> when
    /// registered (e.g. bound from configuration), else from the defaults.
    /// </param>
    /// <returns>A builder that applies conventions (authorization, CORS, rate limiting) to the endpoint and its GraphiQL files.</returns>
    public static IEndpointConventionBuilder MapGraphQL(this IEndpointRouteBuilder endpoints, string pattern = "/graphql", Action<GraphQLHttpOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentException.ThrowIfNullOrWhiteSpace(pattern);
        if (pattern.Contains('{', StringComparison.Ordinal))
        {
            throw new ArgumentException("The GraphQL endpoint needs a literal path without route parameters.", nameof(pattern));
        }

        var services = endpoints.ServiceProvider;
        var options = services.GetService<IOptions<GraphQLHttpOptions>>()?.Value.Clone() ?? new GraphQLHttpOptions();
        configure?.Invoke(options);
        Check(options);

        var path = "/" + pattern.Trim('/');
        var isDevelopment = services.GetService<IHostEnvironment>()?.IsDevelopment() ?? false;
        var logger = services.GetService<ILoggerFactory>()?.CreateLogger("Clues.GraphQL.Http") ?? Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance;
        var handler = new GraphQLHttpHandler(options, services, logger, isDevelopment, path);

        var builders = new List<IEndpointConventionBuilder>
        {
            endpoints.Map(path, handler.HandleAsync).WithDisplayName("GraphQL " + path),
        };
        if (handler.GraphiQL is { } graphiQL)
        {
            builders.Add(endpoints
                .MapMethods(path.TrimEnd('/') + "/" + GraphiQLPage.AssetFolder + "/{file}", ["GET", "HEAD"], graphiQL.ServeAssetAsync)
                .WithDisplayName("GraphiQL files " + path));
        }

        return new CompositeConventionBuilder(builders);
    }

    private static void Check(GraphQLHttpOptions options)
    {
        if (options.MaxRequestBodySize <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.MaxRequestBodySize, "MaxRequestBodySize must be positive.");
        }

        if (options.MaxBatchSize < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.MaxBatchSize, "MaxBatchSize must be at least 1 (1 turns batching off).");
        }

        if (options.ExecutionTimeout < TimeSpan.Zero && options.ExecutionTimeout != Timeout.InfiniteTimeSpan)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.ExecutionTimeout, "ExecutionTimeout must be positive, zero or infinite (both turn it off).");
        }

        if (options.MaxTokens is <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.MaxTokens, "MaxTokens must be positive, or null to turn the limit off.");
        }
    }
}
