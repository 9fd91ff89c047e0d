namespace Clues.GraphQL.Execution;

/// <summary>
/// The request's loaders and the rule deciding when they dispatch. The executor brackets each burst of
/// synchronous work (the initial pass, the completion of an awaited resolver, the delivery of a batch) with
/// <see cref="Enter"/>/<see cref="Exit"/>; when the outermost burst ends, every loader with queued keys
/// dispatches once. Keys queued outside any burst (a resolver resuming after its own I/O) dispatch from the
/// thread pool right after, so loads issued together still share a batch.
/// </summary>
internal sealed class DataLoaderScope
{
    private readonly object _lock = new();
    private readonly CancellationToken _cancellationToken;
    private readonly Dictionary<string, object> _loaders = new(StringComparer.Ordinal);
    private List<IBatchDispatcher> _ready = [];
    private int _depth;
    private int _scheduled;

    public DataLoaderScope(CancellationToken cancellationToken)
    {
        _cancellationToken = cancellationToken;
    }

    public DataLoader<TKey, TValue> GetOrAdd<TKey, TValue>(
        string name,
        Func<IReadOnlyList<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> batch)
        where TKey : notnull
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(batch);
        lock (_lock)
        {
            if (_loaders.TryGetValue(name, out var existing))
            {
                return existing as DataLoader<TKey, TValue>
                    ?? throw new InvalidOperationException(
                        $"DataLoader \"{name}\" already exists in this request with different key/value types than <{typeof(TKey).Name}, {typeof(TValue).Name}>.");
            }

            var loader = new DataLoader<TKey, TValue>(this, batch, _cancellationToken);
            _loaders.Add(name, loader);
            return loader;
        }
    }

    public void Enter() => Interlocked.Increment(ref _depth);

    public void Exit()
    {
        while (Interlocked.Decrement(ref _depth) == 0)
        {
            var ready = TakeReady();
            if (ready is null)
            {
                return;
            }

            // Dispatch inside a burst of its own: batches that complete synchronously deliver their values,
            // resolvers continue and queue more keys, and those go out together when this burst ends.
            Interlocked.Increment(ref _depth);
            foreach (var loader in ready)
            {
                loader.Dispatch();
            }
        }
    }

    public void Enqueue(IBatchDispatcher loader)
    {
        lock (_lock)
        {
            if (!_ready.Contains(loader))
            {
                _ready.Add(loader);
            }
        }

        if (Volatile.Read(ref _depth) == 0 && Interlocked.Exchange(ref _scheduled, 1) == 0)
        {
            ThreadPool.UnsafeQueueUserWorkItem(
                static scope =>
                {
                    Volatile.Write(ref scope._scheduled, 0);
                    scope.Enter();
                    scope.Exit();
                },
                this,
                preferLocal: false);
        }
    }

    private List<IBatchDispatcher>? TakeReady()
    {
        lock (_lock)
        {
            if (_ready.Count == 0)
            {
                return null;
            }

            var ready = _ready;
            _ready = [];
            return ready;
        }
    }
}
