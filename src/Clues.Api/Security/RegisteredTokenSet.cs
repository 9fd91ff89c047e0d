using Microsoft.Data.Sqlite;

namespace Clues.Api.Security;

/// <summary>
/// The server's copy of the token registry: an immutable dictionary from token hash to revocation (null while the
/// token is valid), so checking a request's token is a lookup with no database read. It is reloaded when the file
/// changed, which SQLite's <c>PRAGMA data_version</c> on a connection of our own tells cheaply: the
/// <see cref="TokenRegistryRefresher"/> asks once a second (so a revocation by <c>clues token revoke</c> in another
/// process takes effect within about a second), and a correctly signed token not in the set asks once more before
/// it is refused (so a token issued a moment ago works on its first request).
/// </summary>
internal sealed class RegisteredTokenSet : IDisposable
{
    // Expired tokens are refused before the registry is consulted; a day of slack covers clock skew generously.
    private static readonly TimeSpan ExpiredKept = TimeSpan.FromDays(1);

    private readonly TokenRegistry _registry;
    private readonly TimeProvider _time;
    private readonly SqliteConnection _watch;
    private readonly Lock _gate = new();
    private volatile Dictionary<string, TokenRevocation?> _tokens = [];
    private long _dataVersion = -1;

    private RegisteredTokenSet(TokenRegistry registry, TimeProvider time)
    {
        _registry = registry;
        _time = time;
        _watch = registry.Connect();
    }

    /// <summary>The registry file this set mirrors.</summary>
    public string FilePath => _registry.FilePath;

    /// <summary>How many tokens (unexpired, revoked or not) the set holds.</summary>
    public int Count => _tokens.Count;

    /// <summary>Loads the set from <paramref name="registry"/>; fails, naming the file, when it cannot be read.</summary>
    public static RegisteredTokenSet Open(TokenRegistry registry, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(registry);
        ArgumentNullException.ThrowIfNull(time);
        var set = new RegisteredTokenSet(registry, time);
        try
        {
            set.RefreshIfChanged();
            return set;
        }
        catch
        {
            set.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Whether the token with <paramref name="hash"/> is registered; when it is, <paramref name="revocation"/> says
    /// whether (and how) it was revoked. A miss re-reads the registry first if it changed since the last load.
    /// </summary>
    public bool TryFind(byte[] hash, out TokenRevocation? revocation)
    {
        var key = TokenHash.Key(hash);
        if (_tokens.TryGetValue(key, out revocation))
        {
            return true;
        }

        try
        {
            return RefreshIfChanged() && _tokens.TryGetValue(key, out revocation);
        }
        catch (InvalidOperationException)
        {
            // Unreadable just now (the refresher logs why): refuse the unknown token rather than fail the request.
            return false;
        }
    }

    /// <summary>Reloads the set when the registry file changed since the last load; true when it did.</summary>
    public bool RefreshIfChanged()
    {
        lock (_gate)
        {
            return _registry.Guard(() =>
            {
                using var version = _watch.CreateCommand();
                version.CommandText = "PRAGMA data_version;";
                var current = (long)version.ExecuteScalar()!;
                if (current == _dataVersion)
                {
                    return false;
                }

                // The version is read before the rows: a write in between bumps it again and the next check reloads.
                var loaded = new Dictionary<string, TokenRevocation?>(StringComparer.Ordinal);
                using var query = _watch.CreateCommand();
                query.CommandText = $"SELECT {TokenRegistry.ColumnList} FROM token WHERE expires_utc > $cutoff;";
                query.Parameters.AddWithValue("$cutoff", TokenRegistry.Time(_time.GetUtcNow() - ExpiredKept));
                using (var reader = query.ExecuteReader())
                {
                    while (reader.Read())
                    {
                        var row = TokenRegistry.Read(reader);
                        loaded[TokenHash.Key(row.Hash)] = row.Revocation;
                    }
                }

                _tokens = loaded;
                _dataVersion = current;
                return true;
            });
        }
    }

    public void Dispose() => _watch.Dispose();
}
