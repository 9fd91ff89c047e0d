namespace Clues.Core.Audit;

/// <summary>Filters for reading the audit log; all given filters must match. Results are in log order.</summary>
public sealed record AuditQuery
{
    /// <summary>Only this user's entries.</summary>
    public string? UserId { get; init; }

    /// <summary>Only entries about this target.</summary>
    public string? TargetId { get; init; }

    /// <summary>Only this action.</summary>
    public string? Action { get; init; }

    /// <summary>Only entries at or after this instant.</summary>
    public DateTimeOffset? From { get; init; }

    /// <summary>Only entries before this instant.</summary>
    public DateTimeOffset? To { get; init; }

    /// <summary>Only entries after this sequence number (for paging).</summary>
    public long AfterSequence { get; init; }

    /// <summary>At most this many entries (default 100, at most 1000).</summary>
    public int Limit { get; init; } = 100;
}
