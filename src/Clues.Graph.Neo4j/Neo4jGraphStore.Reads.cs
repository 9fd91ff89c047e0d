using System.Runtime.CompilerServices;
using Clues.Core.Graph;
using Clues.Graph.Neo4j.Cypher;
using Clues.Graph.Neo4j.Http;
using Clues.Graph.Neo4j.Traversal;

namespace Clues.Graph.Neo4j;

public sealed partial class Neo4jGraphStore
{
    private const int MaxSearchLimit = 1000;

    /// <inheritdoc />
    public async Task<NodeRecord?> GetNodeAsync(string id, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(id);
        var nodes = await GetNodesAsync([id], cancellationToken).ConfigureAwait(false);
        return nodes.Count == 0 ? null : nodes[0];
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<NodeRecord>> GetNodesAsync(IReadOnlyList<string> ids, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ids);
        if (ids.Count == 0)
        {
            return [];
        }

        var distinct = ids.Where(id => id is not null).Distinct(StringComparer.Ordinal).ToList();
        var found = new Dictionary<string, NodeRecord>(StringComparer.Ordinal);
        foreach (var chunk in Chunks(distinct, ReadPageSize))
        {
            var result = await ReadAsync(Statements.NodesById, new Dictionary<string, object?> { ["ids"] = chunk }, cancellationToken).ConfigureAwait(false);
            foreach (var node in ReadNodes(result))
            {
                found[node.Id] = node;
            }
        }

        // In the order asked, an id asked twice answered twice; each answer gets its own properties object.
        return [.. ids.Where(id => id is not null && found.ContainsKey(id)).Select(id => found[id] with { Properties = found[id].Properties.DeepClone().AsObject() })];
    }

    /// <inheritdoc />
    public async Task<RelationshipRecord?> GetRelationshipAsync(string id, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(id);
        var result = await ReadAsync(Statements.RelationshipsById, new Dictionary<string, object?> { ["ids"] = new[] { id } }, cancellationToken).ConfigureAwait(false);
        return ReadRelationships(result).FirstOrDefault();
    }

    /// <inheritdoc />
    public async Task<NodeRecord?> FindByKeyAsync(NaturalKey key, CancellationToken cancellationToken = default)
    {
        var result = await ReadAsync(Statements.NodeByKey, new Dictionary<string, object?> { ["key"] = key.ToString() }, cancellationToken).ConfigureAwait(false);
        return ReadNodes(result).FirstOrDefault();
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<NodeRef>> SearchNamesAsync(NameSearchQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (query.Limit is < 1 or > MaxSearchLimit)
        {
            throw new ArgumentOutOfRangeException(nameof(query), query.Limit, $"Limit must be between 1 and {MaxSearchLimit}.");
        }

        var text = RowValues.SearchText(query.Text ?? "");
        if (text.Length == 0)
        {
            throw new ArgumentException("The search text is empty after normalisation. Give at least one character of a name.", nameof(query));
        }

        if (query.Labels is { Count: 0 })
        {
            return [];
        }

        var result = await ReadAsync(Statements.SearchNames, new Dictionary<string, object?>
        {
            ["text"] = text,
            ["labels"] = query.Labels?.Select(l => l.ToString()).ToList(),
            ["limit"] = (long)query.Limit,
        }, cancellationToken).ConfigureAwait(false);
        int id = result.Column("id"), label = result.Column("label"), name = result.Column("name");
        return [.. result.Rows.Select(row => new NodeRef(RowValues.Text(row[id], "id"), RowValues.Label(row[label]), RowValues.OptionalText(row[name])))];
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<RelationshipRecord>> GetRelationshipsAsync(string nodeId, TraversalFilter? filter = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(nodeId);
        var compiled = FilterSpec.Compile(filter, nameof(filter));
        var parameters = compiled.Parameters();
        parameters["id"] = nodeId;
        var result = await ReadAsync(Statements.NodeRelationships, parameters, cancellationToken).ConfigureAwait(false);
        if (result.Rows.Count == 0)
        {
            throw new NodeNotFoundException(nodeId);
        }

        int relId = result.Column("id"), type = result.Column("type"), start = result.Column("start"), end = result.Column("end"),
            from = result.Column("validFrom"), to = result.Column("validTo"), props = result.Column("props"),
            other = result.Column("other"), otherLabel = result.Column("otherLabel");
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var list = new List<RelationshipRecord>();
        foreach (var row in result.Rows)
        {
            if (row[relId] is not string id || !seen.Add(id))
            {
                continue;
            }

            var rel = new RelationshipRecord(
                id, RowValues.Type(row[type]), RowValues.Text(row[start], "start"), RowValues.Text(row[end], "end"),
                RowValues.Day(row[from]), RowValues.Day(row[to]), RowValues.Properties(row[props]));
            var otherId = RowValues.Text(row[other], "other");
            var edge = new EdgeRef(rel.Id, rel.Type, rel.StartId, rel.EndId, rel.ValidFrom, rel.ValidTo);
            if (compiled.Follows(edge, nodeId) && (otherId == nodeId || compiled.LabelPasses(RowValues.Label(row[otherLabel]))))
            {
                list.Add(rel);
            }
        }

        list.Sort((a, b) => a.Type != b.Type ? a.Type.CompareTo(b.Type) : string.CompareOrdinal(a.Id, b.Id));
        return list;
    }

    /// <inheritdoc />
    public async Task<GraphStats> GetStatsAsync(CancellationToken cancellationToken = default)
    {
        var result = await ReadAsync(Statements.Stats, null, cancellationToken).ConfigureAwait(false);
        var row = result.Rows.Single();
        var byLabel = new Dictionary<NodeLabel, long>();
        foreach (var pair in (IEnumerable<object?>)row[result.Column("labels")]!)
        {
            var items = (IList<object?>)pair!;
            byLabel[RowValues.Label(items[0])] = RowValues.Count(items[1]);
        }

        var byType = new Dictionary<RelType, long>();
        foreach (var pair in (IEnumerable<object?>)row[result.Column("types")]!)
        {
            var items = (IList<object?>)pair!;
            byType[RowValues.Type(items[0])] = RowValues.Count(items[1]);
        }

        return new GraphStats(byLabel.Values.Sum(), byType.Values.Sum(), byLabel, byType);
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<NodeRef> ScanNodesAsync(NodeLabel? label = null, string? afterId = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var after = afterId;
        while (true)
        {
            var result = await ReadAsync(Statements.ScanNodes, new Dictionary<string, object?>
            {
                ["label"] = label?.ToString(),
                ["after"] = after,
                ["pageSize"] = (long)ReadPageSize,
            }, cancellationToken).ConfigureAwait(false);
            int id = result.Column("id"), nodeLabel = result.Column("label"), name = result.Column("name");
            foreach (var row in result.Rows)
            {
                var node = new NodeRef(RowValues.Text(row[id], "id"), RowValues.Label(row[nodeLabel]), RowValues.OptionalText(row[name]));
                after = node.Id;
                yield return node;
            }

            if (result.Rows.Count < ReadPageSize)
            {
                yield break;
            }
        }
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<EdgeRef> ScanEdgesAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        string? after = null;
        while (true)
        {
            var result = await ReadAsync(Statements.ScanEdges, new Dictionary<string, object?>
            {
                ["after"] = after,
                ["pageSize"] = (long)ReadPageSize,
            }, cancellationToken).ConfigureAwait(false);
            int node = result.Column("node"), rel = result.Column("rel"), type = result.Column("type"), end = result.Column("end"),
                from = result.Column("validFrom"), to = result.Column("validTo");
            var startNodes = 0;
            string? previous = null;
            foreach (var row in result.Rows)
            {
                var start = RowValues.Text(row[node], "node");
                if (start != previous)
                {
                    startNodes++;
                    previous = start;
                }

                after = start;
                if (row[rel] is string relId)
                {
                    yield return new EdgeRef(relId, RowValues.Type(row[type]), start, RowValues.Text(row[end], "end"), RowValues.Day(row[from]), RowValues.Day(row[to]));
                }
            }

            if (startNodes < ReadPageSize)
            {
                yield break;
            }
        }
    }

    private static IEnumerable<NodeRecord> ReadNodes(QueryResult result)
    {
        int id = result.Column("id"), label = result.Column("label"), name = result.Column("name"), key = result.Column("key"), props = result.Column("props");
        return result.Rows.Select(row => new NodeRecord(
            RowValues.Text(row[id], "id"),
            RowValues.Label(row[label]),
            RowValues.OptionalText(row[name]),
            RowValues.Key(row[key]),
            RowValues.Properties(row[props])));
    }

    private static IEnumerable<RelationshipRecord> ReadRelationships(QueryResult result)
    {
        int id = result.Column("id"), type = result.Column("type"), start = result.Column("start"), end = result.Column("end"),
            from = result.Column("validFrom"), to = result.Column("validTo"), props = result.Column("props");
        return result.Rows.Select(row => new RelationshipRecord(
            RowValues.Text(row[id], "id"),
            RowValues.Type(row[type]),
            RowValues.Text(row[start], "start"),
            RowValues.Text(row[end], "end"),
            RowValues.Day(row[from]),
            RowValues.Day(row[to]),
            RowValues.Properties(row[props])));
    }
}
