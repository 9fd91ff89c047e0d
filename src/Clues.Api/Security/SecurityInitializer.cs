using Clues.Core.Access;
using Clues.Core.Identifiers;
using Clues.Core.Model.Taxonomy;

namespace Clues.Api.Security;

/// <summary>
/// Checks the security set-up as the host starts, before requests are served: loading the keys (which fails
/// outside Development when they are not configured) and opening the token registry, the audit log and the sealed
/// store (a damaged file stops the start). In Development it logs a demo analyst token.
/// </summary>
internal sealed partial class SecurityInitializer(IServiceProvider services, IHostEnvironment environment, ILogger<SecurityInitializer> logger) : IHostedService
{
    /// <summary>The demo analyst: the seeded demo city's office.</summary>
    internal static readonly Principal DemoAnalyst = new(
        "demo-analyst", "Demo analyst", new HashSet<Role> { Role.Analyst }, DivisionCode.Parse("431400"), JurisdictionLevel.City);

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _ = services.GetRequiredService<SecurityKeys>();
        _ = services.GetRequiredService<RegisteredTokenSet>();
        _ = services.GetRequiredService<Core.Audit.IAuditLog>();
        _ = services.GetRequiredService<Core.Sealing.ISealedReporterStore>();
        if (environment.IsDevelopment())
        {
            LogDemoToken(logger, services.GetRequiredService<DemoAnalystToken>().Value);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Warning, Message = "Development demo analyst token (7 days, city 431400): Bearer {Token}")]
    private static partial void LogDemoToken(ILogger logger, string token);
}
