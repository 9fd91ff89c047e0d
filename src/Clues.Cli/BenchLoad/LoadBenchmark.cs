using System.Diagnostics;
using System.Globalization;
using Clues.Api.Diagnostics;
using Clues.Cli.Bench;

namespace Clues.Cli.BenchLoad;

/// <summary>
/// Runs the mixed office load open-loop: request i is due at start + i / rate whether or not earlier ones have been
/// answered, and its latency runs from that due time to its last byte, so time spent queueing behind a slow server is
/// measured instead of hidden (no coordinated omission). A request counts as an error unless it gets HTTP 200 with
/// data and no GraphQL errors.
/// </summary>
internal static class LoadBenchmark
{
    private const int MaxErrorSamples = 20;
    private const int WorstWindowSeconds = 10;
    private static readonly TimeSpan RssEvery = TimeSpan.FromSeconds(WorstWindowSeconds);

    public static async Task<LoadBenchReport> RunAsync(LoadBenchOptions options, Action<string> progress, CancellationToken cancellationToken)
    {
        var loadAtStart = LoadAverage();
        await using var api = await ServedApi.StartAsync(options.DataDirectory, progress, cancellationToken).ConfigureAwait(false);
        using var client = new HttpClient(new SocketsHttpHandler
        {
            MaxConnectionsPerServer = options.Connections,
            PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
        })
        { Timeout = TimeSpan.FromSeconds(60) };

        progress("Finding city rounds and their subjects, and taking one clue through the handover steps …");
        var workload = await LoadWorkload.PrepareAsync(api, client, cancellationToken).ConfigureAwait(false);
        progress(string.Create(CultureInfo.InvariantCulture, $"Registrations take turns over {workload.Targets} (round, person) pairs."));

        var total = options.Warmup + options.Duration;
        progress(string.Create(CultureInfo.InvariantCulture, $"Load at {options.Rate:0} requests/s: {options.Warmup.TotalSeconds:0} s warm-up, then {options.Duration.TotalSeconds:0} s measured …"));
        var run = new Run(options, workload, api, client);
        await run.ExecuteAsync(total, progress, cancellationToken).ConfigureAwait(false);

        using var probe = new HttpClient { Timeout = TimeSpan.FromSeconds(15) };
        var alive = await api.IsHealthyAsync(probe, TimeSpan.FromSeconds(10), cancellationToken).ConfigureAwait(false);
        return run.Report(
            options.DataDirectory?.FullName ?? "(fresh demo store)", loadAtStart, LoadAverage(), alive, api.FailLogLines, api.FailLogLines > 0 ? [.. api.LogTail().TakeLast(60)] : [],
            api.LatestMemory?.Gc.Describe() ?? "not reported");
    }

    /// <summary>The 1, 5 and 15 minute load averages, or "n/a" off Linux.</summary>
    public static string LoadAverage()
    {
        try
        {
            var parts = File.ReadAllText("/proc/loadavg").Split(' ');
            return string.Join(' ', parts.Take(3));
        }
        catch (IOException)
        {
            return "n/a";
        }
    }

    private sealed class Run(LoadBenchOptions options, LoadWorkload workload, ServedApi api, HttpClient client)
    {
        private readonly Dictionary<string, List<double>> _latencies = LoadWorkload.Kinds.ToDictionary(k => k, _ => new List<double>());
        private readonly Dictionary<string, long> _errors = LoadWorkload.Kinds.ToDictionary(k => k, _ => 0L);
        private readonly List<string> _errorSamples = [];
        private readonly List<RssSample> _rss = [];
        private readonly object _gate = new();
        private long _start;
        private long _measureFrom;
        private long _measuredRequests;
        private long _warmupErrors;
        private long _notSent;
        private int _inFlight;
        private double _measuredSeconds;

        private readonly Dictionary<int, double> _worstPerWindow = [];

        // The ramp: the rate grows linearly from 0 to full over this many seconds, so slots due by time t are
        // rate·t²/2r during it and then rate per second.
        private double Ramp => options.Warmup.TotalSeconds * 2 / 3;

        private double SlotsBy(double seconds) =>
            seconds < Ramp ? options.Rate * seconds * seconds / (2 * Ramp) : (options.Rate * Ramp / 2) + (options.Rate * (seconds - Ramp));

        private double DueAt(long slot)
        {
            var rampSlots = options.Rate * Ramp / 2;
            return slot < rampSlots ? Math.Sqrt(2 * Ramp * slot / options.Rate) : Ramp + ((slot - rampSlots) / options.Rate);
        }

        public async Task ExecuteAsync(TimeSpan total, Action<string> progress, CancellationToken cancellationToken)
        {
            var random = new Random(20261121);
            _start = Stopwatch.GetTimestamp();
            _measureFrom = _start + (long)(options.Warmup.TotalSeconds * Stopwatch.Frequency);
            var end = _start + (long)(total.TotalSeconds * Stopwatch.Frequency);
            var nextRss = 0L;
            long slot = 0;
            while (true)
            {
                var now = Stopwatch.GetTimestamp();
                if (now >= end)
                {
                    break;
                }

                var elapsed = (now - _start) / (double)Stopwatch.Frequency;
                if (elapsed >= nextRss)
                {
                    lock (_gate)
                    {
                        _rss.Add(new RssSample((int)Math.Round(elapsed), api.ResidentBytes()));
                    }

                    if (nextRss > 0 && nextRss % 60 == 0)
                    {
                        progress(string.Create(CultureInfo.InvariantCulture, $"  {nextRss} s: {Volatile.Read(ref _inFlight)} in flight, RSS {api.ResidentBytes() / 1048576.0:0} MB{MemorySplit(api.LatestMemory)}, {workload.Flow}"));
                    }

                    nextRss += (long)RssEvery.TotalSeconds;
                }

                // Every slot whose time has come, the one at or just before now included.
                var due = (long)SlotsBy(elapsed) + 1;
                for (; slot < due; slot++)
                {
                    var scheduled = _start + (long)(DueAt(slot) * Stopwatch.Frequency);
                    if (Volatile.Read(ref _inFlight) >= options.MaxInFlight)
                    {
                        Interlocked.Increment(ref _notSent);
                        continue;
                    }

                    var request = workload.Next(random.NextDouble(), random);
                    Interlocked.Increment(ref _inFlight);
                    _ = SendAsync(request, scheduled, cancellationToken);
                }

                await Task.Delay(1, cancellationToken).ConfigureAwait(false);
            }

            _measuredSeconds = (end - _measureFrom) / (double)Stopwatch.Frequency;
            progress($"Waiting for {Volatile.Read(ref _inFlight)} requests still in flight …");
            while (Volatile.Read(ref _inFlight) > 0)
            {
                // Each request ends within the client's timeout, answered or not; SendAsync never throws.
                await Task.Delay(50, cancellationToken).ConfigureAwait(false);
            }
            lock (_gate)
            {
                _rss.Add(new RssSample((int)Math.Round(Stopwatch.GetElapsedTime(_start).TotalSeconds), api.ResidentBytes()));
            }
        }

        public LoadBenchReport Report(string data, string loadAtStart, string loadAtEnd, bool alive, int failLines, IReadOnlyList<string> logTail, string serverGc)
        {
            lock (_gate)
            {
                var kinds = LoadWorkload.Kinds.Select(k =>
                {
                    var stats = LatencyStats.FromMilliseconds(_latencies[k]);
                    return new LoadKindReport(k, stats.Count, _errors[k], Round(stats.P50), Round(stats.P99), Round(stats.Max));
                }).ToList();
                var all = LatencyStats.FromMilliseconds(_latencies.Values.SelectMany(l => l).ToList());
                var errors = _errors.Values.Sum() + _warmupErrors + _notSent;
                var warmupSeconds = (int)Math.Round(options.Warmup.TotalSeconds);
                var measured = _rss.Where(r => r.Second >= warmupSeconds).ToList();
                var window = Math.Max(10, Math.Min(60, (int)(_measuredSeconds / 3)));
                var first = measured.Where(r => r.Second < warmupSeconds + window).Select(r => r.Bytes).DefaultIfEmpty(0).Average();
                var lastFrom = measured.Count == 0 ? 0 : measured[^1].Second - window;
                var last = measured.Where(r => r.Second > lastFrom).Select(r => r.Bytes).DefaultIfEmpty(0).Average();
                return new LoadBenchReport(
                    data,
                    $"{Environment.ProcessorCount} cores, {Environment.OSVersion}",
                    loadAtStart,
                    loadAtEnd,
                    warmupSeconds,
                    (int)Math.Round(_measuredSeconds),
                    LoadBenchOptions.TargetRate,
                    options.Rate,
                    Math.Round((_measuredRequests - _errors.Values.Sum()) / Math.Max(_measuredSeconds, 0.001), 1),
                    _measuredRequests,
                    errors,
                    _notSent,
                    Round(all.P50),
                    Round(all.P99),
                    Round(all.Max),
                    kinds,
                    workload.Flow,
                    [.. _errorSamples],
                    [.. _rss],
                    [.. _worstPerWindow.OrderBy(w => w.Key).Select(w => (int)Math.Round(w.Value))],
                    Math.Round(first / 1048576.0, 1),
                    Math.Round(last / 1048576.0, 1),
                    alive,
                    failLines,
                    logTail,
                    serverGc);
            }
        }

        private static string MemorySplit(MemoryReport? memory) => memory is null
            ? string.Empty
            : string.Create(CultureInfo.InvariantCulture, $" (GC heap {memory.GcHeap / 1048576.0:0}, after gen-2 {memory.GcHeapAfterGen2 / 1048576.0:0}, committed {memory.GcCommitted / 1048576.0:0}, fragmented {memory.GcFragmented / 1048576.0:0}, SQLite {memory.Sqlite / 1048576.0:0} MB; {memory.Gen2Collections} gen-2, GC pauses {memory.GcPauseMilliseconds} ms in all; pool {memory.PoolThreads} threads, {memory.PoolQueued} queued)");

        private static double Round(double value) => double.IsNaN(value) ? 0 : Math.Round(value, 2);

        private async Task SendAsync(LoadRequest request, long scheduled, CancellationToken cancellationToken)
        {
            // Yield first: the scheduler loop must not wait for the request to be written.
            await Task.Yield();
            bool ok;
            string detail;
            try
            {
                var (sent, why, data) = await LoadWorkload.SendAsync(client, api.Endpoint, request.Token, request.Body, cancellationToken).ConfigureAwait(false);
                ok = sent;
                detail = why;
                if (ok)
                {
                    request.OnData?.Invoke(data);
                }
            }
            catch (Exception e) when (!cancellationToken.IsCancellationRequested)
            {
                ok = false;
                detail = e.GetType().Name + ": " + e.Message;
            }
            finally
            {
                Interlocked.Decrement(ref _inFlight);
            }

            var done = Stopwatch.GetTimestamp();
            var ms = (done - scheduled) * 1000.0 / Stopwatch.Frequency;
            var measured = scheduled >= _measureFrom;
            lock (_gate)
            {
                var window = (int)((scheduled - _start) / Stopwatch.Frequency / WorstWindowSeconds);
                _worstPerWindow[window] = Math.Max(_worstPerWindow.GetValueOrDefault(window), ms);
                if (measured)
                {
                    _latencies[request.Kind].Add(ms);
                    _measuredRequests++;
                    if (!ok)
                    {
                        _errors[request.Kind]++;
                    }
                }
                else if (!ok)
                {
                    _warmupErrors++;
                }

                // Distinct samples: an overload repeats one timeout thousands of times and would hide the rest.
                var sample = $"{request.Kind}: {detail}";
                if (!ok && _errorSamples.Count < MaxErrorSamples && !_errorSamples.Contains(sample))
                {
                    _errorSamples.Add(sample);
                }
            }
        }
    }
}
