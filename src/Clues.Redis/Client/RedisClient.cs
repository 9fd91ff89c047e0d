using System.Diagnostics;
using Clues.Redis.Configuration;
using Clues.Redis.Protocol;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Clues.Redis.Client;

/// <summary>The Redis client: one multiplexed, pipelined connection to one endpoint, re-opened in the background with
/// exponential backoff when it breaks. While there is no connection, commands fail at once with
/// <see cref="RedisFailure.Unavailable"/> instead of each caller waiting out a connect timeout (a circuit breaker), so
/// a service that uses Redis as a cache stays fast when Redis is down. Only the very first connect is waited for.</summary>
internal sealed partial class RedisClient : IAsyncDisposable, IDisposable
{
    private readonly ILogger _logger;
    private readonly Lock _gate = new();
    private readonly CancellationTokenSource _disposed = new();
    private readonly TaskCompletionSource _firstAttempt = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private RedisConnection? _connection;
    private Task? _connector;
    private RedisException? _lastError;
    private DateTimeOffset? _nextAttempt;
    private long _reconnects;

    public RedisClient(RedisConnectionOptions options, ILogger<RedisClient>? logger = null)
    {
        Options = options.Validate();
        _logger = logger ?? NullLogger<RedisClient>.Instance;
    }

    public RedisConnectionOptions Options { get; }

    public bool IsConnected => Volatile.Read(ref _connection) is { IsFaulted: false };

    /// <summary>Why the client is not connected, or null while it is (or has not tried yet).</summary>
    public RedisException? LastError
    {
        get
        {
            lock (_gate)
            {
                return _lastError;
            }
        }
    }

    /// <summary>How many connections were opened after the first one; tests and health output use it.</summary>
    public long Reconnects => Interlocked.Read(ref _reconnects);

    /// <summary>Sends one command and returns its reply.</summary>
    /// <exception cref="RedisException">No connection, connection lost, timeout, or the server answered with an error.</exception>
    public async Task<RespValue> ExecuteAsync(RedisCommand command, CancellationToken cancellationToken = default)
    {
        var reply = (await ExecuteBatchAsync([command], cancellationToken).ConfigureAwait(false))[0];
        if (reply.IsError)
        {
            throw ServerError(command.Name, reply);
        }

        return reply;
    }

    /// <summary>Sends commands back to back, with nothing from other callers in between (so MULTI...EXEC blocks are
    /// safe on the shared connection), and returns their replies unchecked: error replies are values here.</summary>
    /// <exception cref="RedisException">No connection, connection lost or timeout.</exception>
    public async Task<RespValue[]> ExecuteBatchAsync(IReadOnlyList<RedisCommand> commands, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var connection = await GetConnectionAsync(cancellationToken).ConfigureAwait(false);
        var operation = new RedisOperation(commands);
        var replies = connection.Send(operation);
        try
        {
            return await replies.WaitAsync(Options.CommandTimeout, cancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutException e)
        {
            operation.Abandon();
            if (connection.IsStalled(Options.CommandTimeout))
            {
                // Silence, not slowness: drop the socket so the breaker opens and later callers fail fast.
                connection.Fault(new RedisException(RedisFailure.Timeout,
                    $"Redis at {Options.Endpoint} sent nothing for {Options.CommandTimeout.TotalMilliseconds:0} ms; the connection is dropped and re-opened."));
            }

            throw new RedisException(RedisFailure.Timeout,
                $"Redis at {Options.Endpoint} did not answer {operation.Description} within {Options.CommandTimeout.TotalMilliseconds:0} ms (asyncTimeout in Redis:Configuration).", e);
        }
        catch (OperationCanceledException)
        {
            operation.Abandon();
            throw;
        }
    }

    /// <summary>Round-trip time of a PING.</summary>
    /// <exception cref="RedisException">Redis cannot be reached.</exception>
    public async Task<TimeSpan> PingAsync(CancellationToken cancellationToken = default)
    {
        var started = Stopwatch.GetTimestamp();
        await ExecuteAsync(new RedisCommand("PING"), cancellationToken).ConfigureAwait(false);
        return Stopwatch.GetElapsedTime(started);
    }

    /// <summary>A human-readable state line for health output.</summary>
    public string Describe()
    {
        lock (_gate)
        {
            if (IsConnected)
            {
                return $"connected to {Options.Endpoint} (reconnects so far: {Reconnects})";
            }

            return _lastError is null
                ? $"not yet connected to {Options.Endpoint}"
                : $"disconnected from {Options.Endpoint}: {_lastError.Message} Next attempt at {_nextAttempt:HH:mm:ss.fff}.";
        }
    }

    public async ValueTask DisposeAsync()
    {
        Task? connector;
        RedisConnection? connection;
        lock (_gate)
        {
            if (_disposed.IsCancellationRequested)
            {
                return;
            }

            _disposed.Cancel();
            connector = _connector;
            connection = _connection;
            _connection = null;
        }

        _firstAttempt.TrySetResult();
        if (connection is not null)
        {
            await connection.DisposeAsync().ConfigureAwait(false);
        }

        if (connector is not null)
        {
            await connector.ConfigureAwait(false);
        }
    }

    /// <summary>For DI containers that dispose synchronously; closing a socket does not block.</summary>
    public void Dispose() => DisposeAsync().AsTask().GetAwaiter().GetResult();

    private async ValueTask<RedisConnection> GetConnectionAsync(CancellationToken cancellationToken)
    {
        var current = Volatile.Read(ref _connection);
        if (current is { IsFaulted: false })
        {
            return current;
        }

        Task firstAttempt;
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed.IsCancellationRequested, this);
            if (_connection is { IsFaulted: false } live)
            {
                return live;
            }

            if (_lastError is not null)
            {
                throw Unavailable();
            }

            EnsureConnector();
            firstAttempt = _firstAttempt.Task;
        }

        // Only the first connect is worth waiting for (start-up); it is bounded by connectTimeout.
        await firstAttempt.WaitAsync(cancellationToken).ConfigureAwait(false);
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed.IsCancellationRequested, this);
            return _connection is { IsFaulted: false } connected ? connected : throw Unavailable();
        }
    }

    private RedisException Unavailable() => new(RedisFailure.Unavailable,
        $"Redis at {Options.Endpoint} is unavailable ({_lastError?.Message ?? "not connected"}); the client reconnects in the background"
        + (_nextAttempt is { } next ? $", next attempt at {next:HH:mm:ss.fff} UTC." : "."),
        _lastError);

    private RedisException ServerError(string command, RespValue reply) => new(RedisFailure.ServerError,
        $"Redis at {Options.Endpoint} rejected {command}: {reply.AsString()}");

    /// <summary>Caller holds <see cref="_gate"/>.</summary>
    private void EnsureConnector()
    {
        if (_connector is null && !_disposed.IsCancellationRequested)
        {
            _connector = Task.Run(ConnectLoopAsync);
        }
    }

    private async Task ConnectLoopAsync()
    {
        var failures = 0;
        while (!_disposed.IsCancellationRequested)
        {
            try
            {
                var connection = await OpenAsync().ConfigureAwait(false);
                var restored = false;
                lock (_gate)
                {
                    if (_disposed.IsCancellationRequested)
                    {
                        _connector = null;
                        _ = connection.DisposeAsync().AsTask();
                        return;
                    }

                    restored = _lastError is not null;
                    if (_firstAttempt.Task.IsCompleted)
                    {
                        Interlocked.Increment(ref _reconnects);
                    }

                    _connection = connection;
                    _lastError = null;
                    _nextAttempt = null;
                    _connector = null;
                }

                _firstAttempt.TrySetResult();
                if (restored)
                {
                    LogRestored(_logger, Options.Endpoint, failures);
                }

                return;
            }
            catch (Exception e) when (!_disposed.IsCancellationRequested)
            {
                var error = e as RedisException ?? new RedisException(RedisFailure.Unavailable,
                    $"Cannot connect to Redis at {Options.Endpoint}: {e.Message}", e);
                var delay = Backoff(failures++);
                lock (_gate)
                {
                    _lastError = error;
                    _nextAttempt = DateTimeOffset.UtcNow + delay;
                }

                _firstAttempt.TrySetResult();
                LogConnectFailed(_logger, error, Options.Endpoint, delay.TotalMilliseconds);
                try
                {
                    await Task.Delay(delay, _disposed.Token).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    break;
                }
            }
            catch (OperationCanceledException) when (_disposed.IsCancellationRequested)
            {
                break;
            }
        }

        lock (_gate)
        {
            _connector = null;
        }
    }

    private async Task<RedisConnection> OpenAsync()
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(_disposed.Token);
        timeout.CancelAfter(Options.ConnectTimeout);
        try
        {
            return await RedisConnection.OpenAsync(Options, OnConnectionFaulted, timeout.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException e) when (!_disposed.IsCancellationRequested)
        {
            throw new RedisException(RedisFailure.Unavailable,
                $"Redis at {Options.Endpoint} did not accept and authenticate a connection within {Options.ConnectTimeout.TotalMilliseconds:0} ms (connectTimeout in Redis:Configuration).", e);
        }
    }

    private TimeSpan Backoff(int failures)
    {
        var exponent = Math.Min(failures, 20);
        var milliseconds = Math.Min(Options.ReconnectMaxDelay.TotalMilliseconds, Options.ReconnectMinDelay.TotalMilliseconds * Math.Pow(2, exponent));

        // Jitter keeps a fleet of services from reconnecting in lockstep after an outage.
        return TimeSpan.FromMilliseconds(milliseconds * (0.8 + Random.Shared.NextDouble() * 0.4));
    }

    private void OnConnectionFaulted(RedisConnection connection, RedisException error)
    {
        lock (_gate)
        {
            if (!ReferenceEquals(_connection, connection) || _disposed.IsCancellationRequested)
            {
                return; // a handshake that failed, or shutdown: nothing was handed out
            }

            _connection = null;
            _lastError = error;
            _nextAttempt = DateTimeOffset.UtcNow;
            EnsureConnector();
        }

        LogConnectionLost(_logger, error, Options.Endpoint);
    }

    [LoggerMessage(EventId = 1, Level = LogLevel.Warning, Message = "Lost the connection to Redis at {Endpoint}; reconnecting in the background.")]
    private static partial void LogConnectionLost(ILogger logger, Exception error, string endpoint);

    [LoggerMessage(EventId = 2, Level = LogLevel.Warning, Message = "Cannot connect to Redis at {Endpoint}; next attempt in {DelayMs:0} ms.")]
    private static partial void LogConnectFailed(ILogger logger, Exception error, string endpoint, double delayMs);

    [LoggerMessage(EventId = 3, Level = LogLevel.Information, Message = "Connected to Redis at {Endpoint} again after {Failures} failed attempts.")]
    private static partial void LogRestored(ILogger logger, string endpoint, int failures);
}
