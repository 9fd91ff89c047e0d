using Clues.Core.Graph;
using Clues.Graph.Neo4j.Cypher;

namespace Clues.Graph.Neo4j.Http;

/// <summary>
/// An open write transaction. With an id it is one of the server's explicit transactions and all its
/// statements commit together; without one (servers before 5.25) each statement commits on its own,
/// which <see cref="IsAtomic"/> tells. Disposing an unfinished transaction rolls it back.
/// </summary>
internal sealed class QueryTransaction : IAsyncDisposable
{
    private readonly QueryApiClient _client;
    private readonly string? _id;
    private readonly string? _affinity;
    private bool _finished;

    public QueryTransaction(QueryApiClient client, string? id, string? affinity)
    {
        _client = client;
        _id = id;
        _affinity = affinity;
    }

    /// <summary>True when the server holds the statements until commit.</summary>
    public bool IsAtomic => _id is not null;

    public Task<QueryResult> RunAsync(CypherStatement statement, IReadOnlyDictionary<string, object?>? parameters, CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_finished, this);
        return _id is null
            ? _client.RunAsync(statement, parameters, write: true, cancellationToken)
            : _client.RunInTransactionAsync(_id, _affinity, statement, parameters, cancellationToken);
    }

    public async Task CommitAsync(CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_finished, this);
        _finished = true;
        if (_id is not null)
        {
            await _client.CommitAsync(_id, _affinity, cancellationToken).ConfigureAwait(false);
        }
    }

    public async Task RollbackAsync(CancellationToken cancellationToken)
    {
        if (_finished)
        {
            return;
        }

        _finished = true;
        if (_id is not null)
        {
            await _client.RollbackAsync(_id, _affinity, cancellationToken).ConfigureAwait(false);
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await RollbackAsync(CancellationToken.None).ConfigureAwait(false);
        }
        catch (GraphStoreException)
        {
            // The server rolls back a transaction it no longer hears from when it expires; the error that
            // brought us here matters more than a failed clean-up.
        }
    }
}
