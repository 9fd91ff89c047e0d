namespace Clues.Api.Security;

/// <summary>
/// Puts authentication first in the pipeline, before routing and every endpoint, so no endpoint can be reached
/// around it and the host's Program needs no extra line.
/// </summary>
internal sealed class SecurityStartupFilter : IStartupFilter
{
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.UseMiddleware<AuthenticationMiddleware>();
        next(app);
    };
}
