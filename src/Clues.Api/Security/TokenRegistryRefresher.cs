namespace Clues.Api.Security;

/// <summary>
/// Asks the token registry once a second whether it changed, so a revocation made by another process (the CLI)
/// takes effect within about a second without any request reading the database.
/// </summary>
internal sealed partial class TokenRegistryRefresher(RegisteredTokenSet tokens, ILogger<TokenRegistryRefresher> logger) : BackgroundService
{
    /// <summary>How often the registry is checked for changes.</summary>
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
            {
                try
                {
                    tokens.RefreshIfChanged();
                }
                catch (InvalidOperationException e)
                {
                    // Keep serving on the last good copy (revocations already loaded stay in force) and keep trying.
                    LogRefreshFailed(logger, e, tokens.FilePath);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The host is stopping.
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not re-read the token registry {Path}; tokens are checked against the last copy loaded until it can be read again.")]
    private static partial void LogRefreshFailed(ILogger logger, Exception exception, string path);
}
