namespace Clues.Handover.Workflow;

/// <summary>
/// One write transaction at a time on handover.db within this process. SQLite lets one writer in; a second
/// BEGIN IMMEDIATE gets "busy", and Microsoft.Data.Sqlite answers that by putting the thread to sleep and retrying.
/// Under load that parked thread-pool threads by the dozen and stalled every request of the server, not only handover
/// steps (seen in `clues bench load`). Waiting here is asynchronous and first come, first served.
/// </summary>
internal sealed class WriteTurn
{
    private readonly SemaphoreSlim _turn = new(1, 1);

    /// <summary>Waits for this caller's turn; dispose the result, after the transaction ends, to pass it on.</summary>
    public async Task<Releaser> EnterAsync(CancellationToken cancellationToken)
    {
        await _turn.WaitAsync(cancellationToken).ConfigureAwait(false);
        return new Releaser(_turn);
    }

    /// <summary>Ends a turn once.</summary>
    public sealed class Releaser(SemaphoreSlim turn) : IDisposable
    {
        private SemaphoreSlim? _turn = turn;

        /// <inheritdoc />
        public void Dispose() => Interlocked.Exchange(ref _turn, null)?.Release();
    }
}
