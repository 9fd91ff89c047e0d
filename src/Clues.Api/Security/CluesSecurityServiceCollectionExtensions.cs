using Clues.Core.Access;
using Clues.Core.Audit;
using Clues.Core.Sealing;
using Clues.Graph.Embedded.Audit;
using Clues.Graph.Embedded.Sealing;
using Clues.GraphQL.Http;
using Microsoft.Extensions.Options;

namespace Clues.Api.Security;

/// <summary>Registers authentication, the access policy, the audit log and the sealed reporter store.</summary>
public static class CluesSecurityServiceCollectionExtensions
{
    /// <summary>
    /// Adds Clues security: bearer-token authentication in front of every endpoint (401 for bad tokens; for missing
    /// ones too outside Development), the caller as the GraphQL user context (<see cref="CluesUserContext"/>),
    /// <see cref="AccessPolicy.Default"/>, the token registry (<c>tokens.db</c> beside the signing key: only tokens
    /// recorded there and not revoked are accepted), the audit log (<c>audit.db</c>) and the sealed reporter store
    /// (<c>sealed.db</c>) in the data directory. Settings come from <c>Clues:Security</c>
    /// (<see cref="CluesSecurityOptions"/>); outside Development the start fails when a key file is not configured.
    /// </summary>
    /// <param name="services">The application's services (the Clues API already added).</param>
    /// <returns>The same services, for chaining.</returns>
    public static IServiceCollection AddCluesSecurity(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        if (services.Any(d => d.ServiceType == typeof(SecurityKeys)))
        {
            // Added already: a second startup filter would authenticate every request twice.
            return services;
        }

        services.AddOptions<CluesSecurityOptions>().BindConfiguration(CluesSecurityOptions.SectionName);

        services.AddSingleton<SecurityKeys>();
        services.AddSingleton(sp => TokenRegistry.Open(sp.GetRequiredService<SecurityKeys>().TokenRegistryFile));
        services.AddSingleton(sp => RegisteredTokenSet.Open(sp.GetRequiredService<TokenRegistry>(), TimeProvider.System));
        services.AddSingleton(sp => new TokenValidator(
            sp.GetRequiredService<SecurityKeys>().SigningKey, sp.GetRequiredService<RegisteredTokenSet>(), TimeProvider.System));
        services.AddSingleton(sp => new TokenIssuer(sp.GetRequiredService<SecurityKeys>().SigningKey, sp.GetRequiredService<TokenRegistry>()));
        services.AddSingleton<DemoAnalystToken>();
        services.AddSingleton(AccessPolicy.Default);
        services.AddSingleton(sp => SqliteAuditLog.Open(
            Path.Combine(sp.GetRequiredService<SecurityKeys>().DataDirectory, "audit.db"),
            sp.GetRequiredService<AccessPolicy>(),
            options: new AuditLogOptions { AnchorKey = sp.GetRequiredService<SecurityKeys>().AuditAnchorKey }));
        services.AddSingleton<IAuditLog>(sp => sp.GetRequiredService<SqliteAuditLog>());
        services.AddSingleton(sp => SqliteSealedReporterStore.Open(
            Path.Combine(sp.GetRequiredService<SecurityKeys>().DataDirectory, "sealed.db"),
            sp.GetRequiredService<SecurityKeys>().SealingKey,
            sp.GetRequiredService<IAuditLog>(),
            sp.GetRequiredService<AccessPolicy>()));
        services.AddSingleton<ISealedReporterStore>(sp => sp.GetRequiredService<SqliteSealedReporterStore>());

        services.AddTransient<IStartupFilter, SecurityStartupFilter>();
        services.AddHostedService<SecurityInitializer>();
        services.AddHostedService<TokenRegistryRefresher>();

        services.AddOptions<GraphQLHttpOptions>().PostConfigure<IServiceProvider>((options, sp) =>
        {
            // The middleware has already authenticated the request (or refused it); resolvers read the result.
            options.UserContextFactory ??= context => context.Features.Get<CluesUserContext>() ?? new CluesUserContext(null, context.TraceIdentifier);

            // Development: GraphiQL's placeholder header becomes the real demo token, so the playground just works.
            if (sp.GetRequiredService<IHostEnvironment>().IsDevelopment()
                && options.GraphiQLHeaders.TryGetValue("Authorization", out var value)
                && value.Contains("<dev token>", StringComparison.Ordinal))
            {
                options.GraphiQLHeaders["Authorization"] = "Bearer " + sp.GetRequiredService<DemoAnalystToken>().Value;
            }
        });
        return services;
    }
}
