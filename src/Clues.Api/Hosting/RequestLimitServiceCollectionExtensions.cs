using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace Clues.Api.Hosting;

/// <summary>Registers the limit on GraphQL requests running at once (<see cref="RequestLimitOptions"/>); <c>MapClues</c> applies it.</summary>
public static class RequestLimitServiceCollectionExtensions
{
    /// <summary>The rate-limiting policy the GraphQL endpoint requires.</summary>
    public const string PolicyName = "clues-graphql";

    /// <summary>Adds the limiter with settings from <c>Clues:Requests</c>, checked at start.</summary>
    /// <param name="services">The application's services.</param>
    /// <returns>The same services, for chaining.</returns>
    public static IServiceCollection AddCluesRequestLimits(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<RequestLimitOptions>().BindConfiguration(RequestLimitOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<RequestLimitOptions>>((limiter, limits) =>
        {
            var settings = limits.Value;
            limiter.AddConcurrencyLimiter(PolicyName, concurrency =>
            {
                concurrency.PermitLimit = settings.EffectiveMaxConcurrent;
                concurrency.QueueLimit = settings.MaxQueued;
                concurrency.QueueProcessingOrder = QueueProcessingOrder.OldestFirst;
            });
            limiter.RejectionStatusCode = StatusCodes.Status503ServiceUnavailable;
            limiter.OnRejected = (context, cancellationToken) => RefuseAsync(context.HttpContext, settings, cancellationToken);
        });
        return services;
    }

    private static async ValueTask RefuseAsync(HttpContext http, RequestLimitOptions settings, CancellationToken cancellationToken)
    {
        http.Response.Headers.RetryAfter = "1";
        http.Response.ContentType = "application/json; charset=utf-8";
        var message = string.Create(
            CultureInfo.InvariantCulture,
            $"The server is busy: {settings.EffectiveMaxConcurrent} requests are running and {settings.MaxQueued} waiting. Retry in a second; if this persists, raise Clues:Requests:MaxQueued or add capacity.");
        await http.Response.WriteAsJsonAsync(new { errors = new[] { new { message, extensions = new { code = "SERVER_BUSY" } } } }, cancellationToken).ConfigureAwait(false);
    }
}
