using Clues.Core.Graph;
using Clues.Graph.Neo4j.Cypher;
using Clues.Graph.Neo4j.Http;

namespace Clues.Graph.Neo4j;

/// <summary>
/// The graph-store port over Neo4j's HTTP Query API. Writes go in one explicit transaction per batch
/// (servers from 5.25; older ones commit statement by statement) as UNWIND batches with MERGE on the
/// store ids; reads carry the latest bookmarks, so a read sees every write this store made before it.
/// Traversals fetch adjacency level by level with one statement per level and apply the port's
/// ordering rules here, so answers match the embedded store's.
/// </summary>
public sealed partial class Neo4jGraphStore : IGraphStore, IGraphDataVersion
{
    private const int ReadPageSize = 1000;

    private readonly QueryApiClient _client;
    private long _dataVersion;
    private int _disposed;

    private Neo4jGraphStore(QueryApiClient client) => _client = client;

    /// <summary>
    /// Connects to the server (<c>GET /</c> discovers the Query API and whether it has explicit
    /// transactions), creates the constraints and indexes if they are missing, and returns the store.
    /// </summary>
    /// <exception cref="GraphStoreException">The server cannot be reached, refuses the login, or has no Query API.</exception>
    public static Task<Neo4jGraphStore> ConnectAsync(Neo4jOptions options, CancellationToken cancellationToken = default) =>
        ConnectAsync(options, new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) }, disposeHandler: true, cancellationToken);

    internal static async Task<Neo4jGraphStore> ConnectAsync(Neo4jOptions options, HttpMessageHandler handler, bool disposeHandler, CancellationToken cancellationToken)
    {
        var client = await QueryApiClient.ConnectAsync(options, handler, disposeHandler, cancellationToken).ConfigureAwait(false);
        try
        {
            foreach (var statement in Statements.Schema())
            {
                await client.RunAsync(statement, null, write: true, cancellationToken).ConfigureAwait(false);
            }

            return new Neo4jGraphStore(client);
        }
        catch
        {
            client.Dispose();
            throw;
        }
    }

    /// <summary>The version the server reported, e.g. <c>5.26.0</c>.</summary>
    public string ServerVersion => _client.Server.Version;

    /// <summary>True when each batch is written in one server transaction (Neo4j 5.25 and later).</summary>
    public bool WritesAreAtomic => _client.ExplicitTransactions;

    /// <inheritdoc />
    public long DataVersion => Interlocked.Read(ref _dataVersion);

    /// <inheritdoc />
    public ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 0)
        {
            _client.Dispose();
        }

        return ValueTask.CompletedTask;
    }

    /// <summary>Deletes every node and relationship of the store (tests only: the contract suite needs an empty store per test).</summary>
    internal async Task ClearAsync(CancellationToken cancellationToken)
    {
        ThrowIfDisposed();
        await _client.RunAsync(Statements.DeleteEverything, null, write: true, cancellationToken).ConfigureAwait(false);
        Interlocked.Increment(ref _dataVersion);
    }

    private void ThrowIfDisposed() => ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed) != 0, this);

    private Task<QueryResult> ReadAsync(CypherStatement statement, IReadOnlyDictionary<string, object?>? parameters, CancellationToken cancellationToken)
    {
        ThrowIfDisposed();
        return _client.RunAsync(statement, parameters, write: false, cancellationToken);
    }

    private static IEnumerable<List<T>> Chunks<T>(IEnumerable<T> items, int size)
    {
        var chunk = new List<T>(size);
        foreach (var item in items)
        {
            chunk.Add(item);
            if (chunk.Count == size)
            {
                yield return chunk;
                chunk = new List<T>(size);
            }
        }

        if (chunk.Count > 0)
        {
            yield return chunk;
        }
    }
}
