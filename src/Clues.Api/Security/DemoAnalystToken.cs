namespace Clues.Api.Security;

/// <summary>
/// Development's demo analyst token, issued (and so recorded in the registry) once per run however many places
/// show it: the start-up log and GraphiQL's headers.
/// </summary>
internal sealed class DemoAnalystToken(TokenIssuer issuer)
{
    private readonly Lazy<string> _token = new(() => issuer.Issue(SecurityInitializer.DemoAnalyst, TimeSpan.FromDays(7)));

    public string Value => _token.Value;
}
