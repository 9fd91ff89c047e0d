using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Runtime;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;

using Clues.Cli.Hosting;

namespace Clues.Cli.BenchGraphQL;

/// <summary>
/// Runs <c>clues bench graphql</c>: starts our server and the graphql-js peer, checks they answer each query
/// alike, then loads each with the same wrk settings, one after the other. A side that cannot run is reported
/// with the reason and the fix rather than dropped.
/// </summary>
internal static class GraphQLBenchmark
{
    private const string Order = "per query: compare both responses, then ours (warm-up, timed run), then graphql-js (warm-up, timed run); the idle server waits meanwhile";

    private const string Units = "rps: completed requests per second over the timed run; p99 and p50: milliseconds from wrk's latency record (client-side, at the fixed connection count); ratio: our rps / graphql-js rps";

    public static async Task<GraphQLBenchReport> RunAsync(GraphQLBenchOptions options, TextWriter log, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(log);
        var loadBefore = LoadAverage();

        WrkRunner? wrk = null;
        string? wrkError = null;
        try
        {
            wrk = await WrkRunner.LocateAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (BenchSideException e)
        {
            wrkError = e.Message;
            await log.WriteLineAsync(wrkError).ConfigureAwait(false);
        }

        CluesBenchServer? clues = null;
        NodeBenchServer? node = null;
        string? cluesError = null;
        string? nodeError = null;
        var queries = new Dictionary<string, QueryReport>(StringComparer.Ordinal);
        try
        {
            await log.WriteLineAsync("clues: starting Kestrel with the bench schema").ConfigureAwait(false);
            try
            {
                clues = await CluesBenchServer.StartAsync(cancellationToken).ConfigureAwait(false);
                await log.WriteLineAsync($"clues: listening at {clues.Endpoint}").ConfigureAwait(false);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                cluesError = $"our server did not start: {e.Message}";
                await log.WriteLineAsync(cluesError).ConfigureAwait(false);
            }

            await log.WriteLineAsync("graphql-js: starting node server.mjs").ConfigureAwait(false);
            try
            {
                node = await NodeBenchServer.StartAsync(options.NodeScriptDirectory, cancellationToken).ConfigureAwait(false);
                await log.WriteLineAsync($"graphql-js: graphql {node.GraphqlVersion} on Node {node.NodeVersion} listening at {node.Endpoint}").ConfigureAwait(false);
            }
            catch (BenchSideException e)
            {
                nodeError = e.Message;
                await log.WriteLineAsync("graphql-js: " + nodeError).ConfigureAwait(false);
            }

            using var http = new HttpClient(new SocketsHttpHandler { UseProxy = false }) { Timeout = TimeSpan.FromSeconds(60) };
            foreach (var query in options.Queries)
            {
                queries[query.Key] = await RunQueryAsync(query, options.Wrk, wrk, wrkError, clues, cluesError, node, nodeError, http, log, cancellationToken).ConfigureAwait(false);
            }
        }
        finally
        {
            if (node is not null)
            {
                await node.DisposeAsync().ConfigureAwait(false);
            }

            if (clues is not null)
            {
                await clues.DisposeAsync().ConfigureAwait(false);
            }
        }

        return new GraphQLBenchReport(queries, Settings(options.Wrk, wrk, node, loadBefore, LoadAverage()));
    }

    private static async Task<QueryReport> RunQueryAsync(
        BenchQuery query,
        WrkSettings settings,
        WrkRunner? wrk,
        string? wrkError,
        CluesBenchServer? clues,
        string? cluesError,
        NodeBenchServer? node,
        string? nodeError,
        HttpClient http,
        TextWriter log,
        CancellationToken cancellationToken)
    {
        var body = WrkScript.RequestBody(query);
        await log.WriteLineAsync($"{query.Key}: fetching one response from each server").ConfigureAwait(false);
        var (oursText, oursError) = clues is null ? (null, cluesError) : await FetchAsync(http, clues.Endpoint, body, "ours", cancellationToken).ConfigureAwait(false);
        var (theirsText, theirsError) = node is null ? (null, nodeError) : await FetchAsync(http, node.Endpoint, body, "graphql-js's", cancellationToken).ConfigureAwait(false);

        string agreement;
        if (oursText is not null && theirsText is not null)
        {
            var difference = ResponseComparison.FirstDifference(oursText, theirsText, query.IsIntrospection);
            if (difference is not null)
            {
                // Loading servers that compute different things would compare nothing; stop here, loudly.
                var message = $"the two servers answer {query.Key} differently, so it was not loaded: {difference}";
                await log.WriteLineAsync("ERROR " + message).ConfigureAwait(false);
                return new QueryReport(query.Description, SideFigures.Failed(message), SideFigures.Failed(message), null, "differ: " + difference);
            }

            var same = query.IsIntrospection ? IntrospectionNormalizer.Summary : "identical JSON";
            agreement = string.Create(CultureInfo.InvariantCulture, $"{same} ({Encoding.UTF8.GetByteCount(oursText):N0} bytes from us, {Encoding.UTF8.GetByteCount(theirsText):N0} from graphql-js)");
            await log.WriteLineAsync($"{query.Key}: {agreement}").ConfigureAwait(false);
        }
        else
        {
            agreement = "not checked: only one server answered";
        }

        var ours = await MeasureAsync("clues", query, body, oursText, oursError, clues?.Endpoint, wrk, wrkError, settings, log, cancellationToken).ConfigureAwait(false);
        var theirs = await MeasureAsync("graphql-js", query, body, theirsText, theirsError, node?.Endpoint, wrk, wrkError, settings, log, cancellationToken).ConfigureAwait(false);
        return new QueryReport(query.Description, ours, theirs, QueryReport.RatioOf(ours, theirs), agreement);
    }

    private static async Task<SideFigures> MeasureAsync(
        string side,
        BenchQuery query,
        string body,
        string? response,
        string? error,
        Uri? endpoint,
        WrkRunner? wrk,
        string? wrkError,
        WrkSettings settings,
        TextWriter log,
        CancellationToken cancellationToken)
    {
        if (response is null || endpoint is null)
        {
            return SideFigures.Failed(error ?? "no response");
        }

        if (wrk is null)
        {
            return SideFigures.Failed(wrkError ?? "wrk is missing");
        }

        try
        {
            if (settings.Warmup > TimeSpan.Zero)
            {
                await log.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{query.Key}: {side} warm-up {settings.Warmup.TotalSeconds:0.#} s")).ConfigureAwait(false);
                await wrk.RunAsync(endpoint, body, settings, settings.Warmup, cancellationToken).ConfigureAwait(false);
            }

            await log.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{query.Key}: {side} timed run {settings.Duration.TotalSeconds:0.#} s")).ConfigureAwait(false);
            var result = await wrk.RunAsync(endpoint, body, settings, settings.Duration, cancellationToken).ConfigureAwait(false);
            var figures = SideFigures.From(result, Encoding.UTF8.GetByteCount(response));
            await log.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{query.Key}: {side} {figures.Rps:N0} req/s, p99 {figures.P99:0.###} ms{(figures.Error is null ? "" : " — " + figures.Error)}")).ConfigureAwait(false);
            return figures;
        }
        catch (BenchSideException e)
        {
            await log.WriteLineAsync($"{query.Key}: {side} {e.Message}").ConfigureAwait(false);
            return SideFigures.Failed(e.Message);
        }
    }

    /// <summary>One request as wrk will send it; the answer must be a 200 with data and no errors.</summary>
    private static async Task<(string? Text, string? Error)> FetchAsync(HttpClient http, Uri endpoint, string body, string whose, CancellationToken cancellationToken)
    {
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, endpoint) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
            request.Headers.Accept.ParseAdd("application/graphql-response+json, application/json");
            using var response = await http.SendAsync(request, cancellationToken).ConfigureAwait(false);
            var text = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            if (response.StatusCode != HttpStatusCode.OK)
            {
                return (null, $"{whose} server answered {(int)response.StatusCode}: {Shorten(text)}");
            }

            using var document = JsonDocument.Parse(text);
            if (document.RootElement.TryGetProperty("errors", out _) || !document.RootElement.TryGetProperty("data", out _))
            {
                return (null, $"{whose} server answered with errors: {Shorten(text)}");
            }

            return (text, null);
        }
        catch (Exception e) when (e is HttpRequestException or JsonException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return (null, $"{whose} server did not answer the check request: {e.Message}");
        }
    }

    private static BenchSettingsReport Settings(WrkSettings wrk, WrkRunner? runner, NodeBenchServer? node, string loadBefore, string loadAfter)
    {
        var clues = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["host"] = "Kestrel in the clues process, MapGraphQL, Production environment, no logging providers, GraphiQL off, introspection on",
            ["limits"] = string.Create(CultureInfo.InvariantCulture, $"defaults except MaxCost {CluesBenchServer.MaxCost} (the nested query costs 11,100)"),
            ["runtime"] = RuntimeInformation.FrameworkDescription,
            ["gc"] = (GCSettings.IsServerGC ? "server" : "workstation")
                + (AppContext.GetData("System.GC.Concurrent") is string c && c == "false" ? ", non-concurrent" : ", concurrent")
                + (ServerGcRelaunch.IsRelaunched ? " (the CLI ran itself again with DOTNET_gcServer=1, the Web SDK default Clues.Api runs with)" : ""),
            ["tieredPgo"] = AppContext.GetData("System.Runtime.TieredPGO")?.ToString() ?? "default (on)",
            ["resolvers"] = "Query fields bound with SchemaBuilder.Resolve; Item fields by the default property resolver",
        };
        var graphqlJs = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["host"] = "graphql-http createHandler on node:http, one Node process (one event loop), rootValue resolvers, default field resolver",
            ["graphql"] = node?.GraphqlVersion ?? "(not started)",
            ["node"] = node?.NodeVersion ?? "(not started)",
        };
        var machine = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["processors"] = Environment.ProcessorCount.ToString(CultureInfo.InvariantCulture),
            ["os"] = RuntimeInformation.OSDescription,
            ["loadAverageBefore"] = loadBefore,
            ["loadAverageAfter"] = loadAfter,
        };
        var command = string.Create(
            CultureInfo.InvariantCulture,
            $"wrk -t{wrk.Threads} -c{wrk.Connections} -d{wrk.Duration.TotalSeconds:0.#}s --timeout {wrk.Timeout.TotalSeconds:0.#}s --latency -s <POST script> <endpoint>");
        return new BenchSettingsReport(
            runner?.Version ?? "(wrk not found)",
            command,
            wrk.Threads,
            wrk.Connections,
            wrk.Duration.TotalSeconds,
            wrk.Warmup.TotalSeconds,
            wrk.Timeout.TotalSeconds,
            Units,
            Order,
            string.Join(' ', BenchDefinition.Sdl.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)),
            BenchDefinition.ShapeDescription,
            clues,
            graphqlJs,
            machine);
    }

    /// <summary>The 1, 5 and 15 minute load averages (Linux), since other work on the machine skews the figures.</summary>
    private static string LoadAverage()
    {
        try
        {
            var text = File.ReadAllText("/proc/loadavg").Split(' ', StringSplitOptions.RemoveEmptyEntries);
            return text.Length >= 3 ? string.Join(' ', text[..3]) : "unknown";
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return "unknown";
        }
    }

    private static string Shorten(string text) => text.Length <= 300 ? text : text[..300] + "…";
}
