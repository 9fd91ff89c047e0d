namespace Clues.Handover.Workflow;

/// <summary>A workflow step that was refused; the message names the state, role or jurisdiction and what would be allowed.</summary>
public sealed class HandoverRefusedException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="kind">Why it was refused.</param>
    /// <param name="itemId">The item, when there is one.</param>
    /// <param name="message">The reason, naming the fix.</param>
    public HandoverRefusedException(RefusalKind kind, string? itemId, string message)
        : base(message)
    {
        Kind = kind;
        ItemId = itemId;
    }

    /// <summary>Why it was refused.</summary>
    public RefusalKind Kind { get; }

    /// <summary>The item concerned, when there is one.</summary>
    public string? ItemId { get; }
}
