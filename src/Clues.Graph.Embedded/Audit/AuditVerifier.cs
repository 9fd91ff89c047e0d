using System.Globalization;
using Clues.Core.Audit;
using Microsoft.Data.Sqlite;

namespace Clues.Graph.Embedded.Audit;

/// <summary>
/// Checks an audit log and its anchor without opening it for writing, so it can run beside a live service or on a
/// backup. It recomputes the hash chain from the first entry, classifies the first broken link (edited, missing,
/// reordered), then compares the end of the log with <c>audit.head</c> (truncated, rewritten).
/// </summary>
/// <remarks>
/// Threat model. The chain alone shows any change to an entry and any gap, but not entries cut off the end, nor a
/// log rewritten from some point with every hash recomputed. The anchor closes that: it is written apart from the
/// database (atomically, every few entries and at least every second while entries arrive), so a cut or a rewrite
/// behind it shows as a mismatch. Someone who can write both files can rewrite the anchor too, unless it is signed:
/// with an <see cref="AuditAnchorKey"/> kept in the keys folder, forging needs the key as well. Someone holding
/// write access to both files AND the key can still forge a consistent log; so can anyone for the entries written
/// after the last anchor (at most the anchoring interval). Without a key given here, a signed anchor's signature is
/// not checked, and the verdict says so.
/// </remarks>
public static class AuditVerifier
{
    /// <summary>Verifies the log in <paramref name="auditDatabase"/> against the anchor beside it.</summary>
    /// <param name="auditDatabase">The log file, e.g. <c>data/audit.db</c>.</param>
    /// <param name="key">The anchor key, to check the anchor's signature; null to check the chain and anchor without it.</param>
    /// <param name="cancellationToken">Cancels the check.</param>
    /// <returns>The verdict.</returns>
    public static async Task<AuditCheck> VerifyAsync(string auditDatabase, AuditAnchorKey? key, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(auditDatabase);
        var notes = new List<string>();

        // The anchor is read before the log: the writer anchors only what it has committed, so an anchor read first
        // never runs ahead of the log read after it, even while entries are being appended.
        AuditAnchor? anchor;
        try
        {
            anchor = AuditAnchorFile.Read(AuditAnchorFile.PathFor(auditDatabase));
        }
        catch (FormatException e)
        {
            return new AuditCheck(0, AuditChain.Genesis, AuditFault.AnchorInvalid, null, e.Message, null, notes);
        }

        if (!File.Exists(auditDatabase))
        {
            return anchor is { Sequence: > 0 }
                ? new AuditCheck(0, AuditChain.Genesis, AuditFault.Truncated, 1,
                    $"The audit log '{auditDatabase}' is missing, but its anchor records {anchor.Sequence} entries.", anchor, notes)
                : new AuditCheck(0, AuditChain.Genesis, null, null, null, anchor, ["There is no audit log yet."]);
        }

        Storage.SqliteSchema.InitialiseProvider();
        await using var connection = new SqliteConnection(ReadOnly(auditDatabase));
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        var chain = await WalkChainAsync(connection, anchor?.Sequence, cancellationToken).ConfigureAwait(false);
        if (chain.Fault is not null)
        {
            return new AuditCheck(chain.Entries, chain.Head, chain.Fault, chain.FirstBad, chain.Problem, anchor, notes);
        }

        return CompareWithAnchor(chain, anchor, key, notes);
    }

    internal static string ReadOnly(string path) => new SqliteConnectionStringBuilder
    {
        DataSource = path,
        Mode = SqliteOpenMode.ReadOnly,
        Pooling = false,
    }.ToString();

    private static AuditCheck CompareWithAnchor(ChainWalk chain, AuditAnchor? anchor, AuditAnchorKey? key, List<string> notes)
    {
        AuditCheck Fail(AuditFault fault, long? firstBad, string problem) =>
            new(chain.Entries, chain.Head, fault, firstBad, problem, anchor, notes);

        if (anchor is null)
        {
            if (chain.Entries == 0)
            {
                return new AuditCheck(0, chain.Head, null, null, null, null, notes);
            }

            return Fail(AuditFault.AnchorMissing, null,
                $"The anchor audit.head is missing while the log holds {chain.Entries} entries, so entries cut off the end could not be detected. " +
                "Restore audit.head from a backup; if it never existed (a log from before anchoring), the service writes a new one, noted as starting at the current entry, when it next opens the log.");
        }

        if (key is not null)
        {
            if (!anchor.IsSigned)
            {
                return Fail(AuditFault.AnchorInvalid, null, $"The anchor audit.head is not signed, but the audit key {key.KeyId} was given: the anchor was replaced, or the service runs without the key.");
            }

            if (!string.Equals(anchor.KeyId, key.KeyId, StringComparison.Ordinal))
            {
                return Fail(AuditFault.AnchorInvalid, null, $"The anchor audit.head is signed with key {anchor.KeyId}, not with the given key {key.KeyId}. Pass the keys folder the service uses.");
            }

            if (!anchor.SignatureHolds(key))
            {
                return Fail(AuditFault.AnchorInvalid, null, $"The anchor audit.head was altered: its signature does not match its content (entry {anchor.Sequence}, hash {anchor.Hash}).");
            }
        }
        else if (anchor.IsSigned)
        {
            notes.Add($"The anchor is signed (key {anchor.KeyId}) but no key was given, so its signature was not checked; pass --keys to check it.");
        }

        if (anchor.Sequence > chain.Entries)
        {
            return Fail(AuditFault.Truncated, chain.Entries + 1, string.Create(CultureInfo.InvariantCulture,
                $"The log was truncated after entry {chain.Entries}: its anchor (written {AuditChain.FormatTime(anchor.WrittenAt)}) records {anchor.Sequence} entries, so entries {chain.Entries + 1} to {anchor.Sequence} were removed."));
        }

        if (!string.Equals(chain.HashAtAnchor, anchor.Hash, StringComparison.Ordinal))
        {
            return Fail(AuditFault.Rewritten, anchor.Sequence, string.Create(CultureInfo.InvariantCulture,
                $"Entry {anchor.Sequence} does not match the anchor: the log up to entry {anchor.Sequence} was rewritten (entries removed or changed and every later hash recomputed)."));
        }

        if (anchor.Sequence < chain.Entries)
        {
            notes.Add(string.Create(CultureInfo.InvariantCulture,
                $"Entries {anchor.Sequence + 1} to {chain.Entries} were appended after the anchor was written; a cut among them alone would not be detected."));
        }

        if (anchor.Since > 0)
        {
            notes.Add(string.Create(CultureInfo.InvariantCulture,
                $"Anchoring began when the log already held {anchor.Since} entries (audit.head was missing or re-keyed then); a cut made before that is not covered."));
        }

        return new AuditCheck(chain.Entries, chain.Head, null, null, null, anchor, notes);
    }

    private static async Task<ChainWalk> WalkChainAsync(SqliteConnection connection, long? anchorSequence, CancellationToken cancellationToken)
    {
        // One read transaction: the whole walk sees one snapshot even while the service appends.
        await using var transaction = connection.BeginTransaction(deferred: true);
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        // A file from before the operation and field path columns reads them as null, so it verifies by the old rule.
        var columns = AuditSchema.EntryColumns(connection, transaction);
        if (columns.Length == 0)
        {
            // No audit table: an empty log that was never written.
            return new ChainWalk(0, AuditChain.Genesis, anchorSequence == 0 ? AuditChain.Genesis : null, null, null, null);
        }

        command.CommandText = $"SELECT seq, prev_hash, hash, {columns} FROM audit ORDER BY seq";
        var rows = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);

        await using (rows.ConfigureAwait(false))
        {
            var previous = AuditChain.Genesis;
            var atAnchor = anchorSequence == 0 ? AuditChain.Genesis : null;
            long expected = 1;
            while (await rows.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                var sequence = rows.GetInt64(0);
                var storedPrevious = rows.GetString(1);
                var storedHash = rows.GetString(2);
                long good = expected - 1;
                ChainWalk Broken(AuditFault fault, long firstBad, string problem) => new(good, previous, atAnchor, fault, firstBad, problem);

                if (sequence != expected)
                {
                    return Broken(AuditFault.Missing, expected, sequence == expected + 1
                        ? $"Entry {expected} is missing (deleted): the log jumps from entry {expected - 1} to entry {sequence}."
                        : $"Entries {expected} to {sequence - 1} are missing (deleted): the log jumps from entry {expected - 1} to entry {sequence}.");
                }

                AuditEntry entry;
                try
                {
                    entry = SqliteAuditLog.ReadEntry(rows, 3);
                }
                catch (FormatException)
                {
                    return Broken(AuditFault.Edited, sequence, $"Entry {sequence} was altered (edited): its time is unreadable.");
                }

                var selfConsistent = string.Equals(AuditChain.Hash(storedPrevious, sequence, entry), storedHash, StringComparison.Ordinal);
                if (!string.Equals(storedPrevious, previous, StringComparison.Ordinal))
                {
                    var successor = await FindSuccessorAsync(connection, transaction, previous, sequence, cancellationToken).ConfigureAwait(false);
                    if (successor is { } moved)
                    {
                        return Broken(AuditFault.Reordered, sequence, string.Create(CultureInfo.InvariantCulture,
                            $"Entry {sequence} is out of order (reordered): the entry that follows entry {sequence - 1} in the chain is stored as entry {moved}."));
                    }

                    if (selfConsistent && sequence > 1)
                    {
                        return Broken(AuditFault.Edited, sequence - 1, string.Create(CultureInfo.InvariantCulture,
                            $"Entry {sequence - 1} was altered (edited) and its hash recomputed: entry {sequence} records a different previous hash."));
                    }

                    return Broken(AuditFault.Edited, sequence, string.Create(CultureInfo.InvariantCulture,
                        $"Entry {sequence} was altered (edited): it does not link to entry {sequence - 1} and its content does not match its hash."));
                }

                if (!selfConsistent)
                {
                    return Broken(AuditFault.Edited, sequence, $"Entry {sequence} was altered (edited): its content does not match its hash.");
                }

                previous = storedHash;
                if (sequence == anchorSequence)
                {
                    atAnchor = storedHash;
                }

                expected++;
            }

            return new ChainWalk(expected - 1, previous, atAnchor, null, null, null);
        }
    }

    /// <summary>The stored entry that names <paramref name="previousHash"/> as its predecessor, other than <paramref name="except"/>.</summary>
    private static async Task<long?> FindSuccessorAsync(SqliteConnection connection, SqliteTransaction transaction, string previousHash, long except, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT seq FROM audit WHERE prev_hash = $prev AND seq <> $except ORDER BY seq LIMIT 1";
        command.Parameters.AddWithValue("$prev", previousHash);
        command.Parameters.AddWithValue("$except", except);
        var found = await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
        return found is long sequence ? sequence : null;
    }

    /// <summary>What walking the chain found: how far it held, the head there, and the hash at the anchor's position.</summary>
    private sealed record ChainWalk(long Entries, string Head, string? HashAtAnchor, AuditFault? Fault, long? FirstBad, string? Problem);
}
