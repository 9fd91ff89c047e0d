namespace Clues.Graph.Embedded.Audit;

/// <summary>What is wrong with an audit log, as found by <see cref="AuditVerifier"/>.</summary>
public enum AuditFault
{
    /// <summary>An entry's content no longer matches its hash, or an entry was rewritten and re-hashed.</summary>
    Edited,

    /// <summary>One or more entries were deleted from the middle of the log (a gap in the sequence numbers).</summary>
    Missing,

    /// <summary>Entries were moved: the entry that follows another in the chain is stored elsewhere.</summary>
    Reordered,

    /// <summary>Entries were cut off the end: the anchor records more entries than the log holds.</summary>
    Truncated,

    /// <summary>The chain is internally consistent but does not match the anchor: it was recomputed after a change.</summary>
    Rewritten,

    /// <summary>The log holds entries but <c>audit.head</c> is missing, so a cut at the end could go unnoticed.</summary>
    AnchorMissing,

    /// <summary><c>audit.head</c> is unreadable, unsigned while a key was given, signed by another key, or its signature fails.</summary>
    AnchorInvalid,
}
