using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Clues.Cli.Bench;

/// <summary>
/// The relational opponent: the same graph in an in-memory SQLite database, traversed with plain SQL
/// and recursive common table expressions. It is made as fast as it honestly can be: the adjacency
/// is a clustered <c>WITHOUT ROWID</c> table keyed on (src, dst) holding both directions of every
/// linked pair, statements are prepared once and re-bound, and the planner has statistics.
/// </summary>
/// <remarks>
/// The adjacency keeps each linked pair once with its multiplicity (<c>mult</c>: how many
/// relationships join the two, either way; for (v, v) the number of self-loops on v). Parallel
/// relationships add nothing to a distinct-node count or a hop count, so those queries ignore
/// <c>mult</c>; the neighbourhood uses it for degrees (the sum of <c>mult</c> over a node's rows,
/// which counts a self-loop once) and for the relationships between taken nodes. The shortest path is
/// searched from both ends, three hops each, which finds exactly the paths of at most six hops (a
/// path of length L ≤ 6 has a node at distance ≤ 3 from each end whose distances sum to L) while
/// exploring two 3-hop balls instead of one 6-hop ball. It returns the length only: a recursive CTE
/// cannot keep a visited set, so carrying paths through it would enumerate walks instead of visiting
/// nodes.
/// </remarks>
internal sealed class SqliteCtePeer : IBenchPeer
{
    private const string TwoHopCountSql = """
        SELECT count(*) FROM (
            SELECT dst AS node FROM e WHERE src = $p
            UNION
            SELECT e2.dst FROM e AS e1 JOIN e AS e2 ON e2.src = e1.dst WHERE e1.src = $p
        ) WHERE node <> $p
        """;

    // The drawable neighbourhood, in six statements over two scratch tables (TEMP, so they live in
    // the connection's memory and never touch the graph). CROSS JOIN fixes the join order: the
    // scratch tables have no statistics, and without it the planner scans all of n or e.
    private const string ClearSql = "DELETE FROM reach; DELETE FROM taken;";

    // Depth 1, then depth 2; OR IGNORE keeps a node reached at depth 1 at depth 1. The affected-row
    // counts of the two inserts add up to the total reachable.
    private const string ReachDepthOneSql = "INSERT INTO reach (node, depth) SELECT dst, 1 FROM e WHERE src = $p AND dst <> $p";

    private const string ReachDepthTwoSql = """
        INSERT OR IGNORE INTO reach (node, depth)
        SELECT e2.dst, 2 FROM e AS e1 CROSS JOIN e AS e2 ON e2.src = e1.dst WHERE e1.src = $p AND e2.dst <> $p
        """;

    // taken.ord is the rowid, so nodes are numbered in insertion order: the centre, then by (depth, id).
    // sid is TEXT under the default BINARY collation, which compares UTF-8 bytes: ordinal for ASCII ids.
    private const string TakeSql = """
        INSERT INTO taken (node) VALUES ($p);
        INSERT INTO taken (node)
        SELECT r.node FROM reach AS r CROSS JOIN n ON n.id = r.node ORDER BY r.depth, n.sid LIMIT $limit - 1;
        """;

    // Per taken node, in order: its id, degree, and neighbours (distinct: one row per pair) not taken.
    private const string TakenNodesSql = """
        SELECT n.sid, coalesce(sum(e.mult), 0), count(e.dst) - count(tk.node)
        FROM taken AS t
        CROSS JOIN n ON n.id = t.node
        LEFT JOIN e ON e.src = t.node
        LEFT JOIN taken AS tk ON tk.node = e.dst
        GROUP BY t.ord ORDER BY t.ord
        """;

    // Each linked pair of taken nodes once (src <= dst), with how many relationships it stands for.
    private const string TakenEdgesSql = """
        SELECT e.src, e.dst, e.mult
        FROM taken AS t CROSS JOIN e ON e.src = t.node CROSS JOIN taken AS tk ON tk.node = e.dst
        WHERE e.dst >= e.src
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

        using var queries = new Statements(connection, sample.NodeLimit);

        await log.WriteLineAsync($"sqliteCte: warming up ({sample.WarmupCenters.Count} calls per query kind)").ConfigureAwait(false);
        foreach (var center in sample.WarmupCenters)
        {
            queries.Neighbourhood(center);
            queries.TwoHopCount(center);
        }

        foreach (var (from, to) in sample.WarmupPairs)
        {
            queries.ShortestPathLength(from, to);
        }

        foreach (var text in sample.WarmupNameQueries)
        {
            queries.SearchNames(text);
        }

        await log.WriteLineAsync($"sqliteCte: timing twoHop ×{sample.Centers.Count} (node limit {sample.NodeLimit})").ConfigureAwait(false);
        var twoHop = TimeNeighbourhoods(sample.Centers, queries, cancellationToken);
        await log.WriteLineAsync($"sqliteCte: timing twoHopCount ×{sample.Centers.Count}").ConfigureAwait(false);
        var twoHopCount = TimeEach(sample.Centers, queries.TwoHopCount, cancellationToken);
        await log.WriteLineAsync($"sqliteCte: timing shortestPath ×{sample.Pairs.Count}").ConfigureAwait(false);
        var paths = TimeEach(sample.Pairs, p => queries.ShortestPathLength(p.From, p.To), cancellationToken);
        await log.WriteLineAsync($"sqliteCte: timing nameSearch ×{sample.NameQueries.Count}").ConfigureAwait(false);
        var names = TimeEach(sample.NameQueries, queries.SearchNames, cancellationToken);

        return new PeerRun(Name, loadMs, twoHop, twoHopCount, paths, names)
        {
            Notes =
            [
                "in-memory database; loadMs covers inserts, indexes and ANALYZE",
                $"twoHop: six prepared statements per call over two TEMP tables (depth 1 and 2 into reach, centre then top {sample.NodeLimit - 1} by (depth, id) into taken, then per taken node its id, degree and omitted-neighbour count, then every linked pair of taken nodes with its multiplicity); the time covers all of them and reading every row",
                "twoHopCount: one statement, count(*) over the UNION of 1- and 2-hop neighbours",
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

    /// <summary>
    /// Times each neighbourhood call; the digest (hashing the ids) is taken after the clock stops,
    /// as for the other peers.
    /// </summary>
    private static QueryRun TimeNeighbourhoods(IReadOnlyList<int> centers, Statements queries, CancellationToken cancellationToken)
    {
        var latencies = new double[centers.Count];
        var digests = new NeighbourhoodDigest[centers.Count];
        for (var i = 0; i < centers.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var start = Stopwatch.GetTimestamp();
            var (ids, edges, degrees, omitted, total) = queries.Neighbourhood(centers[i]);
            latencies[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            digests[i] = NeighbourhoodDigest.Of(ids, edges, degrees, omitted, total);
        }

        return QueryRun.FromNeighbourhoods(latencies, digests);
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
                CREATE TABLE n (id INTEGER PRIMARY KEY, label INTEGER NOT NULL, name TEXT, sid TEXT NOT NULL);
                CREATE TABLE e (src INTEGER NOT NULL, dst INTEGER NOT NULL, mult INTEGER NOT NULL, PRIMARY KEY (src, dst)) WITHOUT ROWID;
                CREATE TEMP TABLE reach (node INTEGER PRIMARY KEY, depth INTEGER NOT NULL);
                CREATE TEMP TABLE taken (ord INTEGER PRIMARY KEY, node INTEGER NOT NULL UNIQUE);
                """);

            using (var transaction = connection.BeginTransaction())
            {
                using var insertNode = connection.CreateCommand();
                insertNode.Transaction = transaction;
                insertNode.CommandText = "INSERT INTO n (id, label, name, sid) VALUES ($id, $label, $name, $sid)";
                var id = insertNode.Parameters.Add("$id", SqliteType.Integer);
                var label = insertNode.Parameters.Add("$label", SqliteType.Integer);
                var name = insertNode.Parameters.Add("$name", SqliteType.Text);
                var sid = insertNode.Parameters.Add("$sid", SqliteType.Text);
                insertNode.Prepare();
                for (var i = 0; i < graph.NodeCount; i++)
                {
                    id.Value = i;
                    label.Value = (int)graph.Labels[i];
                    name.Value = (object?)graph.Names[i] ?? DBNull.Value;
                    sid.Value = graph.Ids[i];
                    insertNode.ExecuteNonQuery();
                }

                cancellationToken.ThrowIfCancellationRequested();

                using var insertEdge = connection.CreateCommand();
                insertEdge.Transaction = transaction;
                insertEdge.CommandText = "INSERT INTO e (src, dst, mult) VALUES ($src, $dst, $mult)";
                var src = insertEdge.Parameters.Add("$src", SqliteType.Integer);
                var dst = insertEdge.Parameters.Add("$dst", SqliteType.Integer);
                var mult = insertEdge.Parameters.Add("$mult", SqliteType.Integer);
                insertEdge.Prepare();
                // Inserting in key order appends to the clustered b-tree instead of splitting pages all over it.
                var pairs = UndirectedPairsSorted(graph);
                for (var i = 0; i < pairs.Length;)
                {
                    var run = 1;
                    while (i + run < pairs.Length && pairs[i + run] == pairs[i])
                    {
                        run++;
                    }

                    src.Value = (int)(pairs[i] >> 32);
                    dst.Value = (int)(pairs[i] & 0xFFFF_FFFF);
                    mult.Value = run;
                    insertEdge.ExecuteNonQuery();
                    i += run;
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

    /// <summary>
    /// Every relationship both ways, sorted, packed as src·2³² + dst, repeats kept so a run of equal
    /// values is the pair's multiplicity. A self-loop goes in once: it is one relationship at v.
    /// </summary>
    private static long[] UndirectedPairsSorted(BenchGraph graph)
    {
        var pairs = new List<long>(graph.EdgeCount * 2);
        for (var i = 0; i < graph.EdgeCount; i++)
        {
            long a = graph.EdgeStarts[i], b = graph.EdgeEnds[i];
            pairs.Add((a << 32) | b);
            if (a != b)
            {
                pairs.Add((b << 32) | a);
            }
        }

        var sorted = pairs.ToArray();
        Array.Sort(sorted);
        return sorted;
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    /// <summary>The timed statements, prepared once and re-bound for every call.</summary>
    private sealed class Statements : IDisposable
    {
        private readonly SqliteCommand _count;
        private readonly SqliteParameter _countCenter;
        private readonly SqliteCommand _clear;
        private readonly SqliteCommand _depthOne;
        private readonly SqliteParameter _depthOneCenter;
        private readonly SqliteCommand _depthTwo;
        private readonly SqliteParameter _depthTwoCenter;
        private readonly SqliteCommand _take;
        private readonly SqliteParameter _takeCenter;
        private readonly SqliteCommand _takenNodes;
        private readonly SqliteCommand _takenEdges;
        private readonly SqliteCommand _path;
        private readonly SqliteParameter _pathFrom;
        private readonly SqliteParameter _pathTo;
        private readonly SqliteCommand _names;
        private readonly SqliteParameter _namePattern;

        public Statements(SqliteConnection connection, int nodeLimit)
        {
            _count = Prepare(connection, TwoHopCountSql);
            _countCenter = _count.Parameters.Add("$p", SqliteType.Integer);
            _clear = Prepare(connection, ClearSql);
            _depthOne = Prepare(connection, ReachDepthOneSql);
            _depthOneCenter = _depthOne.Parameters.Add("$p", SqliteType.Integer);
            _depthTwo = Prepare(connection, ReachDepthTwoSql);
            _depthTwoCenter = _depthTwo.Parameters.Add("$p", SqliteType.Integer);
            _take = Prepare(connection, TakeSql);
            _takeCenter = _take.Parameters.Add("$p", SqliteType.Integer);
            _take.Parameters.AddWithValue("$limit", nodeLimit);
            _takenNodes = Prepare(connection, TakenNodesSql);
            _takenEdges = Prepare(connection, TakenEdgesSql);
            _path = Prepare(connection, ShortestPathSql);
            _pathFrom = _path.Parameters.Add("$a", SqliteType.Integer);
            _pathTo = _path.Parameters.Add("$b", SqliteType.Integer);
            _names = Prepare(connection, NameSearchSql);
            _namePattern = _names.Parameters.Add("$pattern", SqliteType.Text);
            foreach (var command in All())
            {
                command.Prepare();
            }
        }

        public int? TwoHopCount(int center)
        {
            _countCenter.Value = center;
            return Convert.ToInt32(_count.ExecuteScalar(), CultureInfo.InvariantCulture);
        }

        /// <summary>
        /// The drawable neighbourhood: taken ids in order, relationships between taken nodes, the sums
        /// of degrees and omitted neighbours, and the total reachable. Every row is read, as a caller
        /// drawing the subgraph would.
        /// </summary>
        public (List<string> Ids, int Edges, long DegreeSum, long OmittedSum, int TotalReachable) Neighbourhood(int center)
        {
            _clear.ExecuteNonQuery();
            _depthOneCenter.Value = center;
            var total = _depthOne.ExecuteNonQuery();
            _depthTwoCenter.Value = center;
            total += _depthTwo.ExecuteNonQuery();
            _takeCenter.Value = center;
            _take.ExecuteNonQuery();

            var ids = new List<string>();
            long degrees = 0, omitted = 0;
            using (var reader = _takenNodes.ExecuteReader())
            {
                while (reader.Read())
                {
                    ids.Add(reader.GetString(0));
                    degrees += reader.GetInt64(1);
                    omitted += reader.GetInt64(2);
                }
            }

            var edges = 0;
            using (var reader = _takenEdges.ExecuteReader())
            {
                while (reader.Read())
                {
                    _ = reader.GetInt64(0);
                    _ = reader.GetInt64(1);
                    edges += reader.GetInt32(2);
                }
            }

            return (ids, edges, degrees, omitted, total);
        }

        public int? ShortestPathLength(int from, int to)
        {
            _pathFrom.Value = from;
            _pathTo.Value = to;
            var length = _path.ExecuteScalar();
            return length is null or DBNull ? null : Convert.ToInt32(length, CultureInfo.InvariantCulture);
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
            foreach (var command in All())
            {
                command.Dispose();
            }
        }

        private SqliteCommand[] All() =>
            [_count, _clear, _depthOne, _depthTwo, _take, _takenNodes, _takenEdges, _path, _names];

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
