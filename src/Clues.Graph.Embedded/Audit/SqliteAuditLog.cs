using System.Globalization;
using System.Threading.Channels;
using Clues.Core.Access;
using Clues.Core.Audit;
using Microsoft.Data.Sqlite;

namespace Clues.Graph.Embedded.Audit;

/// <summary>
/// The audit log in its own SQLite file (<c>audit.db</c>, apart from <c>graph.db</c> so no export can include it).
/// Append-only: the class has no update or delete path and the schema's triggers refuse both; each entry stores
/// SHA-256 over the previous entry's hash and its own content.
/// </summary>
/// <remarks>
/// Durability with group commit: <see cref="AppendAsync"/> queues the entry for one writer task, which writes all
/// queued entries in one transaction with <c>synchronous = FULL</c> and then completes their tasks. A request that
/// awaits its append therefore answers only after its entry is on disk, while concurrent requests share one
/// fsync instead of paying one each. The entries of one <see cref="AppendManyAsync"/> call (a register's rows) travel as
/// one unit, so they are chained consecutively in a single transaction.
/// <para>
/// Layout: a file made before entries named their GraphQL operation and field path is upgraded in place when
/// opened (<see cref="AuditSchema.Upgrade"/>); its entries keep their hashes and verify as before.
/// </para>
/// <para>
/// Anchoring: the chain cannot show entries cut off its end, so the writer also records its head (sequence and
/// hash, HMAC-signed when <see cref="AuditLogOptions.AnchorKey"/> is set) in <c>audit.head</c> beside the file, after
/// every <see cref="AuditLogOptions.AnchorEveryEntries"/> entries and at least every
/// <see cref="AuditLogOptions.AnchorInterval"/>. An anchor that disagrees with the log when it is opened is left as it is
/// (it is the evidence) and no new anchor is written; <see cref="AuditVerifier"/> then reports the fault.
/// </para>
/// </remarks>
public sealed class SqliteAuditLog : IAuditLog, IAsyncDisposable, IDisposable
{
    private const int MaxBatch = 256;

    private readonly string _path;
    private readonly AccessPolicy _policy;
    private readonly TimeProvider _time;
    private readonly SqliteConnection _writer;
    private readonly Channel<Pending> _queue = Channel.CreateUnbounded<Pending>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Task _writing;
    private readonly AuditLogOptions _options;
    private readonly string _anchorPath;
    private long _lastSequence;
    private string _lastHash;
    private long _anchoredSequence;
    private long _anchorSince;
    private long _anchoredAt;
    private bool _anchorFrozen;

    private SqliteAuditLog(string path, AccessPolicy policy, TimeProvider time, AuditLogOptions options)
    {
        _path = path;
        _policy = policy;
        _time = time;
        _options = options;
        _anchorPath = AuditAnchorFile.PathFor(path);
        _writer = AuditSchema.Open(path);
        AuditSchema.Execute(_writer, AuditSchema.Create);
        AuditSchema.Upgrade(_writer);
        (_lastSequence, _lastHash) = ReadTail(_writer);
        TakeOverAnchor();
        _writing = Task.Run(WriteLoopAsync);
    }

    /// <summary>True when the anchor found at open disagreed with the log, so it is kept untouched as evidence.</summary>
    public bool AnchorFrozen => _anchorFrozen;

    /// <summary>Opens (or creates) the audit log at <paramref name="path"/>.</summary>
    /// <param name="path">The database file, e.g. <c>data/audit.db</c>.</param>
    /// <param name="policy">Decides who may read the log.</param>
    /// <param name="time">Clock for the entries this log writes about its own reads; the system clock when null.</param>
    /// <returns>The open log; dispose it to flush and close.</returns>
    /// <param name="options">How the head is anchored in <c>audit.head</c>; unsigned anchors every 64 entries or second when null.</param>
    public static SqliteAuditLog Open(string path, AccessPolicy policy, TimeProvider? time = null, AuditLogOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ArgumentNullException.ThrowIfNull(policy);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        options ??= new AuditLogOptions();
        if (options.AnchorEveryEntries < 1 || options.AnchorInterval <= TimeSpan.Zero)
        {
            throw new ArgumentException("AuditLogOptions: AnchorEveryEntries must be at least 1 and AnchorInterval positive.", nameof(options));
        }

        return new SqliteAuditLog(path, policy, time ?? TimeProvider.System, options);
    }

    /// <inheritdoc />
    public async Task<long> AppendAsync(AuditEntry entry, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var sequences = await AppendManyAsync([entry], cancellationToken).ConfigureAwait(false);
        return sequences[0];
    }

    /// <inheritdoc />
    /// <remarks>The entries go to the writer as one unit, so they are chained together in one transaction however many there are.</remarks>
    public Task<IReadOnlyList<long>> AppendManyAsync(IReadOnlyList<AuditEntry> entries, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var normalised = new AuditEntry[entries.Count];
        for (var i = 0; i < normalised.Length; i++)
        {
            var entry = entries[i] ?? throw new ArgumentException($"Entry {i} is null.", nameof(entries));
            ArgumentException.ThrowIfNullOrWhiteSpace(entry.UserId, nameof(entries));
            ArgumentException.ThrowIfNullOrWhiteSpace(entry.Action, nameof(entries));
            normalised[i] = entry with { At = entry.At.ToUniversalTime() };
        }

        if (normalised.Length == 0)
        {
            return Task.FromResult<IReadOnlyList<long>>([]);
        }

        var pending = new Pending(normalised);
        if (!_queue.Writer.TryWrite(pending))
        {
            throw new ObjectDisposedException(nameof(SqliteAuditLog), "The audit log is closed; nothing more can be recorded.");
        }

        return pending.Done.Task.WaitAsync(cancellationToken);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<AuditRecord>> QueryAsync(AuditQuery query, Principal reader, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(reader);
        var allowed = _policy.IsAllowed(reader, Permission.ReadAudit);
        var described = Describe(query);
        await AppendAsync(
            new AuditEntry(reader.UserId, _time.GetUtcNow(), allowed ? "ReadAudit" : "ReadAuditDenied", null, described, null),
            cancellationToken).ConfigureAwait(false);
        if (!allowed)
        {
            throw new AccessDeniedException($"User {reader.UserId} may not read the audit log.");
        }

        var limit = Math.Clamp(query.Limit, 1, 1000);
        using var connection = AuditSchema.Open(_path);
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT seq, user_id, at, action, target_id, reason, request_id, operation, field_path, hash FROM audit
            WHERE seq > $after
              AND ($user IS NULL OR user_id = $user)
              AND ($target IS NULL OR target_id = $target)
              AND ($action IS NULL OR action = $action)
              AND ($from IS NULL OR at >= $from)
              AND ($to IS NULL OR at < $to)
            ORDER BY seq LIMIT $limit
            """;
        command.Parameters.AddWithValue("$after", query.AfterSequence);
        command.Parameters.AddWithValue("$user", (object?)query.UserId ?? DBNull.Value);
        command.Parameters.AddWithValue("$target", (object?)query.TargetId ?? DBNull.Value);
        command.Parameters.AddWithValue("$action", (object?)query.Action ?? DBNull.Value);
        command.Parameters.AddWithValue("$from", query.From is { } from ? AuditChain.FormatTime(from) : DBNull.Value);
        command.Parameters.AddWithValue("$to", query.To is { } to ? AuditChain.FormatTime(to) : DBNull.Value);
        command.Parameters.AddWithValue("$limit", limit);

        var records = new List<AuditRecord>();
        using var rows = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await rows.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            records.Add(new AuditRecord(rows.GetInt64(0), ReadEntry(rows, 1), rows.GetString(9)));
        }

        return records;
    }

    /// <inheritdoc />
    /// <remarks>Checks the anchor too (see <see cref="AuditVerifier"/>); a fault of the anchor itself is reported at the entry after the verified ones.</remarks>
    public async Task<AuditVerification> VerifyAsync(CancellationToken cancellationToken = default)
    {
        var check = await AuditVerifier.VerifyAsync(_path, _options.AnchorKey, cancellationToken).ConfigureAwait(false);
        return check.IsIntact
            ? new AuditVerification(check.Entries, null, null)
            : new AuditVerification(check.Entries, check.FirstBadSequence ?? check.Entries + 1, check.Problem);
    }

    /// <summary>Writes what is queued, stops the writer and closes the file.</summary>
    /// <returns>A task that completes when closed.</returns>
    public async ValueTask DisposeAsync()
    {
        if (_queue.Writer.TryComplete())
        {
            await _writing.ConfigureAwait(false);
            WriteAnchor();
            // Fold the WAL back so the closed log is one self-contained file.
            AuditSchema.Execute(_writer, "PRAGMA wal_checkpoint(TRUNCATE);");
            _writer.Dispose();
        }
    }

    /// <summary>Synchronous close for containers disposed synchronously; same effect as <see cref="DisposeAsync"/>.</summary>
    public void Dispose() => DisposeAsync().AsTask().GetAwaiter().GetResult();

    /// <summary>An entry from the columns <c>user_id</c> to <c>field_path</c> (see <see cref="AuditSchema.EntryColumns"/>), starting at <paramref name="first"/>.</summary>
    internal static AuditEntry ReadEntry(SqliteDataReader rows, int first)
    {
        string? Text(int offset) => rows.IsDBNull(first + offset) ? null : rows.GetString(first + offset);
        return new AuditEntry(
            rows.GetString(first),
            AuditChain.ParseTime(rows.GetString(first + 1)),
            rows.GetString(first + 2),
            Text(3),
            Text(4),
            Text(5),
            Text(6),
            Text(7));
    }

    private static (long Sequence, string Hash) ReadTail(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1";
        using var rows = command.ExecuteReader();
        return rows.Read() ? (rows.GetInt64(0), rows.GetString(1)) : (0, AuditChain.Genesis);
    }

    private static string Describe(AuditQuery query) => string.Create(CultureInfo.InvariantCulture,
        $"query user={query.UserId} target={query.TargetId} action={query.Action} from={query.From:O} to={query.To:O} after={query.AfterSequence}");

    private async Task WriteLoopAsync()
    {
        var batch = new List<Pending>(MaxBatch);
        Task<bool>? waiting = null;
        while (true)
        {
            waiting ??= _queue.Reader.WaitToReadAsync().AsTask();
            if (!waiting.IsCompleted && AnchorLags)
            {
                // Nothing queued but entries not yet anchored: anchor them once the interval is up, unless more arrive first.
                var due = _time.GetElapsedTime(_anchoredAt);
                if (due < _options.AnchorInterval)
                {
                    // WaitAsync drops its timer as soon as an entry arrives. A Task.Delay raced with WhenAny lived on for
                    // the rest of the interval after every batch, and hundreds a second were promoted to gen 2 under load.
                    await ((Task)waiting).WaitAsync(_options.AnchorInterval - due, _time).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
                }

                if (!waiting.IsCompleted)
                {
                    WriteAnchor();
                    continue;
                }
            }

            if (!await waiting.ConfigureAwait(false))
            {
                break;
            }

            waiting = null;
            batch.Clear();
            var entries = 0;
            while (entries < MaxBatch && _queue.Reader.TryRead(out var pending))
            {
                batch.Add(pending);
                entries += pending.Entries.Length;
            }

            try
            {
                var sequences = WriteBatch(batch);
                for (var i = 0; i < batch.Count; i++)
                {
                    batch[i].Done.TrySetResult(sequences[i]);
                }
            }
            catch (Exception e)
            {
                // The transaction rolled back: nothing of the batch is stored, so every caller learns it failed
                // and the in-memory tail is reloaded from what is really on disk.
                (_lastSequence, _lastHash) = ReadTail(_writer);
                foreach (var pending in batch)
                {
                    pending.Done.TrySetException(e);
                }
            }

            if (_lastSequence - _anchoredSequence >= _options.AnchorEveryEntries || (AnchorLags && _time.GetElapsedTime(_anchoredAt) >= _options.AnchorInterval))
            {
                WriteAnchor();
            }
        }
    }

    private bool AnchorLags => !_anchorFrozen && _anchoredSequence < _lastSequence;

    /// <summary>
    /// Decides at open whether to continue the existing anchor. One that agrees with the log (and is signed as
    /// configured) is continued; a missing or re-keyed one is restarted at the current head, noting where; one that
    /// disagrees or whose signature fails is never overwritten, so the evidence stays for the verifier.
    /// </summary>
    private void TakeOverAnchor()
    {
        AuditAnchor? existing;
        try
        {
            existing = AuditAnchorFile.Read(_anchorPath);
        }
        catch (FormatException)
        {
            _anchorFrozen = true;
            return;
        }

        var key = _options.AnchorKey;
        if (existing is not null)
        {
            var agrees = existing.Sequence <= _lastSequence
                && string.Equals(HashAt(existing.Sequence), existing.Hash, StringComparison.Ordinal);
            var sameKey = key is null ? !existing.IsSigned : string.Equals(existing.KeyId, key.KeyId, StringComparison.Ordinal);
            if (!agrees || (sameKey && key is not null && !existing.SignatureHolds(key)))
            {
                _anchorFrozen = true;
                return;
            }

            if (sameKey)
            {
                _anchoredSequence = existing.Sequence;
                _anchorSince = existing.Since;
                _anchoredAt = _time.GetTimestamp();
                WriteAnchor();
                return;
            }
        }

        // No anchor yet, or the key changed: anchoring (re)starts here, and the anchor says so.
        _anchorSince = _lastSequence;
        _anchoredSequence = -1;
        WriteAnchor();
    }

    private string? HashAt(long sequence)
    {
        if (sequence == 0)
        {
            return AuditChain.Genesis;
        }

        using var command = _writer.CreateCommand();
        command.CommandText = "SELECT hash FROM audit WHERE seq = $seq";
        command.Parameters.AddWithValue("$seq", sequence);
        return command.ExecuteScalar() as string;
    }

    private void WriteAnchor()
    {
        if (_anchorFrozen || _anchoredSequence == _lastSequence)
        {
            return;
        }

        var anchor = new AuditAnchor(_lastSequence, _lastHash, _anchorSince, _time.GetUtcNow(), null, null).SignedWith(_options.AnchorKey);
        try
        {
            AuditAnchorFile.Write(_anchorPath, anchor);
            _anchoredSequence = _lastSequence;
        }
        catch (IOException)
        {
            // A full or failing disk: the entries are safe in audit.db; the anchor is retried at the next batch or tick.
        }
        catch (UnauthorizedAccessException)
        {
            // As above: retried later, and a verifier meanwhile reports entries appended after the anchor.
        }

        _anchoredAt = _time.GetTimestamp();
    }

    private long[][] WriteBatch(List<Pending> batch)
    {
        var sequences = new long[batch.Count][];
        var sequence = _lastSequence;
        var hash = _lastHash;
        using var transaction = _writer.BeginTransaction();
        using var insert = _writer.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = """
            INSERT INTO audit (seq, user_id, at, action, target_id, reason, request_id, operation, field_path, prev_hash, hash)
            VALUES ($seq, $user, $at, $action, $target, $reason, $request, $operation, $path, $prev, $hash)
            """;
        var pSeq = insert.Parameters.Add("$seq", SqliteType.Integer);
        var pUser = insert.Parameters.Add("$user", SqliteType.Text);
        var pAt = insert.Parameters.Add("$at", SqliteType.Text);
        var pAction = insert.Parameters.Add("$action", SqliteType.Text);
        var pTarget = insert.Parameters.Add("$target", SqliteType.Text);
        var pReason = insert.Parameters.Add("$reason", SqliteType.Text);
        var pRequest = insert.Parameters.Add("$request", SqliteType.Text);
        var pOperation = insert.Parameters.Add("$operation", SqliteType.Text);
        var pPath = insert.Parameters.Add("$path", SqliteType.Text);
        var pPrev = insert.Parameters.Add("$prev", SqliteType.Text);
        var pHash = insert.Parameters.Add("$hash", SqliteType.Text);
        for (var i = 0; i < batch.Count; i++)
        {
            var entries = batch[i].Entries;
            sequences[i] = new long[entries.Length];
            for (var j = 0; j < entries.Length; j++)
            {
                var entry = entries[j];
                sequence++;
                var next = AuditChain.Hash(hash, sequence, entry);
                pSeq.Value = sequence;
                pUser.Value = entry.UserId;
                pAt.Value = AuditChain.FormatTime(entry.At);
                pAction.Value = entry.Action;
                pTarget.Value = (object?)entry.TargetId ?? DBNull.Value;
                pReason.Value = (object?)entry.Reason ?? DBNull.Value;
                pRequest.Value = (object?)entry.RequestId ?? DBNull.Value;
                pOperation.Value = (object?)entry.Operation ?? DBNull.Value;
                pPath.Value = (object?)entry.FieldPath ?? DBNull.Value;
                pPrev.Value = hash;
                pHash.Value = next;
                insert.ExecuteNonQuery();
                sequences[i][j] = sequence;
                hash = next;
            }
        }

        transaction.Commit();
        _lastSequence = sequence;
        _lastHash = hash;
        return sequences;
    }

    private sealed class Pending(AuditEntry[] entries)
    {
        public AuditEntry[] Entries { get; } = entries;

        public TaskCompletionSource<IReadOnlyList<long>> Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
