using Clues.Api.Security;

namespace Clues.Api.AccessRequests;

/// <summary>Registers access requests and grants.</summary>
public static class AccessRequestServiceCollectionExtensions
{
    /// <summary>
    /// Adds the access store (<c>access.db</c> in the data directory, beside <c>audit.db</c>) and the sealing of
    /// hidden-connection handles (keyed from the token signing key). Needs <see cref="CluesSecurityServiceCollectionExtensions.AddCluesSecurity"/>.
    /// </summary>
    /// <param name="services">The application's services.</param>
    /// <returns>The same services, for chaining.</returns>
    public static IServiceCollection AddCluesAccessRequests(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddSingleton(sp => AccessStore.Open(Path.Combine(sp.GetRequiredService<SecurityKeys>().DataDirectory, "access.db")));
        services.AddSingleton(sp => new HiddenConnectionHandles(sp.GetRequiredService<SecurityKeys>().SigningKey, TimeProvider.System));
        return services;
    }
}
