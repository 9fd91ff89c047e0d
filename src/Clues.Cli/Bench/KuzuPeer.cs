using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Clues.Cli.Hosting;

namespace Clues.Cli.Bench;

/// <summary>
/// The graph-database opponent: Kùzu 0.11.3, in process inside Node.js. The graph and the sampled
/// inputs are written to a temporary folder as CSV and JSON, <c>node peer.mjs &lt;dir&gt;</c> bulk-loads
/// them with COPY FROM into an in-memory Kùzu database and times each query itself, so process
/// start-up and the CSV export are not charged to Kùzu's query latencies.
/// </summary>
internal sealed class KuzuPeer : IBenchPeer
{
    /// <summary>Where the script lives, overriding the search from the build output up to Clues.sln.</summary>
    public const string DirectoryVariable = "CLUES_KUZU_DIR";

    /// <summary>What to run when the package is missing; the same wording as the script's own message.</summary>
    public const string InstallHint = "run npm ci --prefix src/Clues.Cli/Bench/Kuzu";

    private const string ScriptName = "peer.mjs";
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    private readonly string? _scriptDirectory;

    /// <summary>Uses <paramref name="scriptDirectory"/> when given, otherwise finds the script (see <see cref="LocateScriptDirectory"/>).</summary>
    public KuzuPeer(string? scriptDirectory = null) => _scriptDirectory = scriptDirectory;

    public string Name => "kuzu";

    /// <summary>
    /// The folder holding <c>peer.mjs</c>: <c>CLUES_KUZU_DIR</c> when set, else
    /// <c>src/Clues.Cli/Bench/Kuzu</c> under the first folder above the program that holds Clues.sln.
    /// </summary>
    public static string? LocateScriptDirectory() => RepositoryFolder.Locate(DirectoryVariable, "src", "Clues.Cli", "Bench", "Kuzu");

    public async Task<PeerRun> RunAsync(BenchGraph graph, BenchSample sample, TextWriter log, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(sample);
        ArgumentNullException.ThrowIfNull(log);

        var scriptDirectory = _scriptDirectory ?? LocateScriptDirectory();
        if (scriptDirectory is null || !File.Exists(Path.Combine(scriptDirectory, ScriptName)))
        {
            return PeerRun.Failed(Name,
                $"cannot find the Kùzu peer script {ScriptName} (looked in {scriptDirectory ?? "no folder: Clues.sln not found above " + AppContext.BaseDirectory}); set {DirectoryVariable} to the folder src/Clues.Cli/Bench/Kuzu of the repository");
        }

        // Checked here too (the script says the same) so a missing install costs no CSV export.
        if (!File.Exists(Path.Combine(scriptDirectory, "node_modules", "kuzu", "package.json")))
        {
            return PeerRun.Failed(Name, $"kuzu is not installed: {InstallHint}");
        }

        var workDirectory = Directory.CreateTempSubdirectory("clues-bench-kuzu-");
        try
        {
            await log.WriteLineAsync($"kuzu: exporting {graph.NodeCount} nodes and {graph.EdgeCount} relationships to {workDirectory.FullName}").ConfigureAwait(false);
            var exportStart = Stopwatch.GetTimestamp();
            await WriteInputsAsync(graph, sample, workDirectory.FullName, cancellationToken).ConfigureAwait(false);
            var exportMs = Stopwatch.GetElapsedTime(exportStart).TotalMilliseconds;

            var runStart = Stopwatch.GetTimestamp();
            var failure = await RunScriptAsync(scriptDirectory, workDirectory.FullName, log, cancellationToken).ConfigureAwait(false);
            var wallMs = Stopwatch.GetElapsedTime(runStart).TotalMilliseconds;
            if (failure is not null)
            {
                return PeerRun.Failed(Name, failure);
            }

            return await ReadResultAsync(workDirectory.FullName, exportMs, wallMs, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            try
            {
                workDirectory.Delete(recursive: true);
            }
            catch (IOException)
            {
                // A leftover temp folder is harmless and must not hide the figures.
            }
            catch (UnauthorizedAccessException)
            {
                // Same as above.
            }
        }
    }

    private static async Task WriteInputsAsync(BenchGraph graph, BenchSample sample, string directory, CancellationToken cancellationToken)
    {
        await using (var nodes = new StreamWriter(Path.Combine(directory, "nodes.csv"), append: false, Utf8NoBom))
        {
            for (var i = 0; i < graph.NodeCount; i++)
            {
                await nodes.WriteAsync(string.Create(CultureInfo.InvariantCulture, $"{i},{CsvField(graph.Ids[i])},{graph.Labels[i]},")).ConfigureAwait(false);
                await nodes.WriteLineAsync(CsvField(graph.Names[i])).ConfigureAwait(false);
            }
        }

        cancellationToken.ThrowIfCancellationRequested();
        await using (var edges = new StreamWriter(Path.Combine(directory, "edges.csv"), append: false, Utf8NoBom))
        {
            for (var i = 0; i < graph.EdgeCount; i++)
            {
                await edges.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{graph.EdgeStarts[i]},{graph.EdgeEnds[i]}")).ConfigureAwait(false);
            }
        }

        var inputs = new JsonObject
        {
            ["twoHop"] = new JsonArray([.. sample.Centers.Select(c => (JsonNode)c)]),
            ["pairs"] = PairsJson(sample.Pairs),
            ["names"] = new JsonArray([.. sample.NameQueries.Select(q => (JsonNode)q)]),
            ["nodeLimit"] = sample.NodeLimit,
            ["warmup"] = new JsonObject
            {
                ["twoHop"] = new JsonArray([.. sample.WarmupCenters.Select(c => (JsonNode)c)]),
                ["pairs"] = PairsJson(sample.WarmupPairs),
                ["names"] = new JsonArray([.. sample.WarmupNameQueries.Select(q => (JsonNode)q)]),
            },
        };
        await File.WriteAllTextAsync(Path.Combine(directory, "inputs.json"), inputs.ToJsonString(), Utf8NoBom, cancellationToken).ConfigureAwait(false);
    }

    private static JsonArray PairsJson(IReadOnlyList<(int From, int To)> pairs) =>
        new([.. pairs.Select(p => (JsonNode)new JsonArray(p.From, p.To))]);

    /// <summary>
    /// A CSV field: quoted with doubled quotes (RFC 4180). Line breaks and other control characters
    /// become spaces because Kùzu's parallel CSV reader does not accept them inside quotes; names
    /// never carry them on purpose, and name search is not part of the agreement check. Store ids
    /// never hold control characters (and if one did, the twoHop id hashes would show it).
    /// </summary>
    private static string CsvField(string? value)
    {
        if (value is null)
        {
            return string.Empty;
        }

        var builder = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            builder.Append(c switch
            {
                '"' => "\"\"",
                _ when char.IsControl(c) => " ",
                _ => c.ToString(),
            });
        }

        return builder.Append('"').ToString();
    }

    /// <summary>Runs the script; null when it exited cleanly, otherwise what went wrong.</summary>
    private static async Task<string?> RunScriptAsync(string scriptDirectory, string workDirectory, TextWriter log, CancellationToken cancellationToken)
    {
        var node = ChildProcess.NodeExecutable;
        var start = new ProcessStartInfo(node)
        {
            WorkingDirectory = scriptDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Utf8NoBom,
            StandardErrorEncoding = Utf8NoBom,
        };
        start.ArgumentList.Add(Path.Combine(scriptDirectory, ScriptName));
        start.ArgumentList.Add(workDirectory);

        using var process = new Process { StartInfo = start };
        try
        {
            process.Start();
        }
        catch (Win32Exception e)
        {
            return $"could not start Node.js ('{node}': {e.Message}); install Node 20 or later, or set {ChildProcess.NodeVariable} to its executable";
        }

        // Both pipes are drained concurrently so neither can fill up and stall the script.
        var stderrTail = new Queue<string>();
        var stdout = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var stderr = ForwardAsync(process.StandardError, log, stderrTail, cancellationToken);
        await ChildProcess.WaitForExitOrKillAsync(process, cancellationToken).ConfigureAwait(false);
        await Task.WhenAll(stdout, stderr).ConfigureAwait(false);

        if (process.ExitCode == 0)
        {
            return null;
        }

        var reported = TryReadError(workDirectory);
        return reported ?? $"node {ScriptName} exited with code {process.ExitCode}: {string.Join(" | ", stderrTail)}";
    }

    private static async Task ForwardAsync(StreamReader reader, TextWriter log, Queue<string> tail, CancellationToken cancellationToken)
    {
        while (await reader.ReadLineAsync(cancellationToken).ConfigureAwait(false) is { } line)
        {
            await log.WriteLineAsync(line).ConfigureAwait(false);
            tail.Enqueue(line);
            if (tail.Count > 5)
            {
                tail.Dequeue();
            }
        }
    }

    private static string? TryReadError(string workDirectory)
    {
        try
        {
            var result = JsonNode.Parse(File.ReadAllText(Path.Combine(workDirectory, "result.json")));
            return result?["error"]?.GetValue<string>();
        }
        catch (Exception e) when (e is IOException or JsonException or InvalidOperationException)
        {
            return null;
        }
    }

    private async Task<PeerRun> ReadResultAsync(string workDirectory, double exportMs, double wallMs, CancellationToken cancellationToken)
    {
        var path = Path.Combine(workDirectory, "result.json");
        if (!File.Exists(path))
        {
            return PeerRun.Failed(Name, $"node {ScriptName} exited without writing result.json; run it by hand (node {ScriptName} <dir>) to see why");
        }

        JsonNode? result;
        await using (var stream = File.OpenRead(path))
        {
            result = await JsonNode.ParseAsync(stream, cancellationToken: cancellationToken).ConfigureAwait(false);
        }

        if (result?["error"]?.GetValue<string>() is { } error)
        {
            return PeerRun.Failed(Name, error);
        }

        var queries = result?["queries"] as JsonObject;
        QueryRun Query(string name) => queries?[name] is JsonObject q ? ParseQuery(name, q) : QueryRun.Failed($"the Kùzu peer returned nothing for {name}");

        var twoHop = queries?["twoHop"] is JsonObject hood ? ParseNeighbourhoods(hood) : QueryRun.Failed("the Kùzu peer returned nothing for twoHop");
        return new PeerRun(Name, result?["loadMs"]?.GetValue<double>(), twoHop, Query("twoHopCount"), Query("shortestPath"), Query("nameSearch"))
        {
            Extra = new Dictionary<string, QueryRun>
            {
                ["twoHopCountShortest"] = Query("twoHopCountShortest"),
                ["shortestPathLengthOnly"] = Query("shortestPathLengthOnly"),
            },
            Notes =
            [
                $"Kùzu {result?["kuzuVersion"]?.GetValue<string>()} in memory inside Node.js; loadMs is COPY FROM only",
                $"CSV export took {exportMs:F0} ms and the whole node process {wallMs:F0} ms",
                "twoHop: three prepared Cypher statements per call, timed together with fetching every row: the nodes within 2 hops with BFS depth (SHORTEST 1..2) ordered by (depth, string id); then, for the centre and the first nodeLimit − 1 of them passed back as a list, each node's degree and distinct-neighbour count, and every relationship between two taken nodes; omitted neighbours = distinct neighbours − taken neighbours read off those relationship rows (a primary-key lookup is added only for a centre without relationships)",
                "twoHopCount: count(DISTINCT b) over undirected 1..2-hop walks; twoHopCountShortest (extra) counts the same nodes with SHORTEST 1..2, one path per destination",
                "shortestPath returns the length and the nodes on the path; shortestPathLengthOnly is listed separately",
                "nameSearch is an unranked CONTAINS … LIMIT 20",
            ],
        };
    }

    /// <summary>Reads the twoHop answers: per call the taken ids in order and the neighbourhood's totals.</summary>
    private static QueryRun ParseNeighbourhoods(JsonObject query)
    {
        if (query["error"]?.GetValue<string>() is { } error)
        {
            return QueryRun.Failed(error);
        }

        var latencies = query["latenciesMs"]?.AsArray().Select(v => v!.GetValue<double>()).ToArray();
        var answers = query["results"]?.AsArray();
        if (latencies is null || answers is null || latencies.Length != answers.Count)
        {
            return QueryRun.Failed("the Kùzu peer's twoHop answer lacks latenciesMs or results");
        }

        var digests = new NeighbourhoodDigest[answers.Count];
        for (var i = 0; i < digests.Length; i++)
        {
            var answer = answers[i]!.AsObject();
            var taken = answer["taken"]!.AsArray().Select(id => id!.GetValue<string>()).ToArray();
            digests[i] = NeighbourhoodDigest.Of(
                taken,
                answer["edges"]!.GetValue<int>(),
                answer["degreeSum"]!.GetValue<long>(),
                answer["omittedSum"]!.GetValue<long>(),
                answer["total"]!.GetValue<int>());
        }

        return QueryRun.FromNeighbourhoods(latencies, digests);
    }

    private static QueryRun ParseQuery(string name, JsonObject query)
    {
        if (query["error"]?.GetValue<string>() is { } error)
        {
            return QueryRun.Failed(error);
        }

        var latencies = query["latenciesMs"]?.AsArray().Select(v => v!.GetValue<double>()).ToArray();
        var results = query["results"]?.AsArray().Select(v => v is null ? (int?)null : v.GetValue<int>()).ToArray();
        return latencies is null || results is null || latencies.Length != results.Length
            ? QueryRun.Failed($"the Kùzu peer's {name} answer lacks latenciesMs or results")
            : new QueryRun(latencies, results);
    }
}
