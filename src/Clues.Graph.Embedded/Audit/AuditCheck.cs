namespace Clues.Graph.Embedded.Audit;

/// <summary>The outcome of <see cref="AuditVerifier.VerifyAsync"/>: the log's size and head, or its first fault.</summary>
/// <param name="Entries">Entries whose links held before the first fault (all of them when intact).</param>
/// <param name="HeadHash">The hash of the last entry that held (the genesis hash for an empty log).</param>
/// <param name="Fault">What is wrong, or null when the log verifies.</param>
/// <param name="FirstBadSequence">The first entry that cannot be trusted, or null (intact, or a fault of the anchor itself).</param>
/// <param name="Problem">A sentence naming the entry and what is wrong with it, or null.</param>
/// <param name="Anchor">The anchor read from <c>audit.head</c>, or null when there is none.</param>
/// <param name="Notes">Limits of this verdict worth telling the reader (signature not checked, entries since the anchor).</param>
public sealed record AuditCheck(
    long Entries,
    string HeadHash,
    AuditFault? Fault,
    long? FirstBadSequence,
    string? Problem,
    AuditAnchor? Anchor,
    IReadOnlyList<string> Notes)
{
    /// <summary>True when the chain holds and agrees with its anchor.</summary>
    public bool IsIntact => Fault is null;
}
