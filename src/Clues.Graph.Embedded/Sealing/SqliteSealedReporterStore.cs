using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Clues.Core.Access;
using Clues.Core.Audit;
using Clues.Core.Identifiers;
using Clues.Core.Sealing;
using Microsoft.Data.Sqlite;

namespace Clues.Graph.Embedded.Sealing;

/// <summary>
/// Sealed reporter identities in their own SQLite file (<c>sealed.db</c>, never part of graph.db or any package).
/// Each identity is encrypted with AES-256-GCM under a random nonce, with the clue id as associated data so a
/// record moved to another clue no longer decrypts. Every put and get, granted or denied, is audited before the
/// call returns.
/// </summary>
public sealed class SqliteSealedReporterStore : ISealedReporterStore, IDisposable
{
    private const int NonceSize = 12;
    private const int TagSize = 16;

    private readonly SqliteConnection _connection;
    private readonly SemaphoreSlim _lock = new(1, 1);
    private readonly SealingKey _key;
    private readonly IAuditLog _audit;
    private readonly AccessPolicy _policy;
    private readonly TimeProvider _time;

    private SqliteSealedReporterStore(SqliteConnection connection, SealingKey key, IAuditLog audit, AccessPolicy policy, TimeProvider time)
    {
        _connection = connection;
        _key = key;
        _audit = audit;
        _policy = policy;
        _time = time;
    }

    /// <summary>Opens (or creates) the store; fails when it was written under another key.</summary>
    /// <param name="path">The database file, e.g. <c>data/sealed.db</c>.</param>
    /// <param name="key">The sealing key; the store does not take ownership.</param>
    /// <param name="audit">Where every access is recorded.</param>
    /// <param name="policy">Who may register and unseal.</param>
    /// <param name="time">Clock for audit entries; the system clock when null.</param>
    /// <returns>The open store.</returns>
    /// <exception cref="SealedStoreKeyException">The file was sealed under a different key.</exception>
    public static SqliteSealedReporterStore Open(string path, SealingKey key, IAuditLog audit, AccessPolicy policy, TimeProvider? time = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(audit);
        ArgumentNullException.ThrowIfNull(policy);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);

        Storage.SqliteSchema.InitialiseProvider();
        var connection = new SqliteConnection(Storage.SqliteSchema.ConnectionString(path));
        try
        {
            connection.Open();
            Execute(connection, "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL;");
            Execute(connection, """
                CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY, value TEXT NOT NULL);
                CREATE TABLE IF NOT EXISTS sealed (
                    clue_id      TEXT PRIMARY KEY,
                    jurisdiction TEXT NOT NULL,
                    nonce        BLOB NOT NULL,
                    ciphertext   BLOB NOT NULL,
                    tag          BLOB NOT NULL
                );
                INSERT OR IGNORE INTO meta (name, value) VALUES ('key_id', $key_id);
                """, ("$key_id", key.KeyId));
            using (var command = connection.CreateCommand())
            {
                command.CommandText = "SELECT value FROM meta WHERE name = 'key_id'";
                var stored = (string)command.ExecuteScalar()!;
                if (!string.Equals(stored, key.KeyId, StringComparison.Ordinal))
                {
                    throw new SealedStoreKeyException(
                        $"The sealed reporter store '{path}' was sealed with key {stored}, but the configured sealing key is {key.KeyId}. Configure the original key file; a new key cannot read existing identities.");
                }
            }

            return new SqliteSealedReporterStore(connection, key, audit, policy, time ?? TimeProvider.System);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <inheritdoc />
    public async Task PutAsync(string clueId, DivisionCode jurisdiction, ReporterIdentity identity, Principal principal, string reason, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(clueId);
        ArgumentNullException.ThrowIfNull(jurisdiction);
        ArgumentNullException.ThrowIfNull(identity);
        ArgumentNullException.ThrowIfNull(principal);

        var allowed = _policy.IsAllowed(principal, Permission.RegisterClue) && new VisibilityFilter(principal).IsVisible(jurisdiction);
        await AuditAsync(principal, allowed ? "SealReporterIdentity" : "SealReporterIdentityDenied", clueId, reason, cancellationToken).ConfigureAwait(false);
        if (!allowed)
        {
            throw new AccessDeniedException($"User {principal.UserId} may not seal reporter identities for clue {clueId}.");
        }

        var plain = JsonSerializer.SerializeToUtf8Bytes(identity);
        var nonce = RandomNumberGenerator.GetBytes(NonceSize);
        var cipher = new byte[plain.Length];
        var tag = new byte[TagSize];
        using (var aes = new AesGcm(_key.Bytes, TagSize))
        {
            aes.Encrypt(nonce, plain, cipher, tag, AssociatedData(clueId));
        }

        CryptographicOperations.ZeroMemory(plain);
        await _lock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            Execute(_connection,
                "INSERT OR REPLACE INTO sealed (clue_id, jurisdiction, nonce, ciphertext, tag) VALUES ($id, $jur, $nonce, $cipher, $tag)",
                ("$id", clueId), ("$jur", jurisdiction.Value), ("$nonce", nonce), ("$cipher", cipher), ("$tag", tag));
        }
        finally
        {
            _lock.Release();
        }
    }

    /// <inheritdoc />
    public async Task<ReporterIdentity?> GetAsync(string clueId, Principal principal, string reason, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(clueId);
        ArgumentNullException.ThrowIfNull(principal);

        (string Jurisdiction, byte[] Nonce, byte[] Cipher, byte[] Tag)? row;
        await _lock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            row = Read(clueId);
        }
        finally
        {
            _lock.Release();
        }

        // The jurisdiction check uses the stored record, so a clue with nothing sealed is judged by role alone.
        var allowed = !string.IsNullOrWhiteSpace(reason)
            && _policy.IsAllowed(principal, Permission.ReadReporterIdentity)
            && (row is null || new VisibilityFilter(principal).IsVisible(DivisionCode.Parse(row.Value.Jurisdiction)));
        await AuditAsync(principal, allowed ? "ReadReporterIdentity" : "ReadReporterIdentityDenied", clueId, reason, cancellationToken).ConfigureAwait(false);
        if (!allowed)
        {
            throw new AccessDeniedException(string.IsNullOrWhiteSpace(reason)
                ? "A reason is required to see a reporter's identity."
                : $"User {principal.UserId} may not see the reporter identity of clue {clueId}.");
        }

        if (row is not { } found)
        {
            return null;
        }

        var plain = new byte[found.Cipher.Length];
        try
        {
            using var aes = new AesGcm(_key.Bytes, TagSize);
            aes.Decrypt(found.Nonce, found.Cipher, found.Tag, plain, AssociatedData(clueId));
            return JsonSerializer.Deserialize<ReporterIdentity>(plain)
                ?? throw new SealedStoreKeyException($"The sealed identity of clue {clueId} is empty.");
        }
        catch (AuthenticationTagMismatchException e)
        {
            throw new SealedStoreKeyException($"The sealed identity of clue {clueId} cannot be decrypted with key {_key.KeyId}: the record was altered or sealed under another key.", e);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(plain);
        }
    }

    /// <summary>Closes the file (the key stays with its owner).</summary>
    public void Dispose()
    {
        _connection.Dispose();
        _lock.Dispose();
    }

    private static byte[] AssociatedData(string clueId) => Encoding.UTF8.GetBytes("clues-sealed-reporter:" + clueId);

    private static void Execute(SqliteConnection connection, string sql, params (string Name, object Value)[] parameters)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        command.ExecuteNonQuery();
    }

    private (string Jurisdiction, byte[] Nonce, byte[] Cipher, byte[] Tag)? Read(string clueId)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = "SELECT jurisdiction, nonce, ciphertext, tag FROM sealed WHERE clue_id = $id";
        command.Parameters.AddWithValue("$id", clueId);
        using var rows = command.ExecuteReader();
        if (!rows.Read())
        {
            return null;
        }

        return (rows.GetString(0), (byte[])rows.GetValue(1), (byte[])rows.GetValue(2), (byte[])rows.GetValue(3));
    }

    private Task AuditAsync(Principal principal, string action, string clueId, string? reason, CancellationToken cancellationToken) =>
        _audit.AppendAsync(new AuditEntry(principal.UserId, _time.GetUtcNow(), action, clueId, reason, null), cancellationToken);
}
