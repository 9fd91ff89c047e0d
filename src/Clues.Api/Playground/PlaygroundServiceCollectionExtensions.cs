using Clues.GraphQL.Http;

namespace Clues.Api.Playground;

/// <summary>Registers what the Clues API adds to the engine's GraphiQL page.</summary>
internal static class PlaygroundServiceCollectionExtensions
{
    /// <summary>
    /// Adds the demo scenarios' example operations to GraphiQL. A post-configuration, so it adds to whatever the
    /// <c>Clues:GraphQL</c> section or other code configured rather than being overwritten by it.
    /// </summary>
    /// <param name="services">The application's services.</param>
    /// <returns>The same services, for chaining.</returns>
    public static IServiceCollection AddCluesGraphiQLExamples(this IServiceCollection services)
    {
        services.PostConfigure<GraphQLHttpOptions>(o =>
        {
            foreach (var example in CluesGraphiQLExamples.Load(AppContext.BaseDirectory))
            {
                o.GraphiQLExamples.Add(example);
            }
        });
        return services;
    }
}
