using Clues.Core.Graph;
using Clues.Graph.Neo4j.Cypher;
using Clues.Graph.Neo4j.Http;

namespace Clues.Graph.Neo4j.Traversal;

/// <summary>
/// The part of the graph a traversal has fetched so far. <see cref="ExpandAsync"/> asks the server for the
/// relationships (passing the type and time filters) of nodes not yet expanded, one statement per chunk,
/// so a breadth-first search costs one round trip per level.
/// </summary>
internal sealed class LocalGraph
{
    private const int ChunkSize = 1000;

    private readonly Func<CypherStatement, IReadOnlyDictionary<string, object?>, CancellationToken, Task<QueryResult>> _read;
    private readonly FilterSpec _filter;
    private readonly Dictionary<string, NodeRef> _nodes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Adjacent>> _adjacency = new(StringComparer.Ordinal);
    private readonly HashSet<string> _asked = new(StringComparer.Ordinal);

    public LocalGraph(Func<CypherStatement, IReadOnlyDictionary<string, object?>, CancellationToken, Task<QueryResult>> read, FilterSpec filter)
    {
        _read = read;
        _filter = filter;
    }

    /// <summary>True when the node exists (known once it, or a neighbour of it, has been expanded).</summary>
    public bool Exists(string id) => _nodes.ContainsKey(id);

    public NodeRef Node(string id) => _nodes[id];

    /// <summary>The relationships of an expanded node, ordered by edge id so every walk is repeatable.</summary>
    public IReadOnlyList<Adjacent> Expanded(string id) => _adjacency.TryGetValue(id, out var list) ? list : [];

    public async Task ExpandAsync(IEnumerable<string> ids, CancellationToken cancellationToken)
    {
        var wanted = ids.Where(_asked.Add).ToList();
        for (var offset = 0; offset < wanted.Count; offset += ChunkSize)
        {
            var chunk = wanted.GetRange(offset, Math.Min(ChunkSize, wanted.Count - offset));
            var parameters = _filter.Parameters();
            parameters["ids"] = chunk;
            var result = await _read(Statements.Expand, parameters, cancellationToken).ConfigureAwait(false);
            Absorb(result);
        }

        foreach (var id in wanted)
        {
            if (_adjacency.TryGetValue(id, out var list))
            {
                list.Sort((a, b) => string.CompareOrdinal(a.Edge.Id, b.Edge.Id));
            }
        }
    }

    private void Absorb(QueryResult result)
    {
        int node = result.Column("node"), label = result.Column("label"), name = result.Column("name"),
            rel = result.Column("rel"), type = result.Column("type"), start = result.Column("start"), end = result.Column("end"),
            from = result.Column("validFrom"), to = result.Column("validTo"),
            other = result.Column("other"), otherLabel = result.Column("otherLabel"), otherName = result.Column("otherName");
        foreach (var row in result.Rows)
        {
            var id = RowValues.Text(row[node], "node");
            _nodes[id] = new NodeRef(id, RowValues.Label(row[label]), RowValues.OptionalText(row[name]));
            if (!_adjacency.TryGetValue(id, out var list))
            {
                list = [];
                _adjacency[id] = list;
            }

            if (row[rel] is not string relId)
            {
                continue;
            }

            var otherId = RowValues.Text(row[other], "other");
            _nodes.TryAdd(otherId, new NodeRef(otherId, RowValues.Label(row[otherLabel]), RowValues.OptionalText(row[otherName])));

            // An undirected match may report a self-loop twice; the port counts it once.
            if (list.Any(a => a.Edge.Id == relId))
            {
                continue;
            }

            var edge = new EdgeRef(relId, RowValues.Type(row[type]), RowValues.Text(row[start], "start"), RowValues.Text(row[end], "end"), RowValues.Day(row[from]), RowValues.Day(row[to]));
            list.Add(new Adjacent(edge, otherId, edge.StartId == id, edge.EndId == id));
        }
    }

    /// <summary>
    /// Adjacency of every node seen, built from every edge fetched in both directions. Complete for expanded
    /// nodes; for the others it holds the edges to expanded nodes, which is all a bounded path search uses.
    /// </summary>
    public Dictionary<string, List<Adjacent>> Symmetric()
    {
        var result = new Dictionary<string, List<Adjacent>>(StringComparer.Ordinal);
        var seen = new HashSet<(string, string)>();
        foreach (var list in _adjacency.Values)
        {
            foreach (var adjacent in list)
            {
                var edge = adjacent.Edge;
                Add(edge.StartId, edge.EndId);
                Add(edge.EndId, edge.StartId);

                void Add(string at, string other)
                {
                    if (seen.Add((at, edge.Id)))
                    {
                        if (!result.TryGetValue(at, out var entries))
                        {
                            entries = [];
                            result[at] = entries;
                        }

                        entries.Add(new Adjacent(edge, other, edge.StartId == at, edge.EndId == at));
                    }
                }
            }
        }

        return result;
    }
}
