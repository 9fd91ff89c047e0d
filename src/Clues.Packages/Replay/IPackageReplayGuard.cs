namespace Clues.Packages.Replay;

/// <summary>Remembers which packages were already imported, so a package sent (or replayed) twice is refused the second time.</summary>
public interface IPackageReplayGuard
{
    /// <summary>Records the package; false when its id was recorded before (a replay), and nothing is changed then.</summary>
    Task<bool> TryRecordAsync(Guid packageId, string number, DateTimeOffset receivedAt, CancellationToken cancellationToken);

    /// <summary>True when the package id was recorded before.</summary>
    Task<bool> HasSeenAsync(Guid packageId, CancellationToken cancellationToken);
}
