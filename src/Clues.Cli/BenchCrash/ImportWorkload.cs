using System.Globalization;
using System.Text.Json.Nodes;
using Clues.Core.Graph;
using Clues.Graph.Embedded;
using Microsoft.Data.Sqlite;

namespace Clues.Cli.BenchCrash;

/// <summary>
/// Bulk import: batch n is a chain of <see cref="NodeCount"/> persons plus a link back to batch n - 1, written as one
/// <see cref="EmbeddedGraphStore.WriteAsync"/>. Batches are numbered on from what survived, so the store always
/// holds batches 0..k-1, each whole.
/// </summary>
internal static class ImportWorkload
{
    /// <summary>Nodes per batch (and relationships: the chain plus the link back, except in batch 0).</summary>
    public const int NodeCount = 50;

    /// <summary>Writes batches from <paramref name="first"/> on, acknowledging each after its commit.</summary>
    public static async Task RunChildAsync(string data, long first, TextWriter output, CancellationToken cancellationToken)
    {
        await using var store = await EmbeddedGraphStore.OpenAsync(new EmbeddedGraphStoreOptions(data), null, cancellationToken);
        await output.WriteLineAsync(CrashFixture.OpenLine);
        for (var batch = first; ; batch++)
        {
            await store.WriteAsync(Build(batch), cancellationToken);
            await output.WriteLineAsync(CrashFixture.AckPrefix + AckId(batch));
        }
    }

    /// <summary>The acknowledgement id of a batch.</summary>
    public static string AckId(long batch) => "batch:" + batch.ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// Checks graph.db: every batch present is whole, the batches present are 0..k-1, and every acknowledged batch is
    /// among them. Returns k (the next batch to write) and tallies what is wrong.
    /// </summary>
    public static long Check(string data, IEnumerable<string> acknowledged, CrashTally tally)
    {
        var graph = Path.Combine(data, "graph.db");
        var nodes = CountPerBatch(graph, "nodes");
        var rels = CountPerBatch(graph, "rels");
        long present = 0;
        while (nodes.ContainsKey(present))
        {
            present++;
        }

        foreach (var (batch, count) in nodes)
        {
            var expectedRels = NodeCount - 1 + (batch > 0 ? 1 : 0);
            if (count != NodeCount || rels.GetValueOrDefault(batch) != expectedRels)
            {
                tally.Corrupt($"graph.db: import batch {batch} is torn ({count} of {NodeCount} nodes, {rels.GetValueOrDefault(batch)} of {expectedRels} relationships).");
            }

            if (batch >= present)
            {
                tally.Corrupt($"graph.db: import batch {batch} exists but batch {present} does not.");
            }
        }

        foreach (var id in acknowledged)
        {
            var batch = long.Parse(id.AsSpan("batch:".Length), CultureInfo.InvariantCulture);
            if (!nodes.ContainsKey(batch))
            {
                tally.Lost($"import batch {batch} was acknowledged but is not in graph.db.");
            }
        }

        return present;
    }

    private static GraphBatch Build(long batch)
    {
        var nodes = new List<NodeRecord>(NodeCount);
        var rels = new List<RelationshipRecord>(NodeCount);
        for (var i = 0; i < NodeCount; i++)
        {
            nodes.Add(new NodeRecord(NodeId(batch, i), NodeLabel.Person, $"导入{batch}人{i}", null, new JsonObject { ["batch"] = batch, ["index"] = i }));
            if (i > 0)
            {
                rels.Add(new RelationshipRecord(RelId(batch, i - 1), RelType.AssociateOf, NodeId(batch, i - 1), NodeId(batch, i), null, null, []));
            }
        }

        if (batch > 0)
        {
            rels.Add(new RelationshipRecord(RelId(batch, NodeCount - 1), RelType.RelativeOf, NodeId(batch, 0), NodeId(batch - 1, 0), null, null, []));
        }

        return new GraphBatch { Nodes = nodes, Relationships = rels };
    }

    private static string NodeId(long batch, int index) => string.Create(CultureInfo.InvariantCulture, $"imp{batch:D6}-n{index:D2}");

    private static string RelId(long batch, int index) => string.Create(CultureInfo.InvariantCulture, $"imp{batch:D6}-r{index:D2}");

    private static Dictionary<long, long> CountPerBatch(string graph, string table)
    {
        var counts = new Dictionary<long, long>();
        if (!File.Exists(graph))
        {
            return counts;
        }

        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = graph, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT CAST(substr(id, 4, 6) AS INTEGER), count(*) FROM {table} WHERE id LIKE 'imp%' GROUP BY 1";
        using var rows = command.ExecuteReader();
        while (rows.Read())
        {
            counts[rows.GetInt64(0)] = rows.GetInt64(1);
        }

        return counts;
    }
}
