using System.Collections.Concurrent;
using System.IO.Pipelines;
using System.Net.Security;
using System.Net.Sockets;
using System.Threading.Channels;
using Clues.Redis.Configuration;
using Clues.Redis.Protocol;

namespace Clues.Redis.Client;

/// <summary>One socket shared by every caller: a writer loop drains the outbox onto the wire and a reader loop
/// matches replies to operations in the order they were written (Redis answers each connection in order). Once
/// broken it stays broken; <see cref="RedisClient"/> opens a new one.</summary>
internal sealed class RedisConnection : IAsyncDisposable
{
    // Flushing at this size keeps memory bounded when callers outpace the socket without losing batching.
    private const int FlushThreshold = 64 * 1024;

    private readonly RedisConnectionOptions _options;
    private readonly Socket _socket;
    private readonly Stream _stream;
    private readonly PipeReader _input;
    private readonly PipeWriter _output;
    private readonly Action<RedisConnection, RedisException> _onFault;
    private readonly Channel<RedisOperation> _outbox =
        Channel.CreateUnbounded<RedisOperation>(new UnboundedChannelOptions { SingleReader = true });
    private readonly ConcurrentQueue<RedisOperation> _inFlight = new();
    private readonly CancellationTokenSource _shutdown = new();
    private RedisException? _fault;
    private long _reads;
    private Task _writer = Task.CompletedTask;
    private Task _reader = Task.CompletedTask;
    private Task _cleanUp = Task.CompletedTask;

    private RedisConnection(RedisConnectionOptions options, Socket socket, Stream stream, Action<RedisConnection, RedisException> onFault)
    {
        _options = options;
        _socket = socket;
        _stream = stream;
        _onFault = onFault;
        _input = PipeReader.Create(stream, new StreamPipeReaderOptions(leaveOpen: true));
        _output = PipeWriter.Create(stream, new StreamPipeWriterOptions(leaveOpen: true));
    }

    public bool IsFaulted => Volatile.Read(ref _fault) is not null;

    /// <summary>Connects, authenticates and selects the database; the connection is handed out only after that.</summary>
    /// <exception cref="RedisException">The server cannot be reached or refused the credentials.</exception>
    public static async Task<RedisConnection> OpenAsync(
        RedisConnectionOptions options, Action<RedisConnection, RedisException> onFault, CancellationToken cancellationToken)
    {
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        Stream stream;
        try
        {
            await socket.ConnectAsync(options.Host, options.Port, cancellationToken).ConfigureAwait(false);
            socket.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.KeepAlive, true);
            stream = new NetworkStream(socket, ownsSocket: false);
            if (options.Ssl)
            {
                var ssl = new SslStream(stream, leaveInnerStreamOpen: false);
                await ssl.AuthenticateAsClientAsync(
                    new SslClientAuthenticationOptions { TargetHost = options.SslHost ?? options.Host }, cancellationToken).ConfigureAwait(false);
                stream = ssl;
            }
        }
        catch (Exception e) when (e is SocketException or IOException or System.Security.Authentication.AuthenticationException)
        {
            socket.Dispose();
            throw new RedisException(RedisFailure.Unavailable,
                $"Cannot connect to Redis at {options.Endpoint}: {e.Message}. Check that redis-server runs there and that Redis:Configuration names it.", e);
        }
        catch
        {
            socket.Dispose();
            throw;
        }

        var connection = new RedisConnection(options, socket, stream, onFault);
        connection.Start();
        try
        {
            await connection.HandshakeAsync(cancellationToken).ConfigureAwait(false);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Queues an operation; the task completes when all its replies have arrived.</summary>
    /// <exception cref="RedisException">The connection is already broken.</exception>
    public Task<RespValue[]> Send(RedisOperation operation)
    {
        var fault = Volatile.Read(ref _fault);
        if (fault is not null || !_outbox.Writer.TryWrite(operation))
        {
            throw NotSent(fault);
        }

        return operation.Completion;
    }

    /// <summary>True when the oldest unanswered command has waited at least half of <paramref name="timeout"/> and not
    /// one byte has arrived since it was written: the server or the path to it is gone, not merely busy.</summary>
    public bool IsStalled(TimeSpan timeout)
    {
        if (!_inFlight.TryPeek(out var oldest) || oldest.WrittenAt == 0)
        {
            return false;
        }

        return Interlocked.Read(ref _reads) == oldest.ReadsAtWrite
            && Environment.TickCount64 - oldest.WrittenAt >= timeout.TotalMilliseconds / 2;
    }

    /// <summary>Breaks the connection: every waiting caller gets <paramref name="error"/> (or a not-sent error) and the
    /// owner is told once.</summary>
    public void Fault(RedisException error)
    {
        if (Interlocked.CompareExchange(ref _fault, error, null) is not null)
        {
            return;
        }

        _outbox.Writer.TryComplete();
        _shutdown.Cancel();
        try
        {
            _socket.Shutdown(SocketShutdown.Both);
        }
        catch (Exception e) when (e is SocketException or ObjectDisposedException)
        {
            // Already closed by the peer; nothing left to shut down.
        }

        _socket.Dispose();
        Drain();
        _cleanUp = CleanUpAsync();
        _onFault(this, error);
    }

    public async ValueTask DisposeAsync()
    {
        Fault(new RedisException(RedisFailure.Unavailable, $"The connection to Redis at {_options.Endpoint} was closed by this client."));
        await _cleanUp.ConfigureAwait(false);
    }

    /// <summary>Runs once the connection is broken, whoever broke it, so a lost connection does not keep its pipe
    /// buffers until someone remembers to dispose it.</summary>
    private async Task CleanUpAsync()
    {
        await Task.WhenAll(_writer, _reader).ConfigureAwait(false);
        await _input.CompleteAsync().ConfigureAwait(false);
        await _output.CompleteAsync().ConfigureAwait(false);
        await _stream.DisposeAsync().ConfigureAwait(false);
        _shutdown.Dispose();
    }

    private void Start()
    {
        _writer = Task.Run(WriteLoopAsync);
        _reader = Task.Run(ReadLoopAsync);
    }

    private async Task HandshakeAsync(CancellationToken cancellationToken)
    {
        var commands = new List<RedisCommand>();
        if (_options.Password is not null)
        {
            // HELLO (Redis 6+) authenticates and names the client in one round trip; AUTH is the fallback for older servers.
            var hello = new RedisCommand("HELLO").Add("2").Add("AUTH").Add(_options.User ?? "default").Add(_options.Password);
            if (_options.ClientName is not null)
            {
                hello.Add("SETNAME").Add(_options.ClientName);
            }

            var helloReply = await RoundTripAsync(hello, cancellationToken).ConfigureAwait(false);
            if (helloReply.IsError && IsUnknownCommand(helloReply))
            {
                var auth = new RedisCommand("AUTH");
                if (_options.User is not null)
                {
                    auth.Add(_options.User);
                }

                ThrowIfAuthenticationFailed(await RoundTripAsync(auth.Add(_options.Password), cancellationToken).ConfigureAwait(false));
                if (_options.ClientName is not null)
                {
                    commands.Add(new RedisCommand("CLIENT").Add("SETNAME").Add(_options.ClientName));
                }
            }
            else
            {
                ThrowIfAuthenticationFailed(helloReply);
            }
        }
        else if (_options.ClientName is not null)
        {
            commands.Add(new RedisCommand("CLIENT").Add("SETNAME").Add(_options.ClientName));
        }

        if (_options.Database != 0)
        {
            commands.Add(new RedisCommand("SELECT").Add(_options.Database));
        }

        // PING last: it is what reveals a server that wants a password we were not given.
        commands.Add(new RedisCommand("PING"));
        var replies = await SendAndWaitAsync(commands, cancellationToken).ConfigureAwait(false);
        for (var i = 0; i < replies.Length; i++)
        {
            ThrowIfAuthenticationFailed(replies[i]);
            if (replies[i].IsError)
            {
                throw new RedisException(RedisFailure.ServerError,
                    $"Redis at {_options.Endpoint} rejected {commands[i].Name} while connecting: {replies[i].AsString()}. Check defaultDatabase and name in Redis:Configuration.");
            }
        }
    }

    private async Task<RespValue> RoundTripAsync(RedisCommand command, CancellationToken cancellationToken) =>
        (await SendAndWaitAsync([command], cancellationToken).ConfigureAwait(false))[0];

    private async Task<RespValue[]> SendAndWaitAsync(IReadOnlyList<RedisCommand> commands, CancellationToken cancellationToken)
    {
        var operation = new RedisOperation(commands);
        try
        {
            return await Send(operation).WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            operation.Abandon();
            throw;
        }
    }

    private static bool IsUnknownCommand(RespValue reply) =>
        reply.AsString() is { } text && text.StartsWith("ERR unknown command", StringComparison.OrdinalIgnoreCase);

    private void ThrowIfAuthenticationFailed(RespValue reply)
    {
        if (!reply.IsError)
        {
            return;
        }

        var text = reply.AsString() ?? "";
        if (text.StartsWith("NOAUTH", StringComparison.Ordinal))
        {
            throw new RedisException(RedisFailure.Authentication,
                $"Redis at {_options.Endpoint} requires authentication ({text}); set password=... (and user=... for an ACL user) in Redis:Configuration.");
        }

        if (text.StartsWith("WRONGPASS", StringComparison.Ordinal) || text.Contains("invalid password", StringComparison.OrdinalIgnoreCase)
            || text.StartsWith("ERR AUTH", StringComparison.Ordinal) || text.Contains("no password is set", StringComparison.OrdinalIgnoreCase))
        {
            throw new RedisException(RedisFailure.Authentication,
                $"Redis at {_options.Endpoint} refused user '{_options.User ?? "default"}': {text}. Check user= and password= in Redis:Configuration.");
        }
    }

    private async Task WriteLoopAsync()
    {
        var cancellationToken = _shutdown.Token;
        try
        {
            var outbox = _outbox.Reader;
            while (await outbox.WaitToReadAsync(cancellationToken).ConfigureAwait(false))
            {
                while (outbox.TryRead(out var operation))
                {
                    if (operation.Abandoned)
                    {
                        operation.Fail(new OperationCanceledException("The caller stopped waiting before the command was sent."));
                        continue;
                    }

                    // In flight before on the wire, so the reader can never see a reply without its operation.
                    operation.WrittenAt = Environment.TickCount64;
                    operation.ReadsAtWrite = Interlocked.Read(ref _reads);
                    _inFlight.Enqueue(operation);
                    if (IsFaulted)
                    {
                        Drain();
                        return;
                    }

                    foreach (var command in operation.Commands)
                    {
                        RespWriter.Write(_output, command);
                    }

                    if (_output.UnflushedBytes >= FlushThreshold)
                    {
                        await FlushAsync(cancellationToken).ConfigureAwait(false);
                    }
                }

                await FlushAsync(cancellationToken).ConfigureAwait(false);
            }
        }
        catch (Exception e)
        {
            Fault(Lost(e));
        }
        finally
        {
            Drain();
        }
    }

    private async ValueTask FlushAsync(CancellationToken cancellationToken)
    {
        var result = await _output.FlushAsync(cancellationToken).ConfigureAwait(false);
        if (result.IsCompleted || result.IsCanceled)
        {
            throw new IOException("the socket no longer accepts writes");
        }
    }

    private async Task ReadLoopAsync()
    {
        var cancellationToken = _shutdown.Token;
        try
        {
            while (true)
            {
                var result = await _input.ReadAsync(cancellationToken).ConfigureAwait(false);
                var buffer = result.Buffer;
                if (!buffer.IsEmpty)
                {
                    Interlocked.Increment(ref _reads);
                }

                while (RespParser.TryParse(ref buffer, out var reply))
                {
                    Dispatch(reply);
                }

                _input.AdvanceTo(buffer.Start, buffer.End);
                if (result.IsCompleted)
                {
                    throw new IOException("the server closed the connection");
                }
            }
        }
        catch (Exception e)
        {
            Fault(Lost(e));
        }
    }

    private void Dispatch(RespValue reply)
    {
        if (reply.Kind == RespKind.Push)
        {
            return; // Out-of-band RESP3 message (invalidation, pub/sub); it answers no command.
        }

        if (!_inFlight.TryPeek(out var operation))
        {
            throw new RedisException(RedisFailure.Protocol,
                $"Redis at {_options.Endpoint} sent a reply no command was waiting for ({reply}); the connection is dropped to get back in step.");
        }

        if (operation.AddReply(reply))
        {
            _inFlight.TryDequeue(out _);
        }
    }

    private void Drain()
    {
        var fault = Volatile.Read(ref _fault);
        if (fault is null)
        {
            return;
        }

        while (_inFlight.TryDequeue(out var sent))
        {
            sent.Fail(new RedisException(fault.Failure == RedisFailure.Unavailable ? RedisFailure.Unavailable : RedisFailure.ConnectionLost,
                $"{sent.Description} was sent to Redis at {_options.Endpoint} but no reply came before the connection broke ({fault.Message}); it may or may not have run.",
                fault));
        }

        while (_outbox.Reader.TryRead(out var queued))
        {
            queued.Fail(NotSent(fault));
        }
    }

    private RedisException NotSent(RedisException? fault) => new(RedisFailure.Unavailable,
        $"Redis at {_options.Endpoint} is not connected; the command was not sent ({fault?.Message ?? "connection closed"}).", fault);

    private RedisException Lost(Exception e) => e switch
    {
        RedisException redis => redis,
        OperationCanceledException when _shutdown.IsCancellationRequested => Volatile.Read(ref _fault)
            ?? new RedisException(RedisFailure.ConnectionLost, $"The connection to Redis at {_options.Endpoint} was closed."),
        _ => new RedisException(RedisFailure.ConnectionLost, $"The connection to Redis at {_options.Endpoint} broke: {e.Message}", e),
    };
}
