namespace Clues.GraphQL.Execution;

/// <summary>
/// Batches and caches loads for one request: every key asked for during the same burst of execution goes to
/// one call of the batch function, and each key is loaded at most once per request.
/// Get one with <see cref="ResolveContext.DataLoader{TKey, TValue}"/>.
/// </summary>
/// <typeparam name="TKey">The key type.</typeparam>
/// <typeparam name="TValue">The value type.</typeparam>
public sealed class DataLoader<TKey, TValue> : IBatchDispatcher
    where TKey : notnull
{
    private readonly object _lock = new();
    private readonly DataLoaderScope _scope;
    private readonly Func<IReadOnlyList<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> _batch;
    private readonly CancellationToken _cancellationToken;
    private readonly Dictionary<TKey, Task<TValue?>> _cache = [];
    private List<KeyValuePair<TKey, TaskCompletionSource<TValue?>>> _queue = [];
    private int _batchCount;

    internal DataLoader(
        DataLoaderScope scope,
        Func<IReadOnlyList<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> batch,
        CancellationToken cancellationToken)
    {
        _scope = scope;
        _batch = batch;
        _cancellationToken = cancellationToken;
    }

    /// <summary>How many times the batch function has been called in this request.</summary>
    public int BatchCount => Volatile.Read(ref _batchCount);

    /// <summary>Loads one key; <c>default</c> when the batch result has no entry for it.</summary>
    /// <param name="key">The key.</param>
    /// <returns>The value.</returns>
    public Task<TValue?> LoadAsync(TKey key)
    {
        ArgumentNullException.ThrowIfNull(key);
        bool first;
        Task<TValue?> task;
        lock (_lock)
        {
            if (_cache.TryGetValue(key, out var cached))
            {
                return cached;
            }

            // Continuations run inline when the batch delivers, so resolvers waiting on these keys resume
            // inside the delivery burst and their own loads join the next batch.
            var completion = new TaskCompletionSource<TValue?>();
            task = completion.Task;
            _cache.Add(key, task);
            first = _queue.Count == 0;
            _queue.Add(new KeyValuePair<TKey, TaskCompletionSource<TValue?>>(key, completion));
        }

        if (first)
        {
            _scope.Enqueue(this);
        }

        return task;
    }

    /// <summary>Loads several keys (batched together with everything else queued).</summary>
    /// <param name="keys">The keys.</param>
    /// <returns>The values in key order.</returns>
    public async Task<IReadOnlyList<TValue?>> LoadManyAsync(IEnumerable<TKey> keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var tasks = new List<Task<TValue?>>();
        foreach (var key in keys)
        {
            tasks.Add(LoadAsync(key));
        }

        return await Task.WhenAll(tasks).ConfigureAwait(false);
    }

    void IBatchDispatcher.Dispatch()
    {
        List<KeyValuePair<TKey, TaskCompletionSource<TValue?>>> queue;
        lock (_lock)
        {
            if (_queue.Count == 0)
            {
                return;
            }

            queue = _queue;
            _queue = [];
        }

        Interlocked.Increment(ref _batchCount);
        var keys = new TKey[queue.Count];
        for (var i = 0; i < keys.Length; i++)
        {
            keys[i] = queue[i].Key;
        }

        Task<IReadOnlyDictionary<TKey, TValue>> pending;
        try
        {
            pending = _batch(keys, _cancellationToken);
        }
        catch (Exception e)
        {
            Fail(queue, e);
            return;
        }

        if (pending.IsCompleted)
        {
            Deliver(queue, pending);
        }
        else
        {
            _ = DeliverWhenDoneAsync(queue, pending);
        }
    }

    private static void Fail(List<KeyValuePair<TKey, TaskCompletionSource<TValue?>>> queue, Exception e)
    {
        foreach (var entry in queue)
        {
            entry.Value.TrySetException(e);
        }
    }

    private async Task DeliverWhenDoneAsync(List<KeyValuePair<TKey, TaskCompletionSource<TValue?>>> queue, Task<IReadOnlyDictionary<TKey, TValue>> pending)
    {
        try
        {
            await pending.ConfigureAwait(false);
        }
        catch
        {
            // Observed and delivered to every waiting key below.
        }

        _scope.Enter();
        try
        {
            Deliver(queue, pending);
        }
        finally
        {
            _scope.Exit();
        }
    }

    private static void Deliver(List<KeyValuePair<TKey, TaskCompletionSource<TValue?>>> queue, Task<IReadOnlyDictionary<TKey, TValue>> completed)
    {
        if (completed.IsCanceled)
        {
            foreach (var entry in queue)
            {
                entry.Value.TrySetCanceled();
            }

            return;
        }

        if (completed.IsFaulted)
        {
            Fail(queue, completed.Exception!.InnerExceptions.Count == 1 ? completed.Exception.InnerException! : completed.Exception);
            return;
        }

        var results = completed.Result;
        foreach (var entry in queue)
        {
            entry.Value.TrySetResult(results is not null && results.TryGetValue(entry.Key, out var value) ? value : default);
        }
    }
}
