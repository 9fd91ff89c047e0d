using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Clues.Cli.Bench;
using Clues.Cli.BenchGraphQL;
using Clues.Core.Graph;
using Microsoft.Extensions.DependencyInjection;

namespace Clues.Cli.BenchApi;

/// <summary>
/// Measures the Clues API as analysts meet it: over real HTTP with a real token, through authorisation and audit.
/// Single queries are timed one after another (their own latency, no queueing); the mixed load runs under wrk.
/// </summary>
internal static class ApiBenchmark
{
    public const double NeighborhoodTargetMs = 5;
    public const double ShortestPathTargetMs = 10;
    public const double KeyPersonsTargetMs = 200;
    public const double LoadTargetRequestsPerSecond = 1000;
    public const double LoadTargetP99Ms = 50;

    public static async Task<ApiBenchReport> RunAsync(ApiBenchOptions options, Action<string> progress, CancellationToken cancellationToken)
    {
        // Located first so a missing wrk fails in a second, not after the latency runs.
        var wrk = await WrkRunner.LocateAsync(cancellationToken).ConfigureAwait(false);

        progress($"Starting the API over a copy of {options.DataDirectory.FullName} …");
        await using var host = await ApiBenchHost.StartAsync(options.DataDirectory, cancellationToken).ConfigureAwait(false);
        var stats = await host.Services.GetRequiredService<IGraphStore>().GetStatsAsync(cancellationToken).ConfigureAwait(false);
        using var client = host.CreateClient();

        var mix = ApiBenchQueries.Mix();
        progress("Checking every request answers without errors …");
        foreach (var request in mix)
        {
            var (ok, detail, _, _) = await SendAsync(client, host.Endpoint, request, cancellationToken).ConfigureAwait(false);
            if (!ok)
            {
                throw new BenchSideException($"{request.Field} failed before the bench started: {detail}");
            }
        }

        // Latency comes from wrk on one connection, one request after another: a client in this process would share
        // the server's CPU and garbage collector and time itself as much as the server.
        var latency = new List<ApiLatencyReport>();
        var headers = new Dictionary<string, string> { ["Authorization"] = "Bearer " + host.Token };
        progress("Timing 2-hop neighbourhoods …");
        latency.Add(await TimeAsync(wrk, client, host.Endpoint, headers, "neighborhood2", "2-hop neighbourhood (limit 200) of scenario persons", ApiBenchQueries.Neighborhoods(), options.Samples, NeighborhoodTargetMs, cancellationToken).ConfigureAwait(false));
        progress("Timing shortest paths …");
        latency.Add(await TimeAsync(wrk, client, host.Endpoint, headers, "shortestPath", "shortest path (≤ 6 hops) between scenario persons in different units", ApiBenchQueries.ShortestPaths(), options.Samples, ShortestPathTargetMs, cancellationToken).ConfigureAwait(false));
        progress("Timing key persons (the first call computes, later ones are answered from the analysis cache) …");
        latency.Add(await TimeAsync(wrk, client, host.Endpoint, headers, "keyPersons", "key persons (top 10) of 青山县 431421", ApiBenchQueries.KeyPersons(), Math.Max(5, options.Samples / 10), KeyPersonsTargetMs, cancellationToken).ConfigureAwait(false));

        progress($"Mixed analyst load with wrk for {options.Duration.TotalSeconds:0} s …");
        var settings = new WrkSettings(options.Threads, options.Connections, options.Duration, TimeSpan.Zero, TimeSpan.FromSeconds(10));
        var script = WrkScript.Create(mix.Select(m => m.Body).ToList(), new Dictionary<string, string> { ["Authorization"] = "Bearer " + host.Token });
        var result = await wrk.RunScriptAsync(host.Endpoint, script, settings, options.Duration, cancellationToken).ConfigureAwait(false);
        var load = new ApiLoadReport(
            wrk.Version,
            (int)Math.Round(result.DurationUs / 1_000_000.0),
            options.Threads,
            options.Connections,
            mix.Select(m => m.Field).ToList(),
            result.Requests,
            Math.Round(result.RequestsPerSecond, 1),
            result.Errors,
            Math.Round(result.P50Us / 1000.0, 2),
            Math.Round(result.P99Ms, 2),
            (long)result.BytesPerRequest,
            LoadTargetRequestsPerSecond,
            LoadTargetP99Ms);

        return new ApiBenchReport(options.DataDirectory.FullName, stats.Nodes, stats.Relationships, $"{Environment.ProcessorCount} cores, {Environment.OSVersion}", latency, load);
    }

    private static async Task<ApiLatencyReport> TimeAsync(
        WrkRunner wrk,
        HttpClient client,
        Uri endpoint,
        IReadOnlyDictionary<string, string> headers,
        string key,
        string description,
        IReadOnlyList<ApiBenchRequest> requests,
        int samples,
        double targetMs,
        CancellationToken cancellationToken)
    {
        // Warm-up and the answer check through HttpClient (every kind, every request); the cold first call of each is kept.
        var errors = 0;
        long bytes = 0;
        var cold = TimeSpan.Zero;
        for (var i = 0; i < Math.Max(3, requests.Count); i++)
        {
            var (ok, _, size, elapsed) = await SendAsync(client, endpoint, requests[i % requests.Count], cancellationToken).ConfigureAwait(false);
            errors += ok ? 0 : 1;
            bytes += size;
            if (i == 0)
            {
                cold = elapsed;
            }
        }

        // About ten milliseconds of wrk time per requested sample, at least two seconds.
        var duration = TimeSpan.FromSeconds(Math.Max(2, samples / 100.0));
        var settings = new WrkSettings(1, 1, duration, TimeSpan.Zero, TimeSpan.FromSeconds(10));
        var script = WrkScript.Create(requests.Select(r => r.Body).ToList(), headers);
        var result = await wrk.RunScriptAsync(endpoint, script, settings, duration, cancellationToken).ConfigureAwait(false);
        return new ApiLatencyReport(
            key,
            description,
            (int)Math.Min(int.MaxValue, result.Requests),
            Math.Round(result.P50Us / 1000.0, 3),
            Math.Round(result.P99Us / 1000.0, 3),
            Math.Round(result.MeanUs / 1000.0, 3),
            bytes / Math.Max(3, requests.Count),
            targetMs,
            errors + (int)result.Errors)
        {
            ColdMs = Math.Round(cold.TotalMilliseconds, 2),
        };
    }

    /// <summary>
    /// Posts one request and reads the whole answer; false with the reason on a non-200 status or GraphQL errors.
    /// The time is the round trip until the last byte arrived: checking the answer is the bench's work, not the server's.
    /// </summary>
    private static async Task<(bool Ok, string Detail, int Bytes, TimeSpan Elapsed)> SendAsync(HttpClient client, Uri endpoint, ApiBenchRequest request, CancellationToken cancellationToken)
    {
        using var content = new StringContent(request.Body, Encoding.UTF8);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        var started = Stopwatch.GetTimestamp();
        using var response = await client.PostAsync(endpoint, content, cancellationToken).ConfigureAwait(false);
        var body = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        var elapsed = Stopwatch.GetElapsedTime(started);
        if (!response.IsSuccessStatusCode)
        {
            return (false, $"HTTP {(int)response.StatusCode}: {Encoding.UTF8.GetString(body)}", body.Length, elapsed);
        }

        // Every answer is parsed, so a fast answer carrying errors counts as an error.
        using var document = JsonDocument.Parse(body);
        if (document.RootElement.TryGetProperty("errors", out var errors))
        {
            return (false, errors.ToString(), body.Length, elapsed);
        }

        return document.RootElement.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object
            ? (true, string.Empty, body.Length, elapsed)
            : (false, "no data in the answer", body.Length, elapsed);
    }
}
