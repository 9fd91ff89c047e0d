using Clues.Core.Graph;

namespace Clues.Graph.Neo4j.Migration;

/// <summary>
/// Copies one store into another (for <c>clues migrate --to neo4j</c>: the embedded store into Neo4j) in
/// batches, nodes first in id order, then relationships grouped by their start node in id order. After each
/// batch a checkpoint records the last node id done, so a copy that was stopped resumes where it left off;
/// writes are upserts by id, so the batch in flight when it stopped is simply written again.
/// </summary>
internal sealed class GraphCopier
{
    private static readonly TraversalFilter Outgoing = new(Direction: Direction.Outgoing);

    private readonly IGraphStore _source;
    private readonly IGraphStore _target;
    private readonly string _targetName;
    private readonly string _checkpointPath;
    private readonly int _batchSize;

    /// <param name="source">The store read from.</param>
    /// <param name="target">The store written to.</param>
    /// <param name="targetName">Names the target in the checkpoint, so a checkpoint is never resumed against another target.</param>
    /// <param name="checkpointPath">The checkpoint file.</param>
    /// <param name="batchSize">Records per write (nodes, or relationships rounded up to whole start nodes).</param>
    public GraphCopier(IGraphStore source, IGraphStore target, string targetName, string checkpointPath, int batchSize)
    {
        if (batchSize < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(batchSize), batchSize, "The batch size must be at least 1.");
        }

        _source = source;
        _target = target;
        _targetName = targetName;
        _checkpointPath = checkpointPath;
        _batchSize = batchSize;
    }

    public async Task<MigrationProgress> RunAsync(IProgress<MigrationProgress>? progress, CancellationToken cancellationToken)
    {
        var stats = await _source.GetStatsAsync(cancellationToken).ConfigureAwait(false);
        var checkpoint = await MigrationCheckpoint.LoadAsync(_checkpointPath, cancellationToken).ConfigureAwait(false)
            ?? new MigrationCheckpoint(_targetName, MigrationCheckpoint.NodesPhase, null, 0, 0);
        if (checkpoint.Target != _targetName)
        {
            throw new GraphStoreException(
                $"The checkpoint '{_checkpointPath}' belongs to a copy into {checkpoint.Target}, not {_targetName}. " +
                "Finish that copy, or delete the checkpoint (or pass --restart) to copy into the new target from the beginning.");
        }

        MigrationProgress Report(MigrationCheckpoint at)
        {
            var now = new MigrationProgress(at.Phase, at.NodesCopied, stats.Nodes, at.RelationshipsCopied, stats.Relationships);
            progress?.Report(now);
            return now;
        }

        Report(checkpoint);
        if (checkpoint.Phase == MigrationCheckpoint.NodesPhase)
        {
            checkpoint = await CopyNodesAsync(checkpoint, c => Report(c), cancellationToken).ConfigureAwait(false);
        }

        if (checkpoint.Phase == MigrationCheckpoint.RelationshipsPhase)
        {
            checkpoint = await CopyRelationshipsAsync(checkpoint, c => Report(c), cancellationToken).ConfigureAwait(false);
        }

        return Report(checkpoint);
    }

    private async Task<MigrationCheckpoint> CopyNodesAsync(MigrationCheckpoint checkpoint, Action<MigrationCheckpoint> report, CancellationToken cancellationToken)
    {
        var ids = new List<string>(_batchSize);
        await foreach (var node in _source.ScanNodesAsync(null, checkpoint.AfterId, cancellationToken).ConfigureAwait(false))
        {
            ids.Add(node.Id);
            if (ids.Count == _batchSize)
            {
                checkpoint = await WriteNodesAsync(checkpoint, ids, cancellationToken).ConfigureAwait(false);
                report(checkpoint);
                ids.Clear();
            }
        }

        if (ids.Count > 0)
        {
            checkpoint = await WriteNodesAsync(checkpoint, ids, cancellationToken).ConfigureAwait(false);
            report(checkpoint);
        }

        checkpoint = checkpoint with { Phase = MigrationCheckpoint.RelationshipsPhase, AfterId = null };
        await checkpoint.SaveAsync(_checkpointPath, cancellationToken).ConfigureAwait(false);
        report(checkpoint);
        return checkpoint;
    }

    private async Task<MigrationCheckpoint> WriteNodesAsync(MigrationCheckpoint checkpoint, List<string> ids, CancellationToken cancellationToken)
    {
        var nodes = await _source.GetNodesAsync(ids, cancellationToken).ConfigureAwait(false);
        await _target.WriteAsync(new GraphBatch { Nodes = nodes }, cancellationToken).ConfigureAwait(false);
        var next = checkpoint with { AfterId = ids[^1], NodesCopied = checkpoint.NodesCopied + nodes.Count };
        await next.SaveAsync(_checkpointPath, cancellationToken).ConfigureAwait(false);
        return next;
    }

    private async Task<MigrationCheckpoint> CopyRelationshipsAsync(MigrationCheckpoint checkpoint, Action<MigrationCheckpoint> report, CancellationToken cancellationToken)
    {
        var pending = new List<RelationshipRecord>();
        string? lastNode = null;
        await foreach (var node in _source.ScanNodesAsync(null, checkpoint.AfterId, cancellationToken).ConfigureAwait(false))
        {
            // Each relationship is copied with its start node, so whole start nodes make a resumable unit.
            var relationships = await _source.GetRelationshipsAsync(node.Id, Outgoing, cancellationToken).ConfigureAwait(false);
            pending.AddRange(relationships.Where(r => r.StartId == node.Id));
            lastNode = node.Id;
            if (pending.Count >= _batchSize)
            {
                checkpoint = await WriteRelationshipsAsync(checkpoint, pending, lastNode, cancellationToken).ConfigureAwait(false);
                report(checkpoint);
                pending.Clear();
            }
        }

        if (pending.Count > 0)
        {
            checkpoint = await WriteRelationshipsAsync(checkpoint, pending, lastNode!, cancellationToken).ConfigureAwait(false);
            report(checkpoint);
        }

        checkpoint = checkpoint with { Phase = MigrationCheckpoint.DonePhase, AfterId = null };
        await checkpoint.SaveAsync(_checkpointPath, cancellationToken).ConfigureAwait(false);
        return checkpoint;
    }

    private async Task<MigrationCheckpoint> WriteRelationshipsAsync(MigrationCheckpoint checkpoint, List<RelationshipRecord> relationships, string lastNode, CancellationToken cancellationToken)
    {
        await _target.WriteAsync(new GraphBatch { Relationships = [.. relationships] }, cancellationToken).ConfigureAwait(false);
        var next = checkpoint with { AfterId = lastNode, RelationshipsCopied = checkpoint.RelationshipsCopied + relationships.Count };
        await next.SaveAsync(_checkpointPath, cancellationToken).ConfigureAwait(false);
        return next;
    }
}
