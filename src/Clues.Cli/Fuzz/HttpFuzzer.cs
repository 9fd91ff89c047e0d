using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Clues.Api.Security;
using Clues.Cli.BenchLoad;
using Clues.Core.Access;

namespace Clues.Cli.Fuzz;

/// <summary>
/// Throws generated inputs at the real API's GraphQL endpoint and checks every answer: no 5xx (masked or not), no
/// masked internal error inside a 200, no error status without a readable GraphQL error, no answer slower than the
/// hang threshold, no dropped connection except for bodies far over the limit. At the end the server must still be
/// running, answer its health probe and a valid query, and have logged no unexpected exception. Failing inputs are
/// saved with a curl command that replays them.
/// </summary>
internal static class HttpFuzzer
{
    private const int MaxSaved = 100;
    private const int MaxSamples = 30;

    public static async Task<HttpFuzzReport> RunAsync(HttpFuzzOptions options, Action<string> progress, CancellationToken cancellationToken)
    {
        var schema = SchemaQueryGenerator.LoadApiSchema();
        await using var api = await ServedApi.StartAsync(options.DataDirectory, progress, cancellationToken).ConfigureAwait(false);
        var tokens = new FuzzTokens(
            api.TokenFor(Role.Analyst),
            api.TokenFor(Role.GroupMember),
            api.TokenFor(Role.OfficeStaff),
            api.TokenFor(Role.Analyst, new ShiftedTime(TimeSpan.FromDays(-1)), TimeSpan.FromHours(1)),
            new TokenIssuer(RandomNumberGenerator.GetBytes(32)).Issue(ServedApi.UserOf(Role.Analyst), TimeSpan.FromHours(1)),
            api.UnregisteredTokenFor(Role.Analyst),
            await api.RevokedTokenForAsync(Role.Analyst, cancellationToken).ConfigureAwait(false));

        using var client = new HttpClient(new SocketsHttpHandler
        {
            MaxConnectionsPerServer = options.Workers * 2,
            AllowAutoRedirect = false,
            ConnectTimeout = TimeSpan.FromSeconds(10),
        })
        { Timeout = Timeout.InfiniteTimeSpan };

        var state = new State(options, api);
        var rssStart = api.ResidentBytes();
        var started = Stopwatch.GetTimestamp();
        var deadline = started + (long)(options.Duration.TotalSeconds * Stopwatch.Frequency);
        progress(string.Create(CultureInfo.InvariantCulture, $"Fuzzing {api.Endpoint} for {options.Duration.TotalSeconds:0} s with {options.Workers} workers (seed {options.Seed}) …"));

        using var stopSampling = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var sampler = SampleAsync(api, state, progress, stopSampling.Token);
        var workers = Enumerable.Range(0, options.Workers).Select(i => Task.Run(async () =>
        {
            var generator = new HttpInputGenerator(schema, tokens, new Random(HashCode.Combine(options.Seed, i)));
            while (Stopwatch.GetTimestamp() < deadline && !cancellationToken.IsCancellationRequested)
            {
                await SendAsync(client, api, generator.Next(), state, cancellationToken).ConfigureAwait(false);
                if (api.HasExited)
                {
                    state.Fail("(server)", "The server process exited during the run.", null);
                    return;
                }
            }
        }, cancellationToken)).ToList();
        await Task.WhenAll(workers).ConfigureAwait(false);
        var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
        await stopSampling.CancelAsync().ConfigureAwait(false);
        await sampler.ConfigureAwait(false);

        using var probe = new HttpClient { Timeout = TimeSpan.FromSeconds(15) };
        var alive = !api.HasExited;
        var healthy = await api.IsHealthyAsync(probe, TimeSpan.FromSeconds(10), cancellationToken).ConfigureAwait(false);
        var answers = false;
        if (alive)
        {
            var (ok, detail, _) = await LoadWorkload.SendAsync(probe, api.Endpoint, tokens.Analyst, "{\"query\":\"{ stats { nodes relationships } }\"}", cancellationToken).ConfigureAwait(false);
            answers = ok;
            if (!ok)
            {
                state.Fail("(final check)", "A valid query after the run failed: " + detail, null);
            }
        }

        return state.Report(seconds, alive, healthy, answers, api.FailLogLines, rssStart, api.ResidentBytes());
    }

    private static async Task SampleAsync(ServedApi api, State state, Action<string> progress, CancellationToken cancellationToken)
    {
        var ticks = 0;
        try
        {
            using var timer = new PeriodicTimer(TimeSpan.FromSeconds(5));
            while (await timer.WaitForNextTickAsync(cancellationToken).ConfigureAwait(false))
            {
                state.SampleRss(api.ResidentBytes());
                if (++ticks % 12 == 0)
                {
                    progress(state.Progress());
                }
            }
        }
        catch (OperationCanceledException)
        {
            // The run is over.
        }
    }

    private static async Task SendAsync(HttpClient client, ServedApi api, HttpFuzzInput input, State state, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(new HttpMethod(input.Method), new Uri(api.Endpoint + input.Query));
        if (input.Body is not null)
        {
            var content = new ByteArrayContent(input.Body);
            content.Headers.ContentType = null;
            if (input.ContentType is not null)
            {
                content.Headers.TryAddWithoutValidation("Content-Type", input.ContentType);
            }

            request.Content = content;
            if (input.Chunked)
            {
                request.Headers.TransferEncodingChunked = true;
            }
        }

        if (input.Authorization is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", input.Authorization);
        }

        if (input.Accept is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept", input.Accept);
        }

        var hang = state.Options.Hang;
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(hang * 3);
        var started = Stopwatch.GetTimestamp();
        int status;
        byte[] body;
        string? mediaType;
        try
        {
            using var response = await client.SendAsync(request, HttpCompletionOption.ResponseContentRead, limit.Token).ConfigureAwait(false);
            status = (int)response.StatusCode;
            body = await response.Content.ReadAsByteArrayAsync(limit.Token).ConfigureAwait(false);
            mediaType = response.Content.Headers.ContentType?.MediaType;
        }
        catch (Exception e) when (e is HttpRequestException or IOException && !cancellationToken.IsCancellationRequested)
        {
            var elapsed = Stopwatch.GetElapsedTime(started);
            state.Count(input.Kind, "dropped", elapsed);
            if (!input.MayDropConnection)
            {
                state.Fail(input, "The connection failed: " + e.Message, null, null);
            }

            return;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            state.Count(input.Kind, "hang", Stopwatch.GetElapsedTime(started));
            state.Fail(input, $"No answer within {(hang * 3).TotalSeconds:0} s (hang).", null, null);
            return;
        }

        var took = Stopwatch.GetElapsedTime(started);
        state.Count(input.Kind, status.ToString(CultureInfo.InvariantCulture), took);
        if (Problem(input, status, body, mediaType, took, hang) is { } problem)
        {
            state.Fail(input, problem, status, body);
        }
    }

    /// <summary>What is wrong with an answer, or null when it is an acceptable answer to a bad (or good) input.</summary>
    internal static string? Problem(HttpFuzzInput input, int status, byte[] body, string? mediaType, TimeSpan took, TimeSpan hang)
    {
        if (took > hang)
        {
            return $"Answered after {took.TotalSeconds:0.0} s, over the hang threshold of {hang.TotalSeconds:0} s.";
        }

        if (status >= 500)
        {
            return $"HTTP {status}: a server error (masked or not) for a client's input.";
        }

        // Kestrel itself answers protocol-level refusals (414 URL too long, 431 headers too large) with an empty body; HEAD has none.
        if (body.Length == 0 && (input.Method == "HEAD" || status is 400 or 413 or 414 or 431))
        {
            return null;
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body);
        }
        catch (JsonException)
        {
            return $"HTTP {status} with a body that is not JSON ({mediaType ?? "no media type"}).";
        }

        using (document)
        {
            var root = document.RootElement;
            var errors = root.ValueKind == JsonValueKind.Object && root.TryGetProperty("errors", out var e) && e.ValueKind == JsonValueKind.Array ? e : default;
            if (status >= 400)
            {
                if (errors.ValueKind != JsonValueKind.Array || errors.GetArrayLength() == 0
                    || !errors[0].TryGetProperty("message", out var message) || message.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(message.GetString()))
                {
                    return $"HTTP {status} without a GraphQL error that says what is wrong.";
                }
            }

            if (errors.ValueKind == JsonValueKind.Array)
            {
                foreach (var error in errors.EnumerateArray())
                {
                    if (error.TryGetProperty("extensions", out var extensions) && extensions.ValueKind == JsonValueKind.Object
                        && extensions.TryGetProperty("code", out var code) && code.ValueKind == JsonValueKind.String
                        && code.GetString() == "INTERNAL_SERVER_ERROR")
                    {
                        return $"HTTP {status} carrying a masked internal error (an unexpected exception in the server): {error.GetRawText()}";
                    }
                }
            }
        }

        return null;
    }

    private sealed class State(HttpFuzzOptions options, ServedApi api)
    {
        private readonly ConcurrentDictionary<string, long> _byStatus = new(StringComparer.Ordinal);
        private readonly ConcurrentDictionary<string, long> _byKind = new(StringComparer.Ordinal);
        private readonly List<FuzzFailure> _samples = [];
        private long _inputs;
        private long _failures;
        private long _slowestTicks;
        private long _rssPeak;
        private int _saved;

        public HttpFuzzOptions Options => options;

        public void Count(string kind, string status, TimeSpan took)
        {
            Interlocked.Increment(ref _inputs);
            _byStatus.AddOrUpdate(status, 1, (_, n) => n + 1);
            _byKind.AddOrUpdate(kind, 1, (_, n) => n + 1);
            long seen;
            while (took.Ticks > (seen = Interlocked.Read(ref _slowestTicks)) && Interlocked.CompareExchange(ref _slowestTicks, took.Ticks, seen) != seen)
            {
            }
        }

        public void SampleRss(long bytes)
        {
            long seen;
            while (bytes > (seen = Interlocked.Read(ref _rssPeak)) && Interlocked.CompareExchange(ref _rssPeak, bytes, seen) != seen)
            {
            }
        }

        public string Progress() => string.Create(CultureInfo.InvariantCulture,
            $"  {Interlocked.Read(ref _inputs):N0} inputs, {Interlocked.Read(ref _failures)} failures, server RSS {api.ResidentBytes() / 1048576.0:0} MB");

        public void Fail(string kind, string problem, string? savedAt)
        {
            Interlocked.Increment(ref _failures);
            lock (_samples)
            {
                if (_samples.Count < MaxSamples)
                {
                    _samples.Add(new FuzzFailure(kind, problem, savedAt));
                }
            }
        }

        public void Fail(HttpFuzzInput input, string problem, int? status, byte[]? response)
        {
            var index = Interlocked.Increment(ref _saved);
            string? folder = null;
            if (index <= MaxSaved)
            {
                folder = Save(index, input, problem, status, response);
            }

            Fail(input.Kind, problem, folder);
        }

        public HttpFuzzReport Report(double seconds, bool alive, bool healthy, bool answers, int failLines, long rssStart, long rssEnd)
        {
            SampleRss(rssEnd);
            if (failLines > 0)
            {
                Fail("(server log)", $"The server logged {failLines} unexpected exception(s) (fail:). Last lines:\n{string.Join('\n', api.LogTail().TakeLast(30))}", null);
            }

            lock (_samples)
            {
                var inputs = Interlocked.Read(ref _inputs);
                return new HttpFuzzReport(
                    options.Seed,
                    Math.Round(seconds, 1),
                    inputs,
                    Math.Round(inputs / Math.Max(seconds, 0.001), 1),
                    _byStatus.OrderBy(p => p.Key, StringComparer.Ordinal).ToDictionary(p => p.Key, p => p.Value),
                    _byKind.OrderBy(p => p.Key, StringComparer.Ordinal).ToDictionary(p => p.Key, p => p.Value),
                    Interlocked.Read(ref _failures),
                    [.. _samples],
                    Math.Round(TimeSpan.FromTicks(Interlocked.Read(ref _slowestTicks)).TotalMilliseconds, 1),
                    alive,
                    healthy,
                    answers,
                    failLines,
                    Math.Round(rssStart / 1048576.0, 1),
                    Math.Round(Interlocked.Read(ref _rssPeak) / 1048576.0, 1),
                    Math.Round(rssEnd / 1048576.0, 1),
                    options.FailureDirectory.FullName);
            }
        }

        private string Save(int index, HttpFuzzInput input, string problem, int? status, byte[]? response)
        {
            var folder = Path.Combine(options.FailureDirectory.FullName, string.Create(CultureInfo.InvariantCulture, $"{index:D4}-{input.Kind}"));
            Directory.CreateDirectory(folder);
            var url = api.Endpoint + input.Query;
            File.WriteAllBytes(Path.Combine(folder, "body.bin"), input.Body ?? []);
            var curl = new StringBuilder("# Replays the input against a running `clues serve`; set URL and TOKEN for it.\n");
            curl.Append(CultureInfo.InvariantCulture, $"URL=\"${{URL:-{url}}}\"\n");
            curl.Append("curl -sS -i -X '").Append(input.Method).Append("' \"$URL\"");
            if (input.ContentType is not null)
            {
                curl.Append(" -H 'Content-Type: ").Append(input.ContentType.Replace("'", "'\\''", StringComparison.Ordinal)).Append('\'');
            }

            if (input.Accept is not null)
            {
                curl.Append(" -H 'Accept: ").Append(input.Accept).Append('\'');
            }

            if (input.Authorization is not null)
            {
                // The saved header was signed with the run's scratch key; TOKEN replaces it for another server.
                File.WriteAllText(Path.Combine(folder, "authorization.txt"), "Authorization: " + input.Authorization);
                curl.Insert(0, "#!/bin/sh\nAUTH=\"${TOKEN:+Authorization: Bearer $TOKEN}\"\nAUTH=\"${AUTH:-$(cat \"$(dirname \"$0\")/authorization.txt\")}\"\n");
                curl.Append(" -H \"$AUTH\"");
            }

            if (input.Chunked)
            {
                curl.Append(" -H 'Transfer-Encoding: chunked'");
            }

            if (input.Body is not null)
            {
                curl.Append(" --data-binary @\"$(dirname \"$0\")/body.bin\"");
            }

            var script = curl.Append('\n').ToString();
            File.WriteAllText(Path.Combine(folder, "repro.sh"), script.StartsWith("#!", StringComparison.Ordinal) ? script : "#!/bin/sh\n" + script);
            var answer = response is null ? "(no answer)" : Encoding.UTF8.GetString(response.AsSpan(0, Math.Min(response.Length, 65536)));
            File.WriteAllText(Path.Combine(folder, "finding.txt"), string.Create(CultureInfo.InvariantCulture,
                $"generator: {input.Kind}\nproblem: {problem}\nrequest: {input.Method} {url}\nContent-Type: {input.ContentType ?? "(none)"}\nAccept: {input.Accept ?? "(none)"}\nAuthorization: {(input.Authorization is null ? "(none)" : input.Authorization[..Math.Min(input.Authorization.Length, 80)] + "…")}\nbody bytes: {input.Body?.Length ?? 0}\nstatus: {status?.ToString(CultureInfo.InvariantCulture) ?? "(none)"}\nanswer:\n{answer}\n"));
            return folder;
        }
    }
}
