namespace Clues.Graph.Embedded.Audit;

/// <summary>How <see cref="SqliteAuditLog"/> anchors its head in <c>audit.head</c>.</summary>
public sealed record AuditLogOptions
{
    /// <summary>Signs each anchor (HMAC-SHA256) so that editing both files without the key shows; null writes unsigned anchors.</summary>
    public AuditAnchorKey? AnchorKey { get; init; }

    /// <summary>Re-anchor after this many new entries (default 64; 1 anchors after every batch).</summary>
    public int AnchorEveryEntries { get; init; } = 64;

    /// <summary>Re-anchor at least this often while new entries are not yet anchored (default one second).</summary>
    public TimeSpan AnchorInterval { get; init; } = TimeSpan.FromSeconds(1);
}
