using Clues.Redis.Protocol;

namespace Clues.Redis.Client;

/// <summary>Commands written back to back on the shared connection (one command, or a MULTI...EXEC block that must
/// not interleave with other callers) and the replies collected for them in order.</summary>
internal sealed class RedisOperation
{
    private readonly RespValue[] _replies;
    private readonly TaskCompletionSource<RespValue[]> _completion =
        new(TaskCreationOptions.RunContinuationsAsynchronously);

    private int _received;
    private volatile bool _abandoned;

    public RedisOperation(IReadOnlyList<RedisCommand> commands)
    {
        if (commands.Count == 0)
        {
            throw new ArgumentException("An operation needs at least one command.", nameof(commands));
        }

        Commands = commands;
        _replies = new RespValue[commands.Count];
    }

    public IReadOnlyList<RedisCommand> Commands { get; }

    /// <summary><see cref="Environment.TickCount64"/> when the writer put it on the wire; 0 while queued.</summary>
    public long WrittenAt { get; set; }

    /// <summary>How many reads had returned bytes when it was written; no change since means a silent server.</summary>
    public long ReadsAtWrite { get; set; }

    public Task<RespValue[]> Completion => _completion.Task;

    /// <summary>The caller stopped waiting (cancelled or timed out). Not yet written: the writer skips it. Already
    /// written: its replies are still read, in order, and dropped, so the stream stays in step.</summary>
    public bool Abandoned => _abandoned;

    public string Description => Commands.Count == 1 ? Commands[0].Name : string.Join(' ', Commands.Select(c => c.Name));

    public void Abandon()
    {
        _abandoned = true;

        // Nobody awaits the task any more; observe a later failure so it is not reported as unobserved.
        _completion.Task.ContinueWith(static t => _ = t.Exception, CancellationToken.None,
            TaskContinuationOptions.OnlyOnFaulted | TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
    }

    /// <summary>Called by the single reader loop only; true once every reply of this operation has arrived.</summary>
    public bool AddReply(RespValue reply)
    {
        _replies[_received++] = reply;
        if (_received < _replies.Length)
        {
            return false;
        }

        _completion.TrySetResult(_replies);
        return true;
    }

    public void Fail(Exception error) => _completion.TrySetException(error);
}
