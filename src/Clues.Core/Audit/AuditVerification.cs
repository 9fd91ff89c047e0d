namespace Clues.Core.Audit;

/// <summary>The outcome of checking the audit log's hash chain.</summary>
/// <param name="EntriesChecked">How many entries were read.</param>
/// <param name="FirstBrokenSequence">The first entry whose link does not hold, or null when the chain is intact.</param>
/// <param name="Problem">What is wrong with that entry, or null.</param>
public sealed record AuditVerification(long EntriesChecked, long? FirstBrokenSequence, string? Problem)
{
    /// <summary>True when every link holds.</summary>
    public bool IsIntact => FirstBrokenSequence is null;
}
