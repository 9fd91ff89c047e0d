using System.Globalization;
using Clues.Core.Access;
using Microsoft.Data.Sqlite;

namespace Clues.Api.Security;

/// <summary>
/// The record of every bearer token issued for a deployment: <c>tokens.db</c> (SQLite) in the keys folder beside
/// the signing key, never in the data directory, so a backup or export of the data does not carry it. Per token it
/// keeps SHA-256 of the token string (never the token), the user, roles, jurisdiction, issue and expiry times, and
/// the revocation if any. The API accepts only tokens recorded here and not revoked (see
/// <see cref="RegisteredTokenSet"/>). Each operation opens its own connection, so the CLI and the server can use
/// the file at the same time.
/// </summary>
internal sealed class TokenRegistry
{
    /// <summary>The file name in the keys folder.</summary>
    public const string FileName = "tokens.db";

    private const string TimeFormat = "yyyy-MM-dd'T'HH:mm:ss'Z'";

    private const string Schema = """
        CREATE TABLE IF NOT EXISTS token (
            hash          BLOB PRIMARY KEY,
            user_id       TEXT NOT NULL,
            roles         TEXT NOT NULL,
            jurisdiction  TEXT NOT NULL,
            issued_utc    TEXT NOT NULL,
            expires_utc   TEXT NOT NULL,
            revoked_utc   TEXT,
            revoked_by    TEXT,
            revoke_reason TEXT
        ) WITHOUT ROWID;
        CREATE INDEX IF NOT EXISTS token_user ON token (user_id);
        """;

    private const string Columns = "hash, user_id, roles, jurisdiction, issued_utc, expires_utc, revoked_utc, revoked_by, revoke_reason";

    private TokenRegistry(string path) => FilePath = path;

    /// <summary>The registry file (absolute).</summary>
    public string FilePath { get; }

    /// <summary>
    /// Opens the registry at <paramref name="path"/>, creating it when missing. A file that is not a sound registry
    /// stops here with an error naming it and the fix, so a server never starts on a registry it cannot trust.
    /// </summary>
    public static TokenRegistry Open(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        if (!File.Exists(full) && !OperatingSystem.IsWindows())
        {
            // Owner-only like the keys beside it: no secrets inside, but it does list who holds access. SQLite gives
            // its -wal and -shm files the same mode; an empty file is an empty database.
            try
            {
                using var created = new FileStream(full, new FileStreamOptions
                {
                    Mode = FileMode.CreateNew,
                    Access = FileAccess.Write,
                    UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite,
                });
            }
            catch (IOException) when (File.Exists(full))
            {
                // Another process created it first.
            }
        }

        SQLitePCL.Batteries_V2.Init();
        var registry = new TokenRegistry(full);
        registry.Guard(() =>
        {
            using var connection = registry.Connect();
            using (var check = connection.CreateCommand())
            {
                check.CommandText = "PRAGMA quick_check;";
                var verdict = Convert.ToString(check.ExecuteScalar(), CultureInfo.InvariantCulture);
                if (verdict != "ok")
                {
                    throw new InvalidDataException(verdict);
                }
            }

            Execute(connection, Schema);
            // Touches every column, so a SQLite file of another shape is refused here rather than at the first request.
            Execute(connection, $"SELECT {Columns} FROM token LIMIT 1;");
            return 0;
        });
        return registry;
    }

    /// <summary>The registry the server started with <paramref name="signingKeyFile"/> reads: tokens.db in the same folder.</summary>
    public static string BesideSigningKey(string signingKeyFile) =>
        Path.Combine(Path.GetDirectoryName(Path.GetFullPath(signingKeyFile))!, FileName);

    /// <summary>Records a token about to be handed out; the caller hands it out only after this returns.</summary>
    public void Register(byte[] hash, Principal principal, DateTimeOffset issuedAt, DateTimeOffset expiresAt)
    {
        ArgumentNullException.ThrowIfNull(hash);
        ArgumentNullException.ThrowIfNull(principal);
        Guard(() =>
        {
            using var connection = Connect();
            using var insert = connection.CreateCommand();
            insert.CommandText = """
                INSERT INTO token (hash, user_id, roles, jurisdiction, issued_utc, expires_utc)
                VALUES ($hash, $user, $roles, $jurisdiction, $issued, $expires);
                """;
            insert.Parameters.AddWithValue("$hash", hash);
            insert.Parameters.AddWithValue("$user", principal.UserId);
            insert.Parameters.AddWithValue("$roles", string.Join(',', principal.Roles.Order().Select(r => r.ToString())));
            insert.Parameters.AddWithValue("$jurisdiction", principal.Jurisdiction.Value);
            insert.Parameters.AddWithValue("$issued", Time(issuedAt));
            insert.Parameters.AddWithValue("$expires", Time(expiresAt));
            return insert.ExecuteNonQuery();
        });
    }

    /// <summary>
    /// Revokes the token whose string is <paramref name="token"/> unless it is revoked already; returns its record
    /// afterwards (null when it is not registered here) and whether this call revoked it.
    /// </summary>
    public async Task<(RegisteredToken? Record, bool RevokedNow)> RevokeTokenAsync(string token, string by, string reason, DateTimeOffset at, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(token);
        var hash = TokenHash.Of(token.Trim());
        var changed = await RevokeAsync("hash = $match", hash, by, reason, at, cancellationToken).ConfigureAwait(false);
        await using var connection = Connect();
        await using var query = connection.CreateCommand();
        query.CommandText = $"SELECT {Columns} FROM token WHERE hash = $hash;";
        query.Parameters.AddWithValue("$hash", hash);
        var record = await GuardAsync(async () =>
        {
            await using var reader = await query.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            return await reader.ReadAsync(cancellationToken).ConfigureAwait(false) ? Read(reader) : null;
        }).ConfigureAwait(false);
        return (record, changed > 0);
    }

    /// <summary>Revokes every token of <paramref name="userId"/> not revoked yet; returns how many.</summary>
    public Task<int> RevokeUserAsync(string userId, string by, string reason, DateTimeOffset at, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);
        return RevokeAsync("user_id = $match", userId, by, reason, at, cancellationToken);
    }

    /// <summary>Every registered token, newest first.</summary>
    public async Task<IReadOnlyList<RegisteredToken>> ListAsync(CancellationToken cancellationToken)
    {
        await using var connection = Connect();
        await using var query = connection.CreateCommand();
        query.CommandText = $"SELECT {Columns} FROM token ORDER BY issued_utc DESC, user_id;";
        return await GuardAsync(async () =>
        {
            var rows = new List<RegisteredToken>();
            await using var reader = await query.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                rows.Add(Read(reader));
            }

            return (IReadOnlyList<RegisteredToken>)rows;
        }).ConfigureAwait(false);
    }

    /// <summary>A new connection to the registry with the settings every user of the file shares.</summary>
    internal SqliteConnection Connect()
    {
        // No pooling: a pooled connection would keep the file open after use and hide other writers from data_version.
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = FilePath, Pooling = false }.ToString());
        try
        {
            connection.Open();
            Execute(connection, "PRAGMA journal_mode = WAL;");
            // FULL: a token is handed out only once its record is on disk, and a revocation must survive a crash.
            Execute(connection, "PRAGMA synchronous = FULL;");
            Execute(connection, "PRAGMA busy_timeout = 5000;");
            return connection;
        }
        catch (SqliteException e)
        {
            connection.Dispose();
            throw Failed(e);
        }
    }

    /// <summary>Reads one row selected with the registry's column list.</summary>
    internal static RegisteredToken Read(SqliteDataReader reader)
    {
        TokenRevocation? revocation = reader.IsDBNull(6)
            ? null
            : new TokenRevocation(ParseTime(reader.GetString(6)), reader.IsDBNull(7) ? "" : reader.GetString(7), reader.IsDBNull(8) ? "" : reader.GetString(8));
        return new RegisteredToken(
            (byte[])reader.GetValue(0),
            reader.GetString(1),
            reader.GetString(2).Split(',', StringSplitOptions.RemoveEmptyEntries),
            reader.GetString(3),
            ParseTime(reader.GetString(4)),
            ParseTime(reader.GetString(5)),
            revocation);
    }

    /// <summary>The select list <see cref="Read"/> expects.</summary>
    internal static string ColumnList => Columns;

    internal static string Time(DateTimeOffset at) => at.UtcDateTime.ToString(TimeFormat, CultureInfo.InvariantCulture);

    /// <summary>Runs <paramref name="work"/>, turning SQLite failures into an error that names the file and the fix.</summary>
    internal T Guard<T>(Func<T> work)
    {
        try
        {
            return work();
        }
        catch (Exception e) when (e is SqliteException or InvalidDataException or FormatException or InvalidCastException)
        {
            throw Failed(e);
        }
    }

    private async Task<T> GuardAsync<T>(Func<Task<T>> work)
    {
        try
        {
            return await work().ConfigureAwait(false);
        }
        catch (Exception e) when (e is SqliteException or InvalidDataException or FormatException or InvalidCastException)
        {
            throw Failed(e);
        }
    }

    private InvalidOperationException Failed(Exception e)
    {
        // SQLITE_CORRUPT (11) and SQLITE_NOTADB (26): the file itself is bad; anything else (locked, read-only, disk full) is not.
        var damaged = e is not SqliteException sqlite || sqlite.SqliteErrorCode is 11 or 26;
        var fix = damaged
            ? "Restore tokens.db (with its -wal file, if any) from a backup of the keys folder; or move it aside to start an empty registry, "
              + "after which every token issued so far is refused and users need new ones (clues token issue --keys <folder>)."
            : "Check that the keys folder is writable by this account and its disk has space, and that no other program holds the file locked.";
        return new InvalidOperationException($"The token registry '{FilePath}' cannot be used ({e.Message.Trim()}). {fix}", e);
    }

    private async Task<int> RevokeAsync(string where, object match, string by, string reason, DateTimeOffset at, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(by);
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        await using var connection = Connect();
        await using var update = connection.CreateCommand();
        update.CommandText = $"UPDATE token SET revoked_utc = $at, revoked_by = $by, revoke_reason = $reason WHERE {where} AND revoked_utc IS NULL;";
        update.Parameters.AddWithValue("$match", match);
        update.Parameters.AddWithValue("$at", Time(at));
        update.Parameters.AddWithValue("$by", by);
        update.Parameters.AddWithValue("$reason", reason);
        return await GuardAsync(() => update.ExecuteNonQueryAsync(cancellationToken)).ConfigureAwait(false);
    }

    private static DateTimeOffset ParseTime(string text) =>
        DateTimeOffset.ParseExact(text, TimeFormat, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
