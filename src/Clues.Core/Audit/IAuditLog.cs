using Clues.Core.Access;

namespace Clues.Core.Audit;

/// <summary>
/// The append-only audit log. Every read of a clue or a handover item and every access to a sealed identity is appended here; an
/// entry is durable when <see cref="AppendAsync"/> completes, so callers await it before answering the request.
/// </summary>
public interface IAuditLog
{
    /// <summary>Appends an entry; completes once it is durably stored and chained.</summary>
    /// <param name="entry">The entry.</param>
    /// <param name="cancellationToken">Cancels waiting; an entry already handed to the writer is still stored.</param>
    /// <returns>The entry's sequence number.</returns>
    Task<long> AppendAsync(AuditEntry entry, CancellationToken cancellationToken = default);

    /// <summary>
    /// Appends several entries in order; completes once all are durably stored and chained. A log that supports it
    /// stores them in one transaction (one group commit), so a register of many rows costs one disk flush.
    /// </summary>
    /// <param name="entries">The entries, in the order they are to be chained.</param>
    /// <param name="cancellationToken">Cancels waiting; entries already handed to the writer are still stored.</param>
    /// <returns>The entries' sequence numbers, in the order given.</returns>
    async Task<IReadOnlyList<long>> AppendManyAsync(IReadOnlyList<AuditEntry> entries, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entries);
        return await Task.WhenAll(entries.Select(entry => AppendAsync(entry, cancellationToken))).ConfigureAwait(false);
    }

    /// <summary>Reads entries for an auditor. Requires <see cref="Permission.ReadAudit"/>; the read itself is audited.</summary>
    /// <param name="query">The filters.</param>
    /// <param name="reader">Who reads.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>Matching entries in log order.</returns>
    /// <exception cref="AccessDeniedException">The reader lacks <see cref="Permission.ReadAudit"/>.</exception>
    Task<IReadOnlyList<AuditRecord>> QueryAsync(AuditQuery query, Principal reader, CancellationToken cancellationToken = default);

    /// <summary>Recomputes the hash chain from the first entry and reports the first broken link.</summary>
    /// <param name="cancellationToken">Cancels the check.</param>
    /// <returns>The outcome.</returns>
    Task<AuditVerification> VerifyAsync(CancellationToken cancellationToken = default);
}
