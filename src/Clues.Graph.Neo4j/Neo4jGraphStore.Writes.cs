using Clues.Core.Graph;
using Clues.Graph.Neo4j.Cypher;
using Clues.Graph.Neo4j.Http;

namespace Clues.Graph.Neo4j;

public sealed partial class Neo4jGraphStore
{
    /// <inheritdoc />
    public async Task<WriteResult> WriteAsync(GraphBatch batch, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(batch);
        ThrowIfDisposed();
        if (batch.IsEmpty)
        {
            return new WriteResult(0, 0, 0, 0, 0, 0);
        }

        var plan = WritePlan.From(batch);
        var size = _client.Options.WriteBatchSize;

        var (transaction, _) = await _client.BeginAsync(Statements.AcquireWriteLock, null, cancellationToken).ConfigureAwait(false);
        await using (transaction.ConfigureAwait(false))
        {
            // Everything is read and checked before the first change, so a refused batch writes nothing
            // even on a server without explicit transactions.
            var deletedNodes = plan.DeleteNodes.ToHashSet(StringComparer.Ordinal);
            var deletedRels = plan.DeleteRelationships.ToHashSet(StringComparer.Ordinal);
            var nodeLabels = await ReadNodeStatesAsync(transaction, plan.NodeIdsToCheck(), size, cancellationToken).ConfigureAwait(false);
            foreach (var id in deletedNodes)
            {
                nodeLabels.Remove(id);
            }

            var keyOwners = await ReadKeyOwnersAsync(transaction, plan.Keys(), size, cancellationToken).ConfigureAwait(false);
            var relStates = await ReadRelationshipStatesAsync(transaction, plan.Relationships.Keys, size, cancellationToken).ConfigureAwait(false);
            foreach (var (id, state) in relStates.ToList())
            {
                if (deletedRels.Contains(id) || deletedNodes.Contains(state.Start) || deletedNodes.Contains(state.End))
                {
                    relStates.Remove(id);
                }
            }

            plan.Check(nodeLabels, keyOwners, deletedNodes);

            var relationshipsDeleted = 0;
            var nodesDeleted = 0;
            foreach (var chunk in Chunks(plan.DeleteRelationships, size))
            {
                var result = await transaction.RunAsync(Statements.DeleteRelationshipsById, new Dictionary<string, object?> { ["ids"] = chunk }, cancellationToken).ConfigureAwait(false);
                relationshipsDeleted += result.Counters.RelationshipsDeleted;
            }

            foreach (var chunk in Chunks(plan.DeleteNodes, size))
            {
                var result = await transaction.RunAsync(Statements.DeleteNodes, new Dictionary<string, object?> { ["ids"] = chunk }, cancellationToken).ConfigureAwait(false);
                nodesDeleted += result.Counters.NodesDeleted;
                relationshipsDeleted += result.Counters.RelationshipsDeleted;
            }

            if (plan.Nodes.Values.Any(n => n.Key is not null))
            {
                foreach (var chunk in Chunks(plan.Nodes.Keys.Where(nodeLabels.ContainsKey), size))
                {
                    await transaction.RunAsync(Statements.ReleaseKeys, new Dictionary<string, object?> { ["ids"] = chunk }, cancellationToken).ConfigureAwait(false);
                }
            }

            foreach (var group in plan.Nodes.Values.GroupBy(n => n.Label))
            {
                foreach (var chunk in Chunks(group.Select(RowValues.NodeRow), size))
                {
                    await transaction.RunAsync(Statements.UpsertNodes(group.Key), new Dictionary<string, object?> { ["rows"] = chunk }, cancellationToken).ConfigureAwait(false);
                }
            }

            // A relationship written again with another type or other ends is a new Neo4j relationship.
            var moved = plan.Relationships.Values
                .Where(r => relStates.TryGetValue(r.Id, out var s) && (s.Type != r.Type || s.Start != r.StartId || s.End != r.EndId))
                .Select(r => r.Id);
            foreach (var chunk in Chunks(moved, size))
            {
                await transaction.RunAsync(Statements.DeleteRelationshipsById, new Dictionary<string, object?> { ["ids"] = chunk }, cancellationToken).ConfigureAwait(false);
            }

            foreach (var group in plan.Relationships.Values.GroupBy(r => r.Type))
            {
                foreach (var chunk in Chunks(group.Select(RowValues.RelationshipRow), size))
                {
                    await transaction.RunAsync(Statements.UpsertRelationships(group.Key), new Dictionary<string, object?> { ["rows"] = chunk }, cancellationToken).ConfigureAwait(false);
                }
            }

            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            Interlocked.Increment(ref _dataVersion);

            var nodesUpdated = plan.Nodes.Keys.Count(nodeLabels.ContainsKey);
            var relsUpdated = plan.Relationships.Keys.Count(relStates.ContainsKey);
            return new WriteResult(
                plan.Nodes.Count - nodesUpdated,
                nodesUpdated,
                plan.Relationships.Count - relsUpdated,
                relsUpdated,
                nodesDeleted,
                relationshipsDeleted);
        }
    }

    private static async Task<Dictionary<string, NodeLabel>> ReadNodeStatesAsync(QueryTransaction transaction, IEnumerable<string> ids, int size, CancellationToken cancellationToken)
    {
        var states = new Dictionary<string, NodeLabel>(StringComparer.Ordinal);
        foreach (var chunk in Chunks(ids, size))
        {
            var result = await transaction.RunAsync(Statements.NodeStates, new Dictionary<string, object?> { ["ids"] = chunk }, cancellationToken).ConfigureAwait(false);
            int id = result.Column("id"), label = result.Column("label");
            foreach (var row in result.Rows)
            {
                states[RowValues.Text(row[id], "id")] = RowValues.Label(row[label]);
            }
        }

        return states;
    }

    private static async Task<Dictionary<string, string>> ReadKeyOwnersAsync(QueryTransaction transaction, IEnumerable<string> keys, int size, CancellationToken cancellationToken)
    {
        var owners = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var chunk in Chunks(keys, size))
        {
            var result = await transaction.RunAsync(Statements.KeyOwners, new Dictionary<string, object?> { ["keys"] = chunk }, cancellationToken).ConfigureAwait(false);
            int key = result.Column("key"), id = result.Column("id");
            foreach (var row in result.Rows)
            {
                owners[RowValues.Text(row[key], "key")] = RowValues.Text(row[id], "id");
            }
        }

        return owners;
    }

    private static async Task<Dictionary<string, (RelType Type, string Start, string End)>> ReadRelationshipStatesAsync(
        QueryTransaction transaction, IEnumerable<string> ids, int size, CancellationToken cancellationToken)
    {
        var states = new Dictionary<string, (RelType, string, string)>(StringComparer.Ordinal);
        foreach (var chunk in Chunks(ids, size))
        {
            var result = await transaction.RunAsync(Statements.RelationshipStates, new Dictionary<string, object?> { ["ids"] = chunk }, cancellationToken).ConfigureAwait(false);
            int id = result.Column("id"), type = result.Column("type"), start = result.Column("start"), end = result.Column("end");
            foreach (var row in result.Rows)
            {
                states[RowValues.Text(row[id], "id")] = (RowValues.Type(row[type]), RowValues.Text(row[start], "start"), RowValues.Text(row[end], "end"));
            }
        }

        return states;
    }
}
