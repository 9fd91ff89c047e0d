using System.Diagnostics;
using Microsoft.Data.Sqlite;

namespace Clues.Cli.Bench;

/// <summary>
/// The relational opponent: the same graph in an in-memory SQLite database, traversed with plain SQL
/// and recursive common table expressions. It is made as fast as it honestly can be: the adjacency
/// is a clustered <c>WITHOUT ROWID</c> table keyed on (src, dst) holding both directions of every
/// relationship, statements are prepared once and re-bound, and the planner has statistics.
/// </summary>
/// <remarks>
/// The adjacency keeps each linked pair once: parallel relationships add nothing to a distinct-node
/// count or a hop count, and storing them would only make the set operations work harder. Self-loops
/// stay (as (v, v)); neither query can be changed by them. The shortest path is searched from both
/// ends, three hops each, which finds exactly the paths of at most six hops (a path of length L ≤ 6
/// has a node at distance ≤ 3 from each end whose distances sum to L) while exploring two 3-hop balls
/// instead of one 6-hop ball. It returns the length only: a recursive CTE cannot keep a visited set,
/// so carrying paths through it would enumerate walks instead of visiting nodes.
/// </remarks>
internal sealed class SqliteCtePeer : IBenchPeer
{
    private const string TwoHopSql = """
        SELECT count(*) FROM (
            SELECT dst AS node FROM e WHERE src = $p
            UNION
            SELECT e2.dst FROM e AS e1 JOIN e AS e2 ON e2.src = e1.dst WHERE e1.src = $p
        ) WHERE node <> $p
        """;

    // UNION (not UNION ALL) keeps each (node, depth) once, which bounds each side to at most four
    // rows per node however many walks reach it; the join then takes the best meeting point.
    private const string ShortestPathSql = """
        WITH RECURSIVE
            fa(node, d) AS (
                SELECT $a, 0
                UNION
                SELECT e.dst, fa.d + 1 FROM fa JOIN e ON e.src = fa.node WHERE fa.d < 3),
            fb(node, d) AS (
                SELECT $b, 0
                UNION
                SELECT e.dst, fb.d + 1 FROM fb JOIN e ON e.src = fb.node WHERE fb.d < 3)
        SELECT min(fa.d + fb.d) FROM fa JOIN fb ON fb.node = fa.node
        """;

    private const string NameSearchSql = """
        SELECT id, name FROM n WHERE name LIKE $pattern ESCAPE '\' LIMIT 20
        """;

    public string Name => "sqliteCte";

    public async Task<PeerRun> RunAsync(BenchGraph graph, BenchSample sample, TextWriter log, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(sample);
        ArgumentNullException.ThrowIfNull(log);

        SQLitePCL.Batteries_V2.Init();
        await log.WriteLineAsync($"sqliteCte: loading {graph.NodeCount} nodes and {graph.EdgeCount} relationships into memory").ConfigureAwait(false);
        var loadStart = Stopwatch.GetTimestamp();
        using var connection = await OpenAndLoadAsync(graph, cancellationToken).ConfigureAwait(false);
        var loadMs = Stopwatch.GetElapsedTime(loadStart).TotalMilliseconds;
        await log.WriteLineAsync($"sqliteCte: loaded in {loadMs:F0} ms, SQLite {connection.ServerVersion}").ConfigureAwait(false);

        using var queries = new Statements(connection);

        await log.WriteLineAsync($"sqliteCte: warming up ({sample.WarmupCenters.Count} calls per query kind)").ConfigureAwait(false);
        foreach (var center in sample.WarmupCenters)
        {
            queries.TwoHop(center);
        }

        foreach (var (from, to) in sample.WarmupPairs)
        {
            queries.ShortestPathLength(from, to);
        }

        foreach (var text in sample.WarmupNameQueries)
        {
            queries.SearchNames(text);
        }

        await log.WriteLineAsync($"sqliteCte: timing twoHop ×{sample.Centers.Count}").ConfigureAwait(false);
        var twoHop = TimeEach(sample.Centers, queries.TwoHop, cancellationToken);
        await log.WriteLineAsync($"sqliteCte: timing shortestPath ×{sample.Pairs.Count}").ConfigureAwait(false);
        var paths = TimeEach(sample.Pairs, p => queries.ShortestPathLength(p.From, p.To), cancellationToken);
        await log.WriteLineAsync($"sqliteCte: timing nameSearch ×{sample.NameQueries.Count}").ConfigureAwait(false);
        var names = TimeEach(sample.NameQueries, queries.SearchNames, cancellationToken);

        return new PeerRun(Name, loadMs, twoHop, paths, names)
        {
            Notes =
            [
                "in-memory database; loadMs covers inserts, indexes and ANALYZE",
                "shortestPath returns the length only (bidirectional recursive CTE, 3 + 3 hops)",
                "nameSearch is an unranked LIKE '%q%' LIMIT 20",
            ],
        };
    }

    /// <summary>
    /// Times each call separately. Microsoft.Data.Sqlite runs its async methods synchronously, so the
    /// synchronous calls are the honest fast path; cancellation is checked between calls.
    /// </summary>
    private static QueryRun TimeEach<T>(IReadOnlyList<T> inputs, Func<T, int?> call, CancellationToken cancellationToken)
    {
        var latencies = new double[inputs.Count];
        var results = new int?[inputs.Count];
        for (var i = 0; i < inputs.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var start = Stopwatch.GetTimestamp();
            results[i] = call(inputs[i]);
            latencies[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        }

        return new QueryRun(latencies, results);
    }

    private static async Task<SqliteConnection> OpenAndLoadAsync(BenchGraph graph, CancellationToken cancellationToken)
    {
        // Pooling off: a pooled ":memory:" connection would keep the database alive after the run.
        var connection = new SqliteConnection("Data Source=:memory:;Pooling=False");
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            Execute(connection, """
                PRAGMA journal_mode = OFF;
                PRAGMA synchronous = OFF;
                PRAGMA temp_store = MEMORY;
                CREATE TABLE n (id INTEGER PRIMARY KEY, label INTEGER NOT NULL, name TEXT);
                CREATE TABLE e (src INTEGER NOT NULL, dst INTEGER NOT NULL, PRIMARY KEY (src, dst)) WITHOUT ROWID;
                """);

            using (var transaction = connection.BeginTransaction())
            {
                using var insertNode = connection.CreateCommand();
                insertNode.Transaction = transaction;
                insertNode.CommandText = "INSERT INTO n (id, label, name) VALUES ($id, $label, $name)";
                var id = insertNode.Parameters.Add("$id", SqliteType.Integer);
                var label = insertNode.Parameters.Add("$label", SqliteType.Integer);
                var name = insertNode.Parameters.Add("$name", SqliteType.Text);
                insertNode.Prepare();
                for (var i = 0; i < graph.NodeCount; i++)
                {
                    id.Value = i;
                    label.Value = (int)graph.Labels[i];
                    name.Value = (object?)graph.Names[i] ?? DBNull.Value;
                    insertNode.ExecuteNonQuery();
                }

                cancellationToken.ThrowIfCancellationRequested();

                using var insertEdge = connection.CreateCommand();
                insertEdge.Transaction = transaction;
                insertEdge.CommandText = "INSERT INTO e (src, dst) VALUES ($src, $dst)";
                var src = insertEdge.Parameters.Add("$src", SqliteType.Integer);
                var dst = insertEdge.Parameters.Add("$dst", SqliteType.Integer);
                insertEdge.Prepare();
                // Inserting in key order appends to the clustered b-tree instead of splitting pages all over it.
                foreach (var packed in UndirectedPairsSorted(graph))
                {
                    src.Value = (int)(packed >> 32);
                    dst.Value = (int)(packed & 0xFFFF_FFFF);
                    insertEdge.ExecuteNonQuery();
                }

                transaction.Commit();
            }

            Execute(connection, "ANALYZE;");
            return connection;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <summary>Every relationship both ways, each ordered pair once, sorted, packed as src·2³² + dst.</summary>
    private static long[] UndirectedPairsSorted(BenchGraph graph)
    {
        var pairs = new long[graph.EdgeCount * 2];
        for (var i = 0; i < graph.EdgeCount; i++)
        {
            long a = graph.EdgeStarts[i], b = graph.EdgeEnds[i];
            pairs[2 * i] = (a << 32) | b;
            pairs[(2 * i) + 1] = (b << 32) | a;
        }

        Array.Sort(pairs);
        var distinct = 0;
        for (var i = 0; i < pairs.Length; i++)
        {
            if (distinct == 0 || pairs[i] != pairs[distinct - 1])
            {
                pairs[distinct++] = pairs[i];
            }
        }

        return pairs[..distinct];
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    /// <summary>The three timed statements, prepared once and re-bound for every call.</summary>
    private sealed class Statements : IDisposable
    {
        private readonly SqliteCommand _twoHop;
        private readonly SqliteParameter _twoHopCenter;
        private readonly SqliteCommand _path;
        private readonly SqliteParameter _pathFrom;
        private readonly SqliteParameter _pathTo;
        private readonly SqliteCommand _names;
        private readonly SqliteParameter _namePattern;

        public Statements(SqliteConnection connection)
        {
            _twoHop = Prepare(connection, TwoHopSql);
            _twoHopCenter = _twoHop.Parameters.Add("$p", SqliteType.Integer);
            _path = Prepare(connection, ShortestPathSql);
            _pathFrom = _path.Parameters.Add("$a", SqliteType.Integer);
            _pathTo = _path.Parameters.Add("$b", SqliteType.Integer);
            _names = Prepare(connection, NameSearchSql);
            _namePattern = _names.Parameters.Add("$pattern", SqliteType.Text);
            _twoHop.Prepare();
            _path.Prepare();
            _names.Prepare();
        }

        public int? TwoHop(int center)
        {
            _twoHopCenter.Value = center;
            return Convert.ToInt32(_twoHop.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
        }

        public int? ShortestPathLength(int from, int to)
        {
            _pathFrom.Value = from;
            _pathTo.Value = to;
            var length = _path.ExecuteScalar();
            return length is null or DBNull ? null : Convert.ToInt32(length, System.Globalization.CultureInfo.InvariantCulture);
        }

        public int? SearchNames(string text)
        {
            _namePattern.Value = "%" + EscapeLike(text) + "%";
            using var reader = _names.ExecuteReader();
            var found = 0;
            while (reader.Read())
            {
                // Read the columns, as a caller would: a row never looked at costs less than a result.
                _ = reader.GetInt64(0);
                _ = reader.IsDBNull(1) ? null : reader.GetString(1);
                found++;
            }

            return found;
        }

        public void Dispose()
        {
            _twoHop.Dispose();
            _path.Dispose();
            _names.Dispose();
        }

        private static SqliteCommand Prepare(SqliteConnection connection, string sql)
        {
            var command = connection.CreateCommand();
            command.CommandText = sql;
            return command;
        }

        private static string EscapeLike(string text) =>
            text.Replace(@"\", @"\\", StringComparison.Ordinal)
                .Replace("%", @"\%", StringComparison.Ordinal)
                .Replace("_", @"\_", StringComparison.Ordinal);
    }
}
